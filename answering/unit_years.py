"""「罗湖、盐田2023、龙岗这几个公厕各改了多少座」: a year written after one unit of a list is
that unit's.

Users list the units to compare and pin one of them to a year where it has several reports,
writing the year straight after its name: 「盐田2023」「龙华(2020年)」「盐田2023和龙华2020那两份」.
Read as the question's year, 2023 scoped every unit, and the units with no report of 2023 (罗湖,
龙岗) fell out of the comparison. A year right after a unit is that unit's own when the unit is
not the last one named, or when another unit has its own year too; a year after the last unit
alone, or before the first (「2023年罗湖和盐田」「罗湖和龙岗2020年GDP」), is still every unit's.
The units without a year of their own keep all their reports; a unit's year is read as a year
is for one unit (``plan_years``: a work report is also called by the year it plans).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from answering.plan_years import with_plan_years
from reportqa.types import ReportInfo
from retrieval.filters import Filters
from retrieval.pinned_years import attached_years, one_report_year

__all__ = ["attached_years", "with_unit_years"]


def with_unit_years(
    filters: Filters,
    question: str,
    units: Sequence[str],
    scope: Callable[[Filters], list[ReportInfo]],
    whole_term: Callable[[ReportInfo], bool] | None = None,
) -> Filters:
    """``filters`` scoped unit by unit: a pinned unit's reports of its year, the others' all;
    unchanged when no unit is pinned or a pinned unit has no report of its year (the caller
    then says the library lacks it)."""
    own = attached_years(question, units)
    if not own:
        return filters
    ids: list[str] = []
    # 「南山和罗湖2017年那份」: a unit with a report of that year reads it too (review70: 南山's
    # 2016 report was read when its 2017 one was there); one lacking it keeps its own reports
    shared = one_report_year(question, units)
    for unit in units:
        mine = Filters((unit,), filters.counties, levels=filters.levels)
        if unit in own:
            mine = with_plan_years(replace(mine, years=(own[unit],)), scope, question, whole_term)
        elif shared is not None:
            dated = with_plan_years(replace(mine, years=(shared,)), scope, question, whole_term)
            mine = dated if scope(dated) else mine
        infos = scope(mine)
        if not infos:
            return filters
        ids.extend(i.report_id for i in infos)
    return replace(filters, years=(), report_ids=tuple(dict.fromkeys(ids)))
