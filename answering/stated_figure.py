"""「说要开建1000个停车位，最后实际开工了多少」: the figure the asker states is not the answer.

A question may state what a report promised, with its figure, and ask what came of it: 「民生实事
说要开建1000个停车位，最后实际开工了多少」「原计划培训500人次，实际培训了多少」. The asker already
knows the plan's figure; what is asked is the outcome. Reports write the promise and the outcome
side by side (a 民生实事 table's 项目名称 「开建1000个公共停车位」 beside its 完成情况 「已开工建设
1197个停车位」), so the sentence that gives back only the stated figure ranks as high as the one
that answers, and quoting it tells the asker what they said.

So when the question states a figure and asks a result (实际, 最后, 最终, 到底, 结果, …完成了),
a sentence whose every count in the stated measure is the stated figure is an echo: another
sentence counting the stated thing in that measure answers first (「2500套保障性住房」 is
no outcome of 「1000套人才住房」). When every sentence the judge accepted is
an echo, a sentence read that counts the stated thing in the stated measure with another figure
(「已开工建设1197个停车位」: the outcome of 「1000个停车位」, without the question's other words)
answers (``outcomes``). No such sentence, the echo is still quoted (the outcome may have met
the plan exactly). A question stating no figure, or asking no result
(「1000个停车位是哪年定的」「每1000人有多少张床位」), is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from reportqa.text import to_simplified

__all__ = ["echoes_stated", "outcomes", "stated_figures", "without_echoes"]

T = TypeVar("T")

# a figure with the measure word after it (「1000个」「3.8万人次」「500余套」)
_MEASURES = "人次|万元|亿元|个|件|项|套|所|座|家|名|人|场|次|条|户|张|辆|亩|吨|公里|平方米|元"
_FIGURE = re.compile(rf"(\d+(?:\.\d+)?)\s*(?:余|多)?\s*(万|亿)?\s*({_MEASURES})")
# the result asked after a stated figure: the outcome words of a question that contrasts a plan
_RESULT = re.compile(r"实际|最后|最终|到底|结果|完成了|做到了|办成了|兑现了")
# a stated figure is the question's own only before the result it asks; a rate base (每1000人)
# or a threshold (超过1000个, 1000个以上) is no stated plan
_NOT_STATED = re.compile(r"(?:每|超过|不足|低于|高于|多于|少于)$")

# the result asked as a rate or share (增长多少, 增速, 百分之几): no count of the stated thing
_RATE_ASKED = re.compile(r"增长|增速|增幅|下降|率|百分之|几成|占")
# the measure the result is asked in (「实际建成多少个」「培训了几万人次」)
_ASKED_IN = re.compile(rf"(?:多少|几)\s*(?:万|亿)?\s*({_MEASURES})")
# the result asked of the stated thing itself: after the result word at most a verb (建成了,
# 培训了) and the count asked, its measure and the stated thing (「实际建成多少个停车位」); a
# question asking another thing after it (「最后三甲医院增加到多少」「完成了多少投资」「实际利用
# 外资多少」) asks no outcome of the stated figure
_OF_STATED = re.compile(
    rf"(?:实际|最终|到底|一共|总共|共)?\s*(?P<verb>[\u4e00-\u9fff]{{0,3}}?)了?\s*(?:多少|几)\s*"
    rf"(?:万|亿)?\s*(?:{_MEASURES})?(?P<thing>[\u4e00-\u9fff]*)[？?。！!\s]*"
)


def _figures(text: str) -> list[tuple[float, str]]:
    out = []
    for m in _FIGURE.finditer(to_simplified(text)):
        scale = {"万": 1e4, "亿": 1e8}.get(m.group(2) or "", 1.0)
        out.append((float(m.group(1)) * scale, m.group(3)))
    return out


def stated_figures(question: str) -> set[tuple[float, str]]:
    """The figures the question states before the result it asks (value, measure word), or
    an empty set when it asks no result after a stated figure."""
    q = to_simplified(question)
    asked = _RESULT.search(q)
    if asked is None:
        return set()
    if _RATE_ASKED.search(q[asked.start() :]):
        return set()  # 「GDP1260亿元，实际增长了多少」: a rate asked of the stated amount
    tail = _OF_STATED.fullmatch(q[asked.end() :])
    if tail is None or tail.group("thing") not in q[: asked.start()]:
        return set()  # another thing asked after the result word than the stated one
    measure = _ASKED_IN.search(q, asked.start())
    out = set()
    for m in _FIGURE.finditer(q[: asked.start()]):
        if _NOT_STATED.search(q[: m.start()]) or re.match(r"\s*(?:以上|以下|多)", q[m.end() :]):
            continue
        if measure and measure.group(1) != m.group(3):
            continue  # 「建了800个，实际花了多少万元」: another measure asked than the stated one
        scale = {"万": 1e4, "亿": 1e8}.get(m.group(2) or "", 1.0)
        out.add((float(m.group(1)) * scale, m.group(3)))
    return out


def echoes(text: str, stated: set[tuple[float, str]]) -> bool:
    """Does ``text`` give, in the stated measures, only the stated figures (and some)?"""
    measures = {unit for _, unit in stated}
    mine = [f for f in _figures(text) if f[1] in measures]
    return bool(mine) and all(f in stated for f in mine)


def echoes_stated(text: str, question: str) -> bool:
    """Does ``text`` only give back a figure ``question`` states before the result it asks?"""
    stated = stated_figures(question)
    return bool(stated) and echoes(text, stated)


def without_echoes(items: Sequence[T], question: str, text_of, planned=None) -> list[T]:
    """``items`` without the sentences that only give back the figure the question states,
    when another counts the stated thing (``outcomes``); every item otherwise."""
    if not outcomes(items, question, text_of, planned):
        return list(items)
    stated = stated_figures(question)
    return [i for i in items if not echoes(text_of(i), stated)]


def _stated_things(question: str) -> list[tuple[str, str]]:
    """A pattern of each stated figure with its thing, as an outcome would count it, and the
    words the thing may be written with: the thing after the figure (「1000个停车位」: a count in
    个 of a noun ending in 车位, every other character of it one of 停车位's) or, none after it,
    the verb's object before it (「培训3000人次」: 培训 then a count in 人次)."""
    q = to_simplified(question)
    asked = _RESULT.search(q)
    if asked is None:
        return []
    stated = stated_figures(question)
    out = []
    for m in _FIGURE.finditer(q[: asked.start()]):
        if _figures(m.group(0))[0] not in stated:
            continue
        measure = m.group(3)
        count = rf"\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:万|亿)?\s*{measure}"
        after = re.match(r"[\u4e00-\u9fff]{2,}", q[m.end() : asked.start()])
        before = re.search(r"[\u4e00-\u9fff]{2}$", q[: m.start()])
        if after:
            noun = after.group(0)
            out.append((rf"{count}([\u4e00-\u9fff]{{0,4}}?){noun[-2:]}", noun))
            out.append((rf"{noun}[^，,。；;\d]{{0,2}}?{count}", ""))  # 「人才住房1350套」
        elif before:  # 「培训3460人次」: the count right after the thing; 「…学校等12所公办中小学
            # 和幼儿园」 counts a list the thing only names an example of
            out.append((rf"{before.group(0)}[^，,。；;等\d]{{0,2}}?{count}", ""))
    return out


def _counts_thing(text: str, pattern: str, noun: str) -> bool:
    """Does ``text`` count the stated thing: 「1197个停车位」 for 停车位, never 「2500套保障性住房」
    for 人才住房 (保障性 is another kind of 住房)?"""
    for m in re.finditer(pattern, text):
        if not noun or all(ch in noun for ch in (m.group(1) if m.groups() else "")):
            return True
    return False


def outcomes(items: Sequence[T], question: str, text_of, planned=None) -> list[T]:
    """The ``items`` that count the thing the question states in its measure with a figure other
    than the stated one (the outcome written beside the promise), in their order. A sentence
    ``planned`` says is a plan (「今年新建公共停车位600个」: next year's promise) is no outcome."""
    stated = stated_figures(question)
    things = _stated_things(question)
    if not stated or not things:
        return []
    out = []
    for item in items:
        t = to_simplified(text_of(item))
        if planned is not None and planned(item):
            continue
        if not echoes(t, stated) and any(_counts_thing(t, p, n) for p, n in things):
            out.append(item)
    return out
