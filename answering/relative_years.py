"""A year said relative to today (去年, 今年, 前年, 上一年度) as the year a question is about.

Users write the year of the reports they mean as they would say it aloud: 「去年的报告里，哪些
镇提到了法律顾问」 means the reports of the year before this one, whatever the question asks.
Read only for metadata questions, a content question searched every year and listed units of
2021 and 2023 too. Today's year comes from a clock the caller passes (tests pass a fixed one).

Only a relative year that scopes is rewritten: one before 的/度/份/报告/里/中, a mark, or the
asking words (「去年哪些乡镇…」「去年有哪些…」); 「与去年相比」「比去年增长」 are what a report
compares, and stay words. 上一年度/上年度 steps from the last turn's year in a follow-up
(``answering.followup_years``), so they are read against today only with no history.
"""

from __future__ import annotations

import re

STEP = {"前年": -2, "去年": -1, "今年": 0, "上一年度": -1, "上年度": -1}
# after the word: what makes it the reports' year rather than a word of the need
# 各 only before the units it spreads over (「今年各乡镇」「去年各个街道」): 「西仓镇和仁和镇今年
# 各自定了…」「今年各定了…」 spread the deed over the units named, and 今年 there is the deed's
# time as each report says it (its own year), like 「今年定了」
_SCOPING = (
    r"(?=度|的|份|报告|里|中|哪|有哪|有几|[？?，,。\s]|$"
    r"|各(?:个|级)?(?:乡|镇|街|区|县|市|州|地|单位|部门|村|社区))"
)
_TODAY = re.compile(rf"(?<!与)(?<!比)(前年|去年|今年){_SCOPING}")
_LAST = re.compile(rf"(?<!与)(?<!比)(上一年度|上年度){_SCOPING}")


def absolute(q: str, this_year: int, follows: bool = False) -> str:
    """「去年的报告里…」 → 「2025年的报告里…」 in 2026; ``follows``: the question follows
    another turn, whose year 上一年度 steps from."""
    q = _TODAY.sub(lambda m: f"{this_year + STEP[m.group(1)]}年", q)
    if not follows:
        q = _LAST.sub(lambda m: f"{this_year + STEP[m.group(1)]}年", q)
    return q
