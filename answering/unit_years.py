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

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from answering.plan_years import with_plan_years
from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.filters import Filters

_SUFFIX = re.compile(r"(?:新区|街道|区|县|市|镇|乡)$")
# the year right after a unit's name: 「盐田2023」「龙华(2020年)」「龙华区2020年」; or as people
# shorten it, two digits and 年 (「光明23年、宝安21年」「光明18年和龙华五年」), unless a word of
# duration follows (「龙华10年来」「坪山3年间」: a count of years, not a calendar year)
_AFTER = re.compile(
    r"\s*[（(]?\s*(?:((?:19|20)\d{2})\s*年?|(\d{2})\s*年(?![前来后多内间里半以余]))"
    r"(?:度)?\s*[)）]?"
)


def _forms(unit: str) -> list[str]:
    short = _SUFFIX.sub("", unit)
    return [unit, short] if len(short) >= 2 and short != unit else [unit]


def _mention(q: str, unit: str) -> tuple[int, int] | None:
    """The first mention of ``unit`` (its name or its name without the level word)."""
    found = [(m.start(), m.end()) for f in _forms(unit) for m in re.finditer(re.escape(f), q)]
    if not found:
        return None
    start = min(s for s, _ in found)
    return start, max(e for s, e in found if s == start)


def attached_years(question: str, units: Sequence[str]) -> dict[str, int]:
    """Each unit's own year, for the units the question pins to one; {} when none is."""
    if len(units) < 2:
        return {}
    q = to_simplified(question)
    at = {u: m for u in units if (m := _mention(q, u)) is not None}
    if len(at) < 2:
        return {}
    last = max(at, key=lambda u: at[u][0])
    years = {}
    for unit, (_, end) in at.items():
        m = _AFTER.match(q, end)
        if m and m.group(1):
            years[unit] = int(m.group(1))
        elif m:
            yy = int(m.group(2))
            years[unit] = (1900 if yy >= 50 else 2000) + yy
    if not years or (list(years) == [last]):
        return {}  # 「罗湖和龙岗2020年GDP」: the year after the last unit is every unit's
    return years


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
    for unit in units:
        mine = Filters((unit,), filters.counties, levels=filters.levels)
        if unit in own:
            mine = with_plan_years(replace(mine, years=(own[unit],)), scope, question, whole_term)
        infos = scope(mine)
        if not infos:
            return filters
        ids.extend(i.report_id for i in infos)
    return replace(filters, years=(), report_ids=tuple(dict.fromkeys(ids)))
