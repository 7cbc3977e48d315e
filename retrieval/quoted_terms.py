"""Reports quote part of a term: 「结合“八五”普法规划」「深化“放管服”改革」「县“九五”普法」.

A question asks 「八五普法」 without quotes, and jieba keeps it one word, so the report's
「“八五”普法」 is no mention of it word for word. The quoted spellings of the term (its first
part quoted, the rest after the closing mark) are spellings of it too; the answer quotes the
report as written, quote marks and all.

Only a closing mark followed by the rest of the term joins: two quoted names side by side
(「“法治副校长”“学法积极分子”」) never read as one word across the ”“ between them.
"""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u4e00-\u9fff]{4,8}")


def quoted_forms(word: str) -> tuple[str, ...]:
    """「“八五”普法」 for 八五普法: each split into a quoted first part and the rest, both of two
    characters or more. Words shorter than four characters have no such split."""
    if not _HAN.fullmatch(word):
        return ()
    return tuple(f"“{word[:i]}”{word[i:]}" for i in range(2, len(word) - 1))
