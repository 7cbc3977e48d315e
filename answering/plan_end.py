"""The end of a five-year plan named in a question: 「十一五末GDP计划达到多少」 asks the figure a
report sets for 2010.

The N-th five-year plan is a fixed span of the calendar (十一五 = 2006–2010, 十四五 = 2021–2025,
``retrieval.doc_parts.plan_years``), and 「十一五末」「十四五期末」「十三五最后一年」 name its last
year. A report setting the plan's goals writes that year, not the plan's name, beside the figure
(「本市生产总值年均增长13%左右，2010年达到9000亿元」), while the plan's name stands in its heading
over every goal (rates, shares, death rates). So among the sentences judged, those that name the
end year are the ones that answer; none naming it, the judged ones stand as they were. The value
is the first figure after that year in its clause — the level reached then, not the yearly rate
written before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from reportqa.text import to_simplified
from retrieval.doc_parts import plan_years
from retrieval.measures import how_many

T = TypeVar("T")

# 「十一五末」「“十三五”期末」「十四五规划末期」「十二五最后一年」「十三五收官之年」
_END = re.compile(
    r"[“\"]?(十[一二三四五六七八九]?|[三四五六七八九])五[”\"]?(?:规划)?"
    r"(?:期末|末期|末|最后一年|收官之年|收官年|结束时)"
)
_CLAUSE_END = re.compile(r"[，,。；;！!？?]")
# a growth asked (「十一五末GDP增速/年均增长目标」): a rate over the plan's years, written before
# the end year (「年均增长13%左右，2010年达到9000亿元」), never the level reached at its end
_GROWTH = re.compile(r"增速|增幅|增长|涨幅|年均|速度|翻(?:一|两|几)?番")
# words making the figure after them a ratio's: per head, per area, per unit, a share
_RATIO = re.compile(r"人均|地均|每|万元|单位|占|比重|比例")


def plan_end_year(question: str) -> int | None:
    """The last year of the five-year plan whose end the question names, else None."""
    m = _END.search(to_simplified(question))
    return plan_years(m.group(1))[1] if m else None


def at_plan_end(
    items: Sequence[T], question: str, text: Callable[[T], str], topic: Sequence[str] = ()
) -> list[T]:
    """The items whose text names the plan's end year, when the question asks that end and
    any does; otherwise the items unchanged."""
    year = plan_end_year(question)
    if year is None:
        return list(items)
    named = [c for c in items if end_value(text(c), question, topic)]
    return named or list(items)


def reached_at_end(sentence: str, question: str, topic: Sequence[str] = ()) -> bool:
    """Does ``sentence`` give an amount (no percentage) reached in the asked plan's end year?
    Such a clause goes on from the indicator named before it (「生产总值年均增长13%左右，2010年
    达到9000亿元」): the indicator's own level, though its first clause gives only the growth."""
    value = end_value(sentence, question, topic)
    return bool(value) and not value.endswith(("%", "％"))


def end_value(sentence: str, question: str, topic: Sequence[str] = ()) -> str:
    """The first figure after the plan's end year in its clause (「2010年达到9000亿元」 →
    9000亿元); '' when the question names no plan end or the sentence gives none there.
    ``topic`` (the asked indicator's spellings): the figure is that indicator's only when one
    is written in the year's clause or the clause before it (「生产总值年均增长13%左右，2010年
    达到…」), never an indicator a clause or more away."""
    year = plan_end_year(question)
    if year is None or _GROWTH.search(to_simplified(question)):
        return ""  # a growth asked: the rate the sentence gives before the year stands
    text = to_simplified(sentence)
    at = text.find(f"{year}年")
    if at < 0:
        return ""
    rest = text[at + len(f"{year}年") :]
    stop = _CLAUSE_END.search(rest)
    clause = rest[: stop.start()] if stop else rest
    m = how_many().search(clause)
    if not m:
        return ""
    if bool(_RATIO.search(clause[: m.start()])) != bool(_RATIO.search(to_simplified(question))):
        return (
            ""  # 「2010年人均GDP达到1.2万美元」: a ratio's figure for a total asked, or the reverse
        )
    # whose figure: the indicator named in the year's clause or the one just before it
    before = _CLAUSE_END.split(text[:at])[-2:]
    said = "".join(before) + clause[: m.start()]
    if topic and not any(t in said for t in topic):
        return ""
    return m.group(0).strip()
