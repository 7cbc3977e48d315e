"""A place named inside a campaign's title is no scope: 「法治宁波建设」「平安浙江」「法治中国」.

Chinese government work names its drives as a value and the place it covers — 法治中国,
法治浙江, 法治宁波, 平安中国, 美丽乡村's kin 美丽浙江, 数字中国, 健康中国, 清廉宁波 — and a
report below that place writes the title as a phrase of its own («以法治宁波建设“六大抓手”为
重点内容» in a township report of 余姚市). A question quoting the title asks who writes it,
over every report: read as the scope, the place keeps only the reports whose parent is named
so (镇海区 of 宁波市) and drops the townships under its county-level cities that wrote it.
A place right after such a value word is part of the title, not where the asker looks.
"""

from __future__ import annotations

import re

# the value words Chinese drives are titled with before the place they cover
_VALUES = ("法治", "平安", "美丽", "数字", "健康", "智慧", "清廉", "诚信", "信用", "书香", "文明")
_BEFORE = re.compile("(?:" + "|".join(_VALUES) + ")$")


def in_campaign_title(q: str, pos: int) -> bool:
    """Whether the place named at ``pos`` of ``q`` follows a drive's value word (法治|宁波)."""
    return bool(_BEFORE.search(q, 0, pos))
