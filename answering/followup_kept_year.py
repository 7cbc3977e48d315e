"""A follow-up that changes only the thing asked keeps the year of the turn before it.

People move along one report by naming only what changes: after 「深圳2021年GDP多少」 the turn
「那进出口呢」 asks the 进出口 of 深圳 *in 2021* — the unit and the year stay, only the measure is
swapped. A unit reports every year, so a follow-up searched over all of its reports would quote
the 进出口 of whichever year ranks first: a number of another year, the worst answer. So when a
follow-up about the same unit names no time of its own, the one year the last question named is
put into it; a report pointed at (「他那份里」「那份报告里」) is that year's report.

The year is the user's own (typed in the last turn), so a unit without a report of it is refused
as the typed question would be, never answered from a nearby year. A follow-up that says a time
of its own (「去年」「历年」「哪一年」「什么时候」「以来」) or a span keeps its own reading.
"""

from __future__ import annotations

import re

__all__ = ["with_kept_year"]

# a year the last turn was about; not a horizon or a span's edge (「到2025年要达到」「2015年以来」
# 「比2015年」 name no report's year: the follow-up keeps none)
_YEAR = re.compile(r"(?<![到至比从自])((?:19|20)\d{2})\s*年(?!以来|来|前|之前|以前|底前)")
# 「16年国务院定的…」: a year of this century by its last two digits, said where a year opens
# the question or follows the unit's name; anywhere else 「N年」 is a span (「推行12年免费教育」
# 「近5年」「30年来」)
_SHORT_YEAR = re.compile(r"(?:^|(?<=[省市区县镇乡院]))(?:那|在)?([0-3]\d)\s*年(?![来代间内度以前])")
# a time of its own: any year word (2020年, 去年, 历年, 早些年, 哪一年), a month or a span; a
# follow-up saying 年 at all is left as main reads it (「那早些年那份报告里呢」 picks a report)
_OWN_TIME = re.compile(r"年|月|季度|什么时候|何时|以来|期间|期内|之前|之后|以前|以后|届|后来|此前")
# 「他那份里」「那份报告里」「这份里头」: the last turn's report pointed at
_REPORT_POINTER = re.compile(r"^(?:那么?)?(?:他|她|它)?(?:那份|这份|该份)(?:报告)?")
_LEAD = re.compile(r"^(?:那么?|还有|那个)\s*")


def _one_year(question: str) -> int | None:
    """The one year ``question`` names (four digits or two); None for none or several."""
    years = {int(y) for y in _YEAR.findall(question)}
    if not years:
        years = {2000 + int(y) for y in _SHORT_YEAR.findall(question)}
    return years.pop() if len(years) == 1 else None


def with_kept_year(question: str, prev_question: str) -> str:
    """``question`` with the last question's one year put in (「2021年进出口呢」), or as it is
    when it says a time of its own or the last question named no single year."""
    q = question.strip()
    year = _one_year(prev_question)
    if year is None or _OWN_TIME.search(q):
        return question
    if _REPORT_POINTER.match(q):
        return _REPORT_POINTER.sub(f"{year}年的报告", q, count=1)
    return f"{year}年{_LEAD.sub('', q)}"
