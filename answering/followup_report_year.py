"""去年/前年 in a follow-up about the unit just answered from its report of no typed year.

「金平县受理法律援助案件多少件」 names no year, so it is answered from the unit's newest report;
「那金平县去年的呢」 then swaps one slot of it — the year — and keeps the rest. The year it steps
from is the one just discussed: the year of the report the answer rested on (``Turn.cited_years``,
the latest of them: an older one when the newest did not say it), else the unit's
newest report year — not the calendar's. Read
against the calendar, 去年 can fall on that very report (a 2025 report read in 2026), and a 那…呢
follow-up that returns the answer just given has swapped nothing. When the unit has no report
of the stepped year the question path says so (``search_scope``) instead of citing another
year's report. A last question that typed a year is stepped from by ``followup_years``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

from answering.followup_years import read_years, turn_relative

__all__ = ["stepped_from_report", "turn_year"]

log = logging.getLogger(__name__)

# 「那金平县去年的呢」「去年的呢」「那前年的情况呢」: a follow-up saying only a relative year,
# optionally with the unit the last answer was about
_NAMED_RELATIVE = re.compile(
    r"^(?P<head>(?:那么?|还有|再看看?|换成|改成|看看|如果是)?\s*(?P<unit>[\u4e00-\u9fff]{0,12}?))"
    r"(?P<rel>去年|前年)(?P<tail>\s*(?:的)?\s*"
    r"(?:(?:那份|这份)?(?:政府工作|法治政府建设(?:情况|工作)?|工作)?报告(?:里头|里面|里边|中|里)?)?\s*"
    r"(?:呢|怎么样|如何|的情况|情况|的数字|是多少|有多少)?\s*(?:呢)?[？?。!！]*)$"
)
_STEP = {"去年": -1, "前年": -2}


def stepped_from_report(
    question: str,
    history: Sequence,
    analyze: Callable,
    years_of: Callable[[tuple[str, ...]], Sequence[int | None]],
) -> str:
    """``question`` with its 去年/前年 written as the year before the report just answered.

    Only when the last turn typed no year and was about units the follow-up keeps (it names
    none, or only those), and those units' newest report is one year — else ``question``.
    ``analyze`` reads the units a text names (``.townships``); ``years_of`` the report years of units."""
    if not history:
        return question
    m = _NAMED_RELATIVE.match(question.strip())
    last = history[-1]
    if not m or read_years(last.q) or not last.townships:
        return question
    named = tuple(analyze(m.group("unit")).townships) if m.group("unit") else ()
    rest = m.group("unit")
    for name in named:
        rest = rest.replace(name, "")
    if rest.strip("和、的") or (m.group("unit") and not named):  # another slot swapped too
        return question
    units = named or tuple(last.townships)
    if not set(units) <= set(last.townships):  # another unit: 那X呢 asks X, not this step
        return question
    # the latest report the answer rested on (an older one when the newest did not say it);
    # a history without its citations: the units' newest
    cited = {max(last.cited_years)} if last.cited_years else set()
    newest = cited or {max((y for y in years_of((u,)) if y), default=0) for u in units}
    if len(newest) != 1 or 0 in newest:
        return question
    year = newest.pop() + _STEP[m.group("rel")]
    log.debug("%s stepped from the report just answered: %d", m.group("rel"), year)
    return f"{m.group('head')}{year}年{m.group('tail')}"


def turn_year(question: str, history: Sequence, analyze: Callable, years_of: Callable) -> str:
    """A relative year stepped from the last turn: the year it typed (``turn_relative``), else
    the report it was answered from (``stepped_from_report``)."""
    return stepped_from_report(turn_relative(question, history), history, analyze, years_of)
