"""The year of a work report delivered at a change of term (换届).

A government's term is five years; at its close, the first session of the new 人民代表大会
(第N届人民代表大会第一次会议, often in the autumn) hears a report that reviews the whole term
(「过去五年工作回顾」「本届政府工作回顾」) and sets the next five years' course (「未来五年工作思路」),
with no single year reviewed or planned. Such a report is dated by its delivery: its year is
the year it is read. The text seldom states it, but it recounts dated events of the term as
done (「2021年6月，深圳发布营商环境4.0改革政策」), and no event it recounts is later than the
day it is read: the latest month it dates is in the delivery year. A date it looks ahead to
(「到2025年底」) is a target, not an event, and a five-year figure's base (「从2015年的…调整至」)
is the term's start, so neither dates it.

The review may be headed by the session that opened the term (「区六届人大一次会议以来的工作」):
the report reads back to the last term's first session, so it is read at this term's first.
When it dates no month, its five-year figures still end the term: 「地区生产总值从2015年2694亿元
增长到2020年3847亿元」 runs from the year before the term to its last full year, and the new
term's first session sits in the year after that — never in the year its plan ends (「到2025年」).
"""

from __future__ import annotations

import re
from collections import Counter

# the origin a term report's year is stored under: such a report is dated by its delivery, yet
# reviews the five years before it and plans five more (``answering.plan_years.term_years``)
TERM_REVIEW = "term review"
_TERM_REVIEW = re.compile(
    r"^[一二三四五六七八九十、\s]*(?:(?:过去五年|五年来|本届政府|本届)(?:工作|主要工作)?(?:回顾|总结)"
    r"|[区县市旗]?[一二三四五六七八九十]{1,3}届人大一次会议以来的?(?:主要)?(?:工作)?(?:回顾|总结)?)\s*$",
    re.M,
)
# a heading naming one year (「2022年工作回顾」「2023年重点工作」): a year reviewed or planned
_YEAR_HEADING = re.compile(r"^[^。，,；\n]{0,12}(?:19|20)\d{2}年[^。，,；\n]{0,16}$", re.M)
# a month of a year (2021年6月, 2021年6月26日), not after a word looking ahead (到, 至, 力争…)
_DATED = re.compile(
    r"(?<!到)(?<!(?<!截)至)(?<!争)(?<![\d\-—–~])((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月"
)


# a five-year figure from its base year to the term's last (「由2015年的1708.4亿元增至2020年的…」)
_TERM_SPAN = re.compile(
    r"(?:由|从)((?:19|20)\d{2})年(?:底|末)?的?[^。；，,]{0,24}?"
    r"(?:增至|增长到|增长至|增加到|增加至|提高到|提高至|提升到|提升至|上升到|上升至|扩大到|扩大至"
    r"|下降到|下降至|降至|降到|减少到|减少至|达到)((?:19|20)\d{2})年(?![度初]|\d{1,2}月)"
)


def is_term_review(text: str) -> bool:
    """The report reviews a whole term under its own heading, and no heading names one year."""
    return bool(_TERM_REVIEW.search(text)) and not _YEAR_HEADING.search(text)


# the term ahead's goals (「到2025年，…」): a term plan runs five years from the year it is read
_TARGET = re.compile(r"(?:到|至)((?:19|20)\d{2})年(?:底|末)?[，,]?")
_TERM_AHEAD = re.compile(r"(?:今后|未来)五年")


def _plan_start(text: str) -> int | None:
    """The first year of the five-year plan a term report sets (「今后五年政府工作安排」 …
    「到2025年」 most often): the year it is read in. A report naming no term ahead, or whose
    targets spread over several horizons with none the most frequent, gives nothing; so does
    one whose horizon is named less than three times — the term plan repeats its own end year
    over its goals, while a long-range goal (「到2035年基本实现现代化」) is said once or twice."""
    if not _TERM_AHEAD.search(text):
        return None
    counts = Counter(int(m.group(1)) for m in _TARGET.finditer(text))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0] - 4


def term_year(text: str, whole: str | None = None) -> int | None:
    """The delivery year of a term review: the latest year whose month it recounts, or the
    first year of the five-year plan it sets (``whole``: the plan sits late in the report),
    whichever is later — an event recounted is at most as late as the reading, and a single
    one dated (「2018年10月亲临…视察」) may be years before it."""
    if not is_term_review(text):
        return None
    start = _plan_start(whole or text)
    years = [int(m.group(1)) for m in _DATED.finditer(text) if 1 <= int(m.group(2)) <= 12]
    if years:
        latest = max(years)
        return start if start and latest < start <= latest + 5 else latest
    ends = [
        int(m.group(2)) for m in _TERM_SPAN.finditer(text) if int(m.group(2)) - int(m.group(1)) == 5
    ]
    return max(ends) + 1 if ends else start
