"""A range of years that dates the deed asked, not the reports: 「哪些乡镇在2020年之前就建立了
法律顾问制度」「法律顾问制度是在2018年以前建立的」.

A range opening the question before its topic (「2020年之前，哪些乡镇…」) or qualifying the
reports (「2020年之前的报告里」「20年以后那几份」) is a scope of reports, and ``year_picks``
writes it as the years held. Said after a deed's verb (「建立是在2020年之前」) or before 就/
已经/早已 (「在2020年之前就建立了」) it says when the thing was done: a report of any year may
say so (「早在2018年即建立」), so the reports in scope are all years, and reading the range
as report years drops every later report that tells of the earlier deed.
"""

from __future__ import annotations

import re

# after the range: an adverb of a deed already done by then (就, 已经, 早已, 便)
_DONE_BY = re.compile(r"\s*(?:就已经|就已|就|已经|早已|早就|已|便|都已经?)")
# after the range: the reports or the report picked — a scope however the range is reached
_OF_REPORTS = re.compile(r"\s*(?:的|那|这)?(?:报告|那?几?份|年度?报告|年报)")
# before the range: 是在/于 after the deed's own words (「建立是在」「设立于」), never after the
# reports (「报告是在2020年以前的」: the reports' years)
_AFTER_DEED = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<!报告)(?<!年报)(?<![份那这哪关对由至属鉴基])(?:是在|是于|于)\s*$"
)
# the words that go with a range dating a deed: 在 before it, 就/已经 after it
_HOLDER = re.compile(r"(?:是在|是于|在|于)\s*$")


def dates_deed(q: str, start: int, end: int) -> bool:
    """Does the range at ``q[start:end]`` date the deed asked rather than the reports?"""
    if _OF_REPORTS.match(q, end):
        return False
    return bool(_DONE_BY.match(q, end) or _AFTER_DEED.search(q[:start]))


def without_deed_range(q: str, start: int, end: int) -> str:
    """``q`` without the range at ``q[start:end]`` and the 在/就 that hold it (「哪些乡镇在2020年
    之前就建立了」 → 「哪些乡镇建立了」): every report is asked, its quote says when."""
    before = _HOLDER.sub("", q[:start])
    after = q[end:]
    if (m := _DONE_BY.match(after)) is not None:
        after = after[m.end() :]
    return before + after
