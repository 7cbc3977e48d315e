"""A year said as the work a report looks back on: 「2022年工作回顾」「回顾2022年」「总结2021年工作」.

A 政府工作报告 delivered early in year N opens with the review of N-1 (「一、2022年工作回顾」)
and users usually call it by N, its cover year (``answering.plan_years``). A year joined to the
words of looking back — 回顾/总结 right after it (「2022年工作回顾」「2022年度工作总结」) or a
verb of looking back right before it (「回顾2022年」「总结了2021年的工作」) — names the year
reviewed instead: 「讲2022年工作回顾的」 is the report reviewing 2022 (delivered in 2023), never
the one delivered in 2022 that reviews 2021 (「一、2021年以来工作回顾」). Such a year is read
exactly, as the library dates a report: by the year it covers.

The join must be tight: 「2022年的报告里回顾了什么」 and 「2022年的工作回顾」 (的 between: the
review part *of* the 2022 report) keep the cover-year reading, and a year of plans
(「2023年工作安排」「2023年主要任务」) is no review.
"""

from __future__ import annotations

import re

__all__ = ["asks_reviewed_year"]

_YEAR = r"(?:19|20)\d{2}\s*年度?"
# the year, then (全年/各项) (主要) 工作 and the word of looking back: 「2022年工作回顾」
_YEAR_THEN_REVIEW = re.compile(rf"{_YEAR}\s*(?:全年|各项)?\s*(?:主要)?\s*(?:工作)?\s*(?:回顾|总结)")
# a verb of looking back, then the year: 「回顾2022年」「总结了2021年的工作」「回顾的是2022年」
_REVIEW_THEN_YEAR = re.compile(rf"(?:回顾|总结)(?:了|的是|一下)?\s*{_YEAR}(?![以之][来前后])")


def asks_reviewed_year(question: str) -> bool:
    """Does ``question`` name a year as the work a report reviews (read exactly, no plan year)?"""
    return bool(_YEAR_THEN_REVIEW.search(question) or _REVIEW_THEN_YEAR.search(question))
