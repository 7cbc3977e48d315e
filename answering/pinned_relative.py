"""去年/今年 said inside a work report named by its year: that report's own years, as numbers.

A 政府工作报告 is read to the congress early in the year on its cover and speaks from there: its
去年 is the year it reviews (「一、2001年的工作回顾」), its 今年 the year it plans (「二、2002年的
主要工作」). So 「深圳2002年那份报告里说去年的任务是哪次人代会定的」 asks the 2002 report's review
of 2001, and after 「国务院2015年那份，GDP增长目标定的多少」 the follow-up 「去年实际增长了多少」
asks the same report's review of 2014. Left as a word, 去年 is searched literally (or counted
from the calendar) and the review part, which writes 「2001年」 or nothing, is never reached.

The word is rewritten to the year of the report it is said in — the report the named year reads
(``plan_years``: its cover year, or the year the library dates it by) — only when that report is
a work report and all the unit's reports it reads review one year; another genre (a 法治政府建设
report covers its own year and says 去年 of the one before) or an ambiguous pick keeps the word.
A relative year comparing (「比去年」「与去年相比」「较去年」) is a report's comparison, and one
naming a report of its own (「去年那份」) a second report: both stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from answering.followup_years import asked_year
from answering.plan_years import reviewed_year, with_plan_years
from answering.relative_years import _OWN_REPORT, _PINNED
from reportqa.types import ReportInfo
from retrieval.filters import Filters
from retrieval.question_scope import WORK, of_genre

__all__ = ["followed_years", "own_years", "pinned_year", "reviewed_by"]

# the report's relative years, counted from the year it reviews
_STEP = {"前年": -1, "去年": 0, "今年": 1, "明年": 2}
_SAID = re.compile(r"(?<![比与较同])(前年|去年|今年|明年)(?!以来|同期|相比|底以来)")
_REVIEWED = re.compile(r"(?<![比与较同])(前年|去年)(?!以来|同期|相比|底以来)")


def pinned_year(q: str) -> int | None:
    """The year ``q`` names a report by (「2002年那份报告里」「龙岗18年那份」), or None."""
    m = _PINNED.search(q)
    if m is None:
        return None
    year = int(re.match(r"\d+", m.group(0)).group(0))
    return year + 2000 if year < 100 else year


def own_years(
    q: str, named: int, reviewed: Callable[[int], int | None], review_only: bool = False
) -> str:
    """``q`` with each relative year said after its named report (or, ``named`` taken from
    the last turn, anywhere in it) as the number that report means by it; ``reviewed``: the
    one year the work report named by a year reviews, None when that is not one work report;
    ``review_only``: only 去年/前年, the years the report looks back on."""
    if _OWN_REPORT.search(q):
        return q  # 「去年那份」: a report of its own
    base = reviewed(named)
    if base is None:
        return q
    first = _PINNED.search(q)
    start = first.end() if first else 0
    said = _REVIEWED if review_only else _SAID
    tail = said.sub(lambda m: f"{base + _STEP[m.group(1)]}年", q[start:])
    return q[:start] + tail


def reviewed_by(
    units: tuple[str, ...], scope: Callable[[Filters], list[ReportInfo]]
) -> Callable[[int], int | None]:
    """The year the work reports of ``units`` named by a year review (``own_years``'s
    ``reviewed``): None unless each unit has one and all are work reports reviewing one year."""

    def reviewed(named: int) -> int | None:
        if not units:
            return None
        asked = Filters(units, years=(named,))
        infos = scope(with_plan_years(asked, scope, f"{named}年的报告"))
        if {i.township for i in infos} != set(units) or not all(of_genre(i, WORK) for i in infos):
            return None
        years = {reviewed_year(i) for i in infos}
        if len(years) != 1 or None in years:
            return None
        year = years.pop()
        # a library dating reports by their cover year holds the report of the year reviewed
        # (南山 2015, 2016: 「2016年那份…去年」 is 2015, whose own report reviews 2014): the
        # number would read that other report, so the word is kept (review74)
        named_ids = {i.report_id for i in infos}
        other = [i for i in scope(Filters(units, years=(year,))) if i.report_id not in named_ids]
        return None if other else year

    return reviewed


def followed_years(
    q: str, prev_q: str, reviewed: Callable[[int], int | None], held: Collection[int]
) -> str:
    """A follow-up's 去年/前年 read in the report the last turn named by its year (「国务院2015年
    那份…」 then 「去年实际增长了多少」): only when the follow-up names no year and no report,
    asks more than a year (「那去年的呢」 asks another report), and the year read is one the
    unit's reports are held by (``held``) — a library dating the report by its cover year holds
    none of the year it reviews, and the follow-up then keeps its word. 今年 is the year the last
    turn named already (``relative_years.anchored``), and keeps the follow-up's own reading."""
    named = pinned_year(prev_q)
    if named is None or re.search(r"(?:19|20)\d{2}|\d{2}年", q) or _PINNED.search(q):
        return q
    if not re.search(r"(?<![比与较同])(?:去年|前年)", q):
        return q
    moved = own_years(q, named, reviewed, review_only=True)
    years = {int(y) for y in re.findall(r"((?:19|20)\d{2})年", moved)}
    if moved == q or asked_year(moved) is not None or not years <= set(held):
        return q
    return moved
