"""A narrowing follow-up that names a place and no topic: 「其中重庆的有哪些？」「浙江那边的呢」.

Such words ask the last question again over the reports of that place; a level (「街道的有
哪些」) is picked among the last answer's units elsewhere, and asking or ranking words
(「哪个最多」) name no place at all.
"""

from __future__ import annotations

import re

__all__ = ["BY_LEVEL", "narrowed_where"]

# 「是镇」「属于街道」「县一级」「乡镇级别」: a level said of the units, not a noun to count
_LEVEL = r"(?:乡镇|区县|县区|县市区|街道|乡|镇|县|区|市)"
BY_LEVEL = re.compile(rf"(?:是|属于|算是?){_LEVEL}|{_LEVEL}(?:一?级|级别|层级)")

# 「重庆的有哪些」「浙江那边的呢」「上海的是哪几个」: a place, a word of where, and the asking
# words — a narrowing that names no topic of its own
_WHERE_ONLY = re.compile(
    r"^(?P<what>[\u4e00-\u9fff]{2,8}?)(?:那边|这边|那里|这里|下面|境内)?的?"
    r"(?:[那这](?:些|几[个家份]?|[两三四五六七八九十][个家份]))?(?:报告)?"
    r"(?:有|是)?(?:哪些|哪几个|哪几家|哪几份|哪个)?(?:呢|吧)?[？?。!！]*$"
)


def narrowed_where(rest: str) -> str | None:
    """The place a topicless narrowing names (「重庆的有哪些」 → 重庆), or None: a level
    (「街道的有哪些」) is picked among the units elsewhere, and asking words (「哪个最多」)
    name no place."""
    m = _WHERE_ONLY.match(rest)
    if not m or BY_LEVEL.search(f"是{m.group('what')}"):
        return None
    what = m.group("what")
    # asking or ranking words (「哪个最多」「谁多」) or a pointer (这些, 其他) are no place
    # nor a yes-or-no (「有民族乡吗」)
    asking = r"[哪谁几最更吗]|什么|多少|这些|那些|其[他余]|别的|有没有"
    return None if re.search(asking, what) else what
