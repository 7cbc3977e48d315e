"""What a question asks to find written in the negative: 「哪些报告写了全年没发生重大安全事故」.

Reports of 法治政府建设 state outcomes in the negative as often as deeds in the positive
(「全年未发生重大安全事故」「未发生一起行政诉讼败诉案件」「没有出现群体性上访」), and users ask
for those outcomes in the same words. A negator that does not negate the question's predicate
(``polarity.negator_at`` finds none: it stands after 写了/提到, or inside the thing asked) is
part of the content asked: the report that answers writes the thing under a negation of its
own, and one writing it plainly (「发生重大安全事故1起」) says the opposite. So the concepts the
negator reaches — after it, up to the 的 that closes a relative phrase or its clause's end —
are asked negated: a mention counts only under a negation (``retrieval.evidence``), the
reverse of every other concept. A report writes a negative outcome as a happening denied
(「未发生」「没有出现」「从未发生过」) whose reach is its whole clause, across the 、 of a list
of events under the one negator (「未发生重大损失、重大安全事故」) — a frame the deed negations
of ``negation_reach`` leave out, since 没有发生 negates no deed done. 有没有 asks yes or no and negates nothing; 不 and 无 open too
many words that negate nothing (不断, 无人机) to be read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from reportqa.text import to_simplified
from retrieval.concept import Concept
from retrieval.negated_mention import negated
from retrieval.polarity import NEGATOR, negator_at
from retrieval.zero_rows import zero_row

# a negator standing as a word of its own: 未 of 未成年人 or 未来 and 没 of 没收 negate nothing,
# and 有没有 (one word) asks yes or no
_NEGATOR = re.compile(NEGATOR)
# what closes the negated phrase: a relative 的 (「没有证照的摊贩」: the 摊贩 is not negated),
# or the clause's end
_REACH_END = re.compile(r"的|[，,。；;？?！!、]|又|并且|同时|而且")


def negated_reach(question: str, words: Callable[[str], list[str]]) -> tuple[int, int] | None:
    """The span of ``question`` its content negator reaches, or None (no negator, or one
    that negates the predicate and so asks for the units that did not do it). ``words``:
    the library's tokenizer, which keeps 未成年人 and 没收 whole."""
    q = to_simplified(question)
    if negator_at(q) is not None:
        return None
    pos = 0
    for w in words(q):
        at = q.find(w, pos)
        if at < 0:
            continue
        pos = at + len(w)
        if _NEGATOR.fullmatch(w):
            stop = _REACH_END.search(q, pos)
            return pos, stop.start() if stop else len(q)
    return None


def with_negative_content(
    question: str, concepts: Sequence[Concept], words: Callable[[str], list[str]]
) -> list[Concept]:
    """``concepts`` with those the question's content negator reaches marked ``negated``:
    a report supports them only by writing them under a negation of its own."""
    reach = negated_reach(question, words)
    if reach is None:
        return list(concepts)
    q = to_simplified(question)
    lo, hi = reach
    out = []
    for c in concepts:
        at = [q.find(s, lo) for s in (c.term, *c.alternatives) if s]
        inside = any(lo <= i < hi for i in at if i >= 0)
        if inside and not c.required and c.term in _HAPPENED:
            continue  # 「没发生X」: the denial's own verb; 「全年无X」 denies the same
        out.append(replace(c, negated=True) if inside else c)
    return out


# the verb a denied happening is said with, no content of its own: 未发生X and 无X say the same
_HAPPENED = ("发生", "出现", "发生过", "出现过")


# a happening denied, then the rest of its clause (a list's 、 included) up to the mention
_NO_EVENT = re.compile(
    r"(?:从未|未曾|不曾|尚未|未|没有|没|无)(?:发生|出现)(?:过)?[^，,。；;！？!?\n]{0,24}$"
    # 「全年无行政复议案件，无行政诉讼案件」: 无 right before the thing, opening its clause or after
    # a span of time (无 inside a word — 无人机, 无证 — stands after no such mark)
    r"|(?:全年|年内|本年度|全年度|当年|均|且|[，,。；;：:]|^)无$"
)


def said_negated(text: str, pos: int, end: int) -> bool:
    """Is the mention at ``text[pos:end]`` under a negation of the report's own — the test a
    concept asked negated meets (``evidence``): a negation as ``negated_mention`` reads it,
    a happening denied whose clause reaches it, or a task table's row none of which was done
    (``zero_rows``)."""
    return (
        negated(text, pos, end)
        or bool(_NO_EVENT.search(text, max(0, pos - 30), pos))
        or zero_row(text, pos, end)  # 「示范村创建1个0个」: a task table's row, none done
    )


# what closes an item a happening denies after the thing named: nothing, or a kind of happening
# (「行政诉讼案件」, 「败诉情形」: reports close a denied happening with 情形 as often), then the
# list's next item or the clause's end
_HAPPENINGS = ("案件", "案", "事件", "事故", "情况", "情形", "现象", "问题", "纠纷", "行为")
_ITEM_END = re.compile(rf"(?:{'|'.join(_HAPPENINGS)})?(?:[、，,。；;！？!?\n和及与或]|$)")


def denied_item(text: str, pos: int, end: int) -> bool:
    """Is the mention at ``text[pos:end]`` an item a happening denied names whole — the thing
    that did not happen, not a modifier of it? 「未发生行政复议、行政诉讼案件」 denies both;
    「未发生行政诉讼败诉案件」 denies the 败诉, not the 行政诉讼 (the unit had suits, it lost
    none), and 「未发生因信息公开引发的行政争议」 denies the dispute, not the 信息公开 done."""
    return bool(_NO_EVENT.search(text, max(0, pos - 30), pos)) and bool(_ITEM_END.match(text, end))


def counts_as_said(text: str, pos: int, end: int, negative: bool) -> bool:
    """Does the mention at ``text[pos:end]`` count for a concept: unnegated, or for one asked
    ``negative``, under a negation of the report's own. The frame is read both ways: a
    happening denied (「全年未发生行政复议、行政诉讼案件」) says the report had none of what it
    lists, so it answers 「哪些报告有行政复议案件」 no more than 「尚未建立X」 answers a deed —
    but only for an item it names whole (``denied_item``): a modifier of the denied head
    (「行政诉讼败诉案件」) still says the report had it, though 未发生 stands just before it
    (the window ``negated_mention`` reads, which would deny it)."""
    if negative:
        return said_negated(text, pos, end)
    if zero_row(text, pos, end):
        return False
    if _NO_EVENT.search(text, max(0, pos - 30), pos):  # the denied happening's frame decides:
        return not denied_item(text, pos, end)  # 「未发生行政诉讼败诉案件」 mentions 行政诉讼
    return not negated(text, pos, end)


def denied_topic(text: str, concepts: Sequence[Concept]) -> bool:
    """Is some required concept (not itself asked negated) named in ``text`` only as an item
    of a happening denied (「全年未发生行政复议案件，行政诉讼案件1件」 for 行政复议)? Only that
    frame: a 无 or 未 inside a word (无证厂房) or before a deed is read elsewhere.
    A figure of that sentence then counts a neighbouring clause's topic, never the denied one."""
    said = to_simplified(text)
    for c in concepts:
        if not c.required or c.negated or c.term in _HAPPENINGS:
            continue  # a kind of happening (案件) is shared by the denied item and its neighbours
        spots = [
            (m.start(), m.end())
            for s in {to_simplified(x) for x in (c.term, *c.alternatives) if x}
            for m in re.finditer(re.escape(s), said)
        ]
        if spots and all(denied_item(said, a, b) for a, b in spots):
            return True
    return False
