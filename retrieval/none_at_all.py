"""「一件没输」「一次都没发生」「一个也没有」: one of a thing before a negation says none at all.

Chinese stresses zero by negating the smallest count: 一 + a measure word (+ 都/也) + 没/未/不.
The count is no thing a report must write — a report says 「均未败诉」「无败诉」「零发生」,
never 「一件」 — so read as a topic word it keeps out every report that answers. The phrase
is blanked from the need, with the 但/却 that joins it to the deed before (「有A但一件没B」):
left alone, that conjunction is read as the tail of A's word (「行政诉讼但」). The negated deed
after it stays to be read as the question's own (``retrieval.polarity``, ``answering.denied``).
「一个不落」「一个不少」 are the opposite, every one (a totality, ``qa27``): never blanked.
"""

from __future__ import annotations

import re

__all__ = ["without_none_at_all"]

_NONE_AT_ALL = re.compile(
    r"(?<![0-9一二两三四五六七八九十百千万第])(?:(?:但是?|却|可是?|不过)\s*)?"
    r"一(?:个|件|次|起|宗|例|名|人|项|条|家|份|场|回|笔)"
    r"(?:都|也)?(?=没|未|不|无)"
    # 「一个不落」「一个不漏」「一个不少」 say every one: all, no zero
    r"(?!不(?:落|漏|少|剩|差|缺))"
)


def without_none_at_all(need: str) -> str:
    """``need`` with each 「一件(都)」 before a negation blanked (same length)."""
    return _NONE_AT_ALL.sub(lambda m: " " * len(m.group(0)), need)
