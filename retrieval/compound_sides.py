"""A compound offered whole: its two parts, listed beside it, are not spellings of it alone.

When a question offers a compound as one side of an 或 (「宪法宣传周或者12.4宪法日」), the
concept it reads holds the compound (宪法宣传周) and — read apart by the analysis — its two
parts (宪法, 宣传周) as further spellings. A Chinese compound names its kind by its last part
and which one by the parts before it: 宪法 alone is the constitution (studied in every
report's 集中学法), 宣传周 alone any publicity week (安全宣传周); only the two together are
the event asked. So when the spellings hold a compound and both its parts, each part alone
is no full mention of the concept: the sentence must write the compound (or another
spelling), never just its modifier or its head.

A spelling that merely extends another (行政处罚量 beside 行政处罚: 量 is no spelling) is a
longer form of one word, not a compound of two listed parts, and keeps both.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

_LEAST = 2  # a part of one character is an affix, never a word of its own


@lru_cache(maxsize=4096)
def _parts_of_wholes(full: tuple[str, ...]) -> frozenset[str]:
    listed = set(full)
    out: set[str] = set()
    for whole in full:
        for cut in range(_LEAST, len(whole) - _LEAST + 1):
            left, right = whole[:cut], whole[cut:]
            if left in listed and right in listed:
                out.update((left, right))
    return frozenset(out)


def compound_parts(full: Sequence[str]) -> frozenset[str]:
    """The spellings of ``full`` that are the two parts of another spelling of it (宪法 and
    宣传周 of 宪法宣传周): no full mention of the concept on their own."""
    return _parts_of_wholes(tuple(full))
