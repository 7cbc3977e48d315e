"""A range of years that dates the deed asked, not the reports: 「哪些地方2015年以前就开始给企业
做法治体检了」「法律顾问制度是在2018年以前建立的」.

A range opening the question before its topic (「2020年之前，哪些乡镇…」) or qualifying the
reports (「2020年之前的报告里」「20年以后那几份」) is a scope of reports (``answering.year_picks``
writes it as the years held). Said after a deed's verb (「建立是在2020年之前」) or before 就/
已经/早已 (「在2020年之前就建立了」) it says when the thing was done, and a report of any year
may tell of it (「早在2012年即开展」): so it picks no reports. It still bounds the answer: the
deed must be dated inside it, by the sentence's own years (or its heading's) or, where the
text dates it by nothing, by the year of the report that tells of it — a 2023 report saying
「开展法治体检」 with no year says it was done in 2023, which contradicts 「2015年以前」.
"""

from __future__ import annotations

import re

from retrieval.dates import full_years

__all__ = ["deed_ranges", "without_deed_ranges"]

_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?度?\s*(以前|之前|以后|之后)")
# after the range: an adverb of a deed already done by then (就, 已经, 早已, 便)
_DONE_BY = re.compile(r"\s*(?:就已经|就已|就|已经|早已|早就|已|便|都已经?)")
# after the range: the reports or the report picked — a scope however the range is reached
_OF_REPORTS = re.compile(r"\s*(?:的|那|这)?(?:报告|那?几?份|年度?报告|年报)")
# before the range: 是在/于 after the deed's own words (「建立是在」「设立于」), never after the
# reports (「报告是在2020年以前的」: the reports' years) nor in 关于/对于/由于. A bare 于 dates
# a deed only after a verb of doing: the report's own making (发布/印发/形成/报送/提交于) dates
# the report, and a comparison (相当于/早于/晚于/等于/高于) dates nothing
_NOT_DEED_YU = ("发布", "印发", "形成", "报送", "提交", "出台", "相当", "等同")
_AFTER_DEED = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<!报告)(?<!年报)(?<![份那这哪关对由至属鉴基])"
    r"(?:是在|是于|"
    + "".join(f"(?<!{w})" for w in _NOT_DEED_YU)
    + r"(?<![早晚等高低大小多少超不优])于)\s*$"
)
# the words that hold a range dating a deed: 在 before it, 就/已经 after it
_HOLDER = re.compile(r"(?:是在|是于|在|于)\s*$")


def _dates_deed(q: str, m: re.Match) -> bool:
    if _OF_REPORTS.match(q, m.end()):
        return False
    return bool(_DONE_BY.match(q, m.end()) or _AFTER_DEED.search(q[: m.start()]))


def deed_ranges(q: str) -> list[tuple[int, int]]:
    """The spans of years (first, last; 0 or 9999 open) of the ranges dating the deed asked;
    以前/之前 leave the year said out, 以后/之后 too."""
    q = full_years(q)
    out = []
    for m in _RANGE.finditer(q):
        if _dates_deed(q, m):
            year = int(m.group(1))
            out.append((0, year - 1) if m.group(2) in ("以前", "之前") else (year + 1, 9999))
    return out


def without_deed_ranges(q: str) -> str:
    """``q`` (full years) without the ranges dating the deed and the 在/就 that hold them
    (「哪些乡镇在2020年之前就建立了」 → 「哪些乡镇建立了」): no report year is asked."""
    for m in reversed(list(_RANGE.finditer(q))):
        if _dates_deed(q, m):
            before = _HOLDER.sub("", q[: m.start()])
            after = q[m.end() :]
            if (done := _DONE_BY.match(after)) is not None:
                after = after[done.end() :]
            q = before + after
    return q
