"""Which reports a metadata list question selects: by its level words and by its years.

「哪些报告是县级的」「2022年以前的乡镇报告」「去年的报告」「哪些是乡，镇不算」 pick reports by
the two document facts every report carries (level and year covered); kept apart from the
answerer so the reading of level and year words is one concept, tested on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.relative_years import STEP
from reportqa.types import ReportInfo
from retrieval.dates import full_years
from retrieval.scope import asks_only_streets, named_levels

# 「2020年及以前」「2020年和之前」「2019年或更早」: the year itself joined to the range by 及/和/或
_RANGE = re.compile(
    r"((?:19|20)\d{2})\s*年?度?\s*(?:及|和|或|以及)?\s*(以前|之前|以后|之后|以来|前|后|更早|更晚)"
)
_INCLUSIVE = re.compile(
    r"[含包]括?\s*(?:19|20)\d{2}|(?:19|20)\d{2}\s*年?度?\s*(?:在内|(?:及|和|或|以及)\s*(?:以|之)?[前后]|"
    r"(?:及|和|或|以及)\s*更[早晚])"
)
# 「去年的报告」「今年的」: a year said relative to today, in a question about the reports
_RELATIVE_YEAR = STEP  # one table with content questions (``answering.relative_years``)
_RELATIVE = re.compile(r"(前年|去年|今年)(?=度|的|份|报告|[？?，,。]|$)")


def absolute_years(q: str, this_year: int) -> str:
    """「24年度的报告」 → 「2024年度的报告」 (``retrieval.dates.full_years``), and
    「去年的报告」 → 「2025年的报告」 in 2026."""
    q = full_years(q)
    return _RELATIVE.sub(lambda m: f"{this_year + _RELATIVE_YEAR[m.group(1)]}年", q)


# 「哪些是乡」「是乡不是镇」: 乡 and 镇 standing alone name the kind of township (not 乡村, 城乡)
_XIANG = re.compile(r"(?<![城下])乡(?![村镇里亲])")
_ZHEN = re.compile(r"(?<![城乡集村小])镇(?![政府里上])")


def town_kind(q: str) -> str:
    """「乡」 or 「镇」 when the question tells them apart, else empty."""
    # 镇街/街镇 name 镇 and 街道 together (「镇街一级」): no kind told apart
    q = re.sub(r"乡镇|街道|镇街|街镇", "", q)
    xiang, zhen = bool(_XIANG.search(q)), bool(_ZHEN.search(q))
    if xiang and zhen:
        if re.search(r"不是\s*镇|而不是镇|非镇", q):
            return "乡"
        if re.search(r"不是\s*乡|而不是乡|非乡", q):
            return "镇"
        return ""
    return "乡" if xiang else "镇" if zhen else ""


# 「国家层面的报告」「中央一级的」: the rung above the provinces, whose report is the State
# Council's (level 国家); said only with a mark of level, as 「国家级示范」 in a topic is not
NATIONAL = re.compile(
    r"(?:国家|中央)\s*(?:这一级|一级|这个层面|层面|层级|级别|级)(?=的|$|[？?，,。])"
)


# 「县级市」: a city at the county rung (巩义市, 玉环市), told from a 县 or 区 by its own name —
# the division lists write the county rung 县（市、区）; 「地级市」 is the rung above, never this
# Only when the cities alone are asked: refused (「除了县级市」「县级市以外」) or joined to another
# rung (「县级市或者区的报告」 asks both), the words read the 区县 rung as before
COUNTY_CITY = re.compile(
    r"(?<!不是)(?<!除了)(?<!不含)(?<!不包括)(?<!不算)县级市(?!以外|之外|除外|不算)"
)
_WITH_RUNG = re.compile(
    r"县级市(?:和|或者?|或是|还是|以及|及|与|跟|、)(?:区县|县区|县|区|旗|乡镇|乡|镇|街道)"
    r"|(?:区县|县区|县|区|旗|乡镇|乡|镇|街道)(?:和|或者?|或是|还是|以及|及|与|跟|、)县级市"
)


def county_cities(q: str) -> bool:
    """Does ``q`` ask for the county-level cities alone (「其中哪个是县级市」)?"""
    return bool(COUNTY_CITY.search(q)) and not _WITH_RUNG.search(q)


# 「乡镇的不要」「不要乡镇的」「乡镇除外」「不含乡镇」: the township rung refused, said after the
# rung (a user narrowing the list) as often as before it (「不是乡镇的」)
NOT_TOWNS = re.compile(
    r"不是乡镇|(?:乡镇|乡和镇|镇和乡)(?:级|一级|这一级)?的?(?:报告)?(?:不要|除外|不算|不用|不含|排除)"
    r"|(?:不要|不含|不包括|不算|除去|除了|除)乡镇"
)


# 「哪个是民族乡」: a 民族乡 is a 乡 set up for a minority people, named place + people + 族乡
# (九乡彝族回族乡, 十八站鄂伦春族乡), so its own name tells it from the other 乡 — never 民族乡镇,
# 民族乡村 (a topic) nor a kind refused (「除了民族乡」) (``answering.ethnic_scope`` for topics)
ETHNIC_TOWN = re.compile(
    r"(?<!不是)(?<!除了)(?<!不含)(?<!不包括)(?<!不算)民族乡(?![镇村风]|以外|之外|除外|不算)"
)


def levels(q: str) -> Callable[[ReportInfo], bool]:
    """Which reports the question's level words select (「市一级」, 「区级以上」, 「不是乡镇的」).

    区县, 县区, 哪些县 name the county rung, as official lists write 县（市、区）: a prefecture
    (a 市 over counties, 自治州, 盟) is the rung above, never called a 县 or 区, so its report
    is no answer to 「有哪些区县的报告」; 「不是乡镇的」 asks for every rung above the township,
    the prefecture's too."""
    if NATIONAL.search(q):
        return lambda i: i.level == "国家"
    if county_cities(q):  # 「其中哪个是县级市」: a 区县 unit whose own name ends in 市
        return lambda i: i.level == "区县" and i.township.endswith("市")
    if ETHNIC_TOWN.search(q):
        return lambda i: i.level == "乡镇" and i.township.endswith("族乡")
    kind = town_kind(q)
    if kind:
        return lambda i: i.level == "乡镇" and i.township.endswith(kind)
    refused = NOT_TOWNS.search(q)
    named = named_levels(NOT_TOWNS.sub("", q))
    if named and named != ("乡镇",):
        return lambda i: i.level in named
    if refused:
        return lambda i: i.level in ("区县", "地市")
    # 「哪几个区」「那两个区的报告」: units counted or asked by the rung's noun are of that rung
    if re.search(
        r"区县|县区|(?:哪些|哪几个|哪个|[几两俩二三四五六七八九十\d]个|各)(?:县|区|旗)(?![委政])"
        r"|是[县区旗]的",
        q,
    ):
        return lambda i: i.level == "区县"
    if asks_only_streets(q):
        return lambda i: i.township.endswith("街道")
    if re.search(r"乡镇|街道|镇街|街镇", q):
        return lambda i: i.level == "乡镇"
    return lambda i: True


def year_range(q: str) -> str:
    """The range of years said (「2020年及以前」「2019年或更早」「2021年以来」), '' if none."""
    m = _RANGE.search(q)
    return m.group(0) if m else ""


# 「2019到2021年」「2019年至2021年」「2019-2021年度」: a span of years covers the years between
# its ends too, as 「2019到2021年的报告」 asks for 2020's; 和/、 join years listed one by one
_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?度?\s*(?:到|至|－|-|—|~|～)\s*((?:19|20)\d{2})\s*年")


def years(q: str) -> Callable[[int | None], bool]:
    m = _RANGE.search(q)
    inclusive = bool(_INCLUSIVE.search(q))
    if m:
        y, word = int(m.group(1)), m.group(2)
        if word in ("以前", "之前", "前", "更早"):
            return lambda v: v is not None and (v <= y if inclusive else v < y)
        return lambda v: v is not None and (v >= y if inclusive or word == "以来" else v > y)
    if span := _SPAN.search(q):  # 「2019到2021年的」: every year from the first to the last
        lo, hi = sorted((int(span.group(1)), int(span.group(2))))
        return lambda v: v is not None and lo <= v <= hi
    years = {int(y) for y in re.findall(r"(?:19|20)\d{2}", q)}
    return (lambda v: v in years) if years else (lambda v: True)


def unread_note(
    infos: Sequence[ReportInfo],
    chosen: Sequence[ReportInfo],
    keep_level: Callable[[ReportInfo], bool],
    keep_year: Callable[[int | None], bool],
) -> str:
    """What a list by level or year cannot say of reports whose level or year was not read.

    A report whose level (or year) could not be read is not a report of another level: it may
    well be one of those asked (a 地市 report that never names itself, 「我市」). Leaving it out
    silently makes a count look complete; so the list says how many could not be sorted, and
    names their files, never an empty unit."""
    unsure = [
        i
        for i in infos
        if i not in chosen
        and (not i.level or i.year is None)
        and (keep_level(i) or not i.level)
        and (keep_year(i.year) or i.year is None)
    ]
    if not unsure:
        return ""
    what = "、".join(
        f
        for f, gap in (
            ("级别", any(not i.level for i in unsure)),
            ("年份", any(i.year is None for i in unsure)),
        )
        if gap
    )
    files = "、".join(i.township or i.source for i in unsure[:5]) + (
        "等" if len(unsure) > 5 else ""
    )
    return f"另有 {len(unsure)} 份报告未能识别{what}（{files}），可能也属此列，请核对。"
