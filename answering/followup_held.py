"""A year a comparison follow-up asks of a unit that has no report of it: said, never a row lost.

「跟它2010年那份比呢」 (``followup_other_report``) and 「盐田同一年呢？两个比一下哪个高」
(``followup_same_time``) ask a unit of a year taken from the conversation. A unit reports once a
year, and the library need not hold its report of that year. A comparison scoped to the year
would then read the reports there are and drop the unit without a word: a one-row table of the
unit's other report, or a winner picked out of one unit. So before it is searched, such a
follow-up is checked against the reports the library holds, and a unit lacking the year is asked
of it alone, as a fact question: 「X YYYY年的报告」 is refused by name with the years X has
(``search_scope.filters``), and a unit set beside the last one at 「同一年」 is answered from its
nearest year with a note (``followup_years.nearest_year``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from answering.followup_other_report import compared_years
from answering.followup_same_time import same_time
from answering.followup_substitute import substituted
from answering.followup_turn import Resolved
from answering.followup_years import with_year, years_in
from answering.plan_years import with_plan_years
from reportqa.errors import QuestionError
from reportqa.types import ReportInfo
from retrieval.search import Filters

__all__ = ["held_years"]

Scope = Callable[[Filters], list[ReportInfo]]


def held_years(
    resolved: Resolved,
    asked: str,
    prev_q: str,
    units_of: Callable[[str], Sequence[str]],
    scope: Scope,
) -> Resolved:
    """``resolved`` unchanged unless it compares a unit at a year taken from the conversation
    that the unit has no report of; then the question that unit alone is asked at that year
    (``asked``: the follow-up as typed, ``prev_q``: the last question, ``units_of``: the units a
    question names)."""
    pair = compared_years(resolved.question)
    if pair is not None:  # 「跟它2010年那份比呢」: the unit's report of that year, or none
        unit, before, year, thing = pair
        other = _reports(unit, year, scope)
        if not other:
            return Resolved(f"{unit}{year}年的报告里，{thing}", note=resolved.note)
        if {i.report_id for i in other} == {i.report_id for i in _reports(unit, before, scope)}:
            # both years read the same report (a report names the year it plans and the year
            # it reviews): there is no second report to set beside it
            titles = "、".join(f"《{i.title}》" for i in other)
            raise QuestionError(
                f"库中没有{unit} {year} 年的另一份报告：{before}年和{year}年读到的是同一份报告"
                f"{titles}，没有两份报告可以比较"
            )
        return resolved
    if not same_time(asked):
        return resolved
    years = years_in(prev_q)[:1]
    if not years or f"{years[0]}年" not in resolved.question:
        return resolved
    units = list(units_of(resolved.question))
    lacking = [u for u in units if not _has(u, years[0], scope)]
    if len(units) < 2 or not lacking:
        return resolved
    old = [u for u in units_of(prev_q) if u in units]
    question = with_year(substituted(prev_q, old, lacking), years[0], lacking)
    return replace(resolved, question=question, carried_years=years[:1], absent=())


def _has(unit: str, year: int, scope: Scope) -> bool:
    return bool(_reports(unit, year, scope))


def _reports(unit: str, year: int, scope: Scope) -> list[ReportInfo]:
    """``unit``'s reports of ``year`` as a question naming the year reads them: the report of
    that year, or the work report planning it (``plan_years``)."""
    asked = with_plan_years(Filters((unit,), years=(year,)), scope, f"{unit}{year}年的报告")
    return scope(asked)
