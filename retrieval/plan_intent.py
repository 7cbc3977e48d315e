"""「宝安2020年要办多少项民生实事」: what a work report plans for its cover year is its plan part's.

A 政府工作报告 is delivered early in year N and titled by it (《坪山区2020年政府工作报告》): it
reviews N-1 (「一、2019年工作回顾」: 「年度34项民生实事完成31项」) and plans N (「二、2020年工作
重点」: 「着力办好42项民生实事」). The same count is written in both parts, so a question asking
what the unit means to do in N — N with a verb of intent after it (要办, 计划新增, 打算做, 准备,
拟), or 今年 with one (the year a report is delivered in is its "this year") — asks the plan
part, and the review's figure is what was done the year before. Each such report's sentences of
its plan part come first; a report whose plan part says nothing of the topic keeps its other
sentences (quoted under their review heading, which tells the reader the year), since the user
named the report by its cover year and may take what it says. The year the report reviews
(「2019年新增了多少病床」) and a year asked with no intent (「2020年GDP多少」) are left alone:
they ask what was done (``retrieval.periods``).

The plan part is preferred only when it holds the thing asked with a figure in the measure asked
(「要办多少项民生实事」: a plan sentence with 民生实事 and 「N项」, the general counters 项/件/个
one measure): a plan that names other things, or the thing with no count of it, does not answer,
and ranking its sentences first would push out the figure the report's other sentences give.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.question_scope import WORK, of_genre

__all__ = [
    "asks_will",
    "cover_intent",
    "holds_asked",
    "may_ask_cover",
    "names_will",
    "plan_first",
    "wills_deed",
]

T = TypeVar("T")

# a verb of intent: 要 only as a will (主要, 重要, 纲要, 简要 are other words, and so are 要求,
# 要点: 要 inside a word is no verb)
# 模拟/虚拟, 纪要/需要, 计划生育 name no will
_WILL = (
    r"(?:打算|计划(?!生育)|准备|(?<![模虚比])拟|想要|将要"
    r"|(?<![主重纲摘概首只必简扼提纪需])要(?![求点素闻害是领]))"
)
_CLAUSE = r"[^，,。？?！!；;]{0,8}?"
_YEAR_INTENT = re.compile(rf"((?:19|20)\d{{2}})\s*年度?{_CLAUSE}{_WILL}")
_THIS_YEAR_INTENT = re.compile(rf"今年(?!以来){_CLAUSE}{_WILL}")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# a span of years (「2020年以来」「2019至2021年」) is read on the years covered only
_SPAN = re.compile(r"以前|之前|以后|之后|以来|[至到~～—–-]")
# the count asked: its measure word and the thing named after it (「多少项民生实事」)
_ASKED = re.compile(r"(?:多少|几)([个台件起名次场份家项套处位间所条宗例批座届轮期吨张户辆亩元]?)")
_COUNTERS = "项件个"
_FIGURE = r"\d[\d.,，]*\s*(?:余|多)?"

# a question asking the will itself (「哪些单位将采购执法记录仪」「柳巷街道要新增几台」): 将/要
# right before a deed (or a preposition leading to one: 将在镇里建设, 将对企业开展) asks what the
# unit plans, so plan items answer it; a verb of building counts bare too (要建的养老院, 要盖,
# 将兴建). 将 as the object marker (将X纳入) has a noun after it, and
# 要 of 主要/重要/只要/要求 is no will.
_DEED = (
    r"新增|新建|建设|建成|建立|兴建|修建|扩建|盖(?!章)|建(?![议言])|设立|采购|购置|购买|引进|引入|编制|制定|申请|争创|创建|培育|培养"
    r"|推动|推进|推行|打造|增加|增设|启动|开展|配备|成立|组建|搭建|举办|实施|达到|实现|完成|突破"
)
_WILLS_DEED = re.compile(
    rf"(?:(?<![即必])将要?(?:(?:在|对|向|为|通过|于)[^，,。？?]{{1,12}}?)?|(?<![主重只必概纪摘提简首需])要)(?:{_DEED})"
)


def wills_deed(question: str) -> bool:
    """Does the question ask what a unit will do (将/要 + a deed: 「哪些单位将采购执法记录仪」)?
    Then the plan items are its answer, not deeds to drop (``plan_items``)."""
    return bool(_WILLS_DEED.search(to_simplified(question)))


def _cover_year(info: ReportInfo) -> int | None:
    """The year a work report is titled by and plans, when it is not the year it reviews."""
    if not of_genre(info, WORK) or not (m := _YEAR.search(info.title or "")):
        return None
    year = int(m.group(0))
    return year if info.year and year > info.year else None


def cover_intent(question: str, info: ReportInfo) -> bool:
    """Does ``question`` ask what ``info``'s work report intends for the year it plans (its
    cover year with a verb of intent, or 今年 with one and no other year)?"""
    cover = _cover_year(info)
    if cover is None:
        return False
    q = to_simplified(question)
    if _SPAN.search(q):
        return False
    years = {int(y) for y in _YEAR_INTENT.findall(q)}
    if years:
        return cover in years and info.year not in {int(y) for y in _YEAR.findall(q)}
    return bool(_THIS_YEAR_INTENT.search(q)) and not _YEAR.search(q)


def may_ask_cover(question: str) -> bool:
    """Could ``question`` ask some report's cover-year intent (``cover_intent``)? False when
    it could for none: no year with intent and no 今年 with one, or a span of years. What
    ``cover_intent`` reads of the question alone, so a fan-out over 9 000 reports asks the
    question's text once, not once per report."""
    q = to_simplified(question)
    if _SPAN.search(q):
        return False
    return bool(_YEAR_INTENT.search(q)) or (
        bool(_THIS_YEAR_INTENT.search(q)) and not _YEAR.search(q)
    )


def names_will(question: str) -> bool:
    """Does ``question`` hold a verb of intent (要 as a will, 计划, 打算, 准备, 拟)?"""
    return bool(re.search(_WILL, to_simplified(question)))


def asks_will(question: str, info: ReportInfo) -> bool:
    """Does ``question`` ask what ``info``'s report means to do: its cover year's intent
    (``cover_intent``), or a verb of intent with no year at all (「要新增多少学位」「计划筹集多少
    套」: what a unit is to do is what its report plans, whichever report is read), or a year
    after the one the report covers with one (「2025年要新增多少」 of a report reviewing 2024)?
    A question naming no will (「新增了多少」) asks what was done."""
    if cover_intent(question, info):
        return True
    q = to_simplified(question)
    if _SPAN.search(q) or "去年" in q:
        return False
    years = {int(y) for y in _YEAR.findall(q)}
    if not years:
        return bool(re.search(_WILL, q))
    return bool(info.year) and min(years) > info.year and bool(_YEAR_INTENT.search(q))


def _asked(question: str) -> tuple[str, str] | None:
    """The measure word and the thing a how-many asks (「多少项民生实事」 → 项, 民生实事), or None."""
    m = _ASKED.search(question)
    if not m:
        return None
    rest = question[m.end(1) :]
    thing = re.match(r"[\u4e00-\u9fff]{2,}", rest)
    return m.group(1), re.sub(r"[吗呢啊呀？?]+$", "", thing.group(0)) if thing else ""


def holds_asked(question: str, text: str) -> bool:
    """Does ``text`` hold the thing ``question`` asks with a figure in its measure? True when the
    question asks no measure or thing this can read (the plan part alone then decides)."""
    asked = _asked(to_simplified(question))
    if asked is None:
        return True
    measure, thing = asked
    t = to_simplified(text)
    # the thing in the report's words: each two-character piece of it (「城市更新项目」 is held
    # by 「城市更新，开工5个项目」; 「民生微实事」 is not by 「38项民生实事」)
    if thing and not all(thing[i : i + 2] in t for i in range(0, len(thing), 2)):
        return False
    if not measure:
        return bool(re.search(r"\d", t))
    units = _COUNTERS if measure in _COUNTERS else measure
    return bool(re.search(rf"{_FIGURE}[{re.escape(units)}]", t))


def plan_first(
    items: Sequence[T],
    question: str,
    info_of: Callable[[T], ReportInfo],
    planned: Callable[[T], bool],
    text_of: Callable[[T], str],
) -> list[T]:
    """``items`` with each report's plan sentences only where the question asks its cover
    year's intent (``cover_intent``) and a plan sentence holds the thing asked with a figure in
    its measure (``holds_asked``); every item otherwise."""
    if not may_ask_cover(question):  # no report's cover year is asked: every item kept
        return list(items)
    by_report: dict[str, list[T]] = {}
    for item in items:
        by_report.setdefault(info_of(item).report_id, []).append(item)
    dropped: set[int] = set()
    for mine in by_report.values():
        if not cover_intent(question, info_of(mine[0])):
            continue
        if any(planned(i) and holds_asked(question, text_of(i)) for i in mine):
            dropped.update(id(i) for i in mine if not planned(i))
    return [i for i in items if id(i) not in dropped]
