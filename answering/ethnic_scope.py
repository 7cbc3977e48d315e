"""民族乡 as the units a which-question asks about: 「民族乡里面哪些聘请了法律顾问」「哪些民族乡…」.

A 民族乡 (瑶族乡, 回族乡, 蒙古族乡…) is a 乡 set up for a minority people; its name always ends in
…族乡, while its report writes its own name and seldom the word 民族乡. Read as a topic word,
民族乡 was required of every sentence and the answer came back empty. Said as the question's
units (before 里/中/的报告/哪些 or after 哪些/各/所有), it keeps the reports of units so named and
leaves the need; inside a topic (「民族乡镇」「民族乡村」「民族乡风」) it stays a word to search.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from answering.places import without_place
from reportqa.errors import QuestionError
from reportqa.types import ReportInfo
from retrieval.filters import Filters
from retrieval.query import Analysis

_SCOPE = re.compile(
    r"(?:哪些|哪几个|哪几家|各个?|所有|几个)民族乡(?![镇村风])"
    r"|民族乡(?=里|中|当中|的报告|的有|有哪|哪|[，,]|都有)"
)


def ethnic_scope(
    question: str,
    analysis: Analysis,
    filters: Filters,
    scope: Callable[[Filters], Sequence[ReportInfo]],
) -> tuple[Analysis, Filters, str]:
    """The analysis without 民族乡 and the filters narrowed to the 民族乡 reports, with the
    scope note's words; unchanged ("") when 民族乡 is no scope of the question."""
    if not _SCOPE.search(question) or analysis.townships:
        return analysis, filters, ""
    inside = scope(filters)
    kept = tuple(i.report_id for i in inside if i.township.endswith("族乡"))
    if not kept:
        raise QuestionError(f"检索范围内没有民族乡的报告（共 {len(inside)} 份）")
    return without_place(analysis, ["民族乡"]), replace(filters, report_ids=kept), "只含民族乡"
