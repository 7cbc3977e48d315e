"""A year written straight after one unit of a list is that unit's (「盐田2023、罗湖和龙岗」).

Users list the units to compare and pin one of them to a year where it has several reports,
writing the year straight after its name. The year then picks that unit's report
(``answering.unit_years``). When it stands inside the list of units (``listed_years``) it is
also the period asked of that unit only: the other units' reports are of their own years, and
a sentence of theirs is not "of another period" because the pinned year is not theirs
(``periods``). A year followed by the measure (「盐田2015年GDP和龙华比较」) dates the measure of
every unit. A year after the last unit alone, or before the first
(「2023年罗湖和盐田」「罗湖和龙岗2020年GDP」), is still every unit's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportqa.text import to_simplified

__all__ = ["attached_years", "listed_years", "not_pinned_here", "one_report_year"]

_SUFFIX = re.compile(r"(?:新区|街道|区|县|市|镇|乡)$")
# the year right after a unit's name: 「盐田2023」「龙华(2020年)」「龙华区2020年」; or as people
# shorten it, two digits and 年 (「光明23年、宝安21年」「光明18年和龙华五年」), unless a word of
# duration follows (「龙华10年来」「坪山3年间」: a count of years, not a calendar year)
_AFTER = re.compile(
    r"\s*[（(]?\s*(?:((?:19|20)\d{2})\s*年?|(\d{2})\s*年(?![前来后多内间里半以余]))"
    r"(?:度)?\s*[)）]?"
)
# a year inside the list of units is followed by the next unit's separator (「蓝湾2024年、石岭和
# 松涧」「光明2023年和盐田的…」「光明2023年那份和盐田」); a year followed by the measure
# (「宝安区2021年GDP比光明区高多少」「盐田区2015年GDP和龙华区比较」) dates the measure, asked
# of every unit alike
_IN_LIST = re.compile(r"\s*(?:的?那份|的?这份|的)?\s*(?:和|与|及|、|跟|同|，|,)")


# 「罗湖和坪山24年那份对比」「广东和深圳市2017那份的GDP」: 那份/这份 points at one report, so the
# year before it picks the report of the unit it follows, even the last one named; 「那两份」
# 「这几份」 would count the reports of every unit and date them all
_ONE_REPORT = re.compile(r"\s*的?(?:那|这)一?份(?!\s*[两几二三四五])")


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


def _year_of(m: re.Match[str]) -> int:
    """A full year as written, or a two-digit one read in this century (or the last, from 50)."""
    if m.group(1):
        return int(m.group(1))
    yy = int(m.group(2))
    return (1900 if yy >= 50 else 2000) + yy


def attached_years(question: str, units: Sequence[str]) -> dict[str, int]:
    """Each unit's own year, for the units the question pins to one; {} when none is."""
    if len(units) < 2:
        return {}
    q = to_simplified(question)
    at = {u: m for u in units if (m := _mention(q, u)) is not None}
    if len(at) < 2:
        return {}
    last = max(at, key=lambda u: at[u][0])
    years, one = {}, False
    for unit, (_, end) in at.items():
        m = _AFTER.match(q, end)
        if m:
            years[unit] = _year_of(m)
            # 「递铺和大瑶（22年）」: brackets hold an aside on the name they follow, even the
            # last one's — a year for every unit is written bare (「罗湖和龙岗2020年」)
            own = bool(_ONE_REPORT.match(q, m.end())) or q[end : m.end()].lstrip()[:1] in "（("
            one = one or (unit == last and own)
    if not years or (list(years) == [last] and not one):
        return {}  # 「罗湖和龙岗2020年GDP」: the year after the last unit is every unit's
    return years


def one_report_year(question: str, units: Sequence[str]) -> int | None:
    """The year of 「A和B 2017年那份」 — said after the last unit only, before 那份 — else None.
    Such a year is the last unit's for sure; whether it is the others' too the words leave
    open, so a unit with a report of that year reads it (``unit_years.with_unit_years``)."""
    years = attached_years(question, units)
    if len(years) != 1:
        return None
    q = to_simplified(question)
    at = {u: m for u in units if (m := _mention(q, u)) is not None}
    last = max(at, key=lambda u: at[u][0])
    return years.get(last)  # 「罗湖、盐田2023、龙岗」: 盐田 not last, its year its own


def not_pinned_here(pinned: dict[str, int], unit: str) -> set[int]:
    """The years ``pinned`` (``attached_years``) to units other than ``unit`` and not to
    ``unit`` itself: no period asked of ``unit``'s reports."""
    return set(pinned.values()) - ({pinned[unit]} if unit in pinned else set())


def listed_years(question: str, units: Sequence[str]) -> dict[str, int]:
    """The years of ``attached_years`` said inside the list of units (``_IN_LIST``): only
    they are one unit's period and no other's."""
    pinned = attached_years(question, units)
    q = to_simplified(question)
    kept = {}
    for unit, year in pinned.items():
        at = _mention(q, unit)
        m = _AFTER.match(q, at[1]) if at else None
        if m and (_IN_LIST.match(q, m.end()) or _ONE_REPORT.match(q, m.end())):
            kept[unit] = year
    # 「罗湖19年和福田21年新增学位比比」: every unit named carries its own year, so the last
    # one's, though the measure follows it, is its own too and dates no other unit's measure
    named = [u for u in dict.fromkeys(units) if _mention(q, u) is not None]
    if kept and len(pinned) == len(named) and len(set(pinned.values())) == len(pinned):
        kept = dict(pinned)
    return kept
