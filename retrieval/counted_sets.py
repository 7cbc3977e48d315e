"""A set named by its count (三项制度) is said by its name or by all its members, never one.

Government reports name reforms by how many parts they have — 行政执法「三项制度」 is the
公示, 全过程记录 and 法制审核 systems together. A report may write the name or list the
members in one breath (「严格执行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核
制度」), and the term's spellings hold both. But a sentence naming one member alone
(「严格落实…行政执法全过程记录的相关规定」, an enforcement camera 「每人一台执法记录仪」)
tells of that one system, not of the set: a question about the set is not answered by it.

So for a need whose term is a counted set (a numeral, then 项/个/大 before the kind), a
sentence meets it only by a spelling that keeps the count, or by as many distinct members
as the count says (overlapping spellings — 行政执法公示制度, 执法公示制度 — are one member).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_COUNTED = re.compile(r"([两二三四五六七八九])(?:项|个|大)")


def set_size(term: str) -> int:
    """The count a set's name gives (执法三项制度 → 3); 0 when ``term`` names no counted set."""
    m = _COUNTED.search(term)
    return _NUMERALS[m.group(1)] if m else 0


def set_said(text: str, term: str, spellings: Sequence[str]) -> bool:
    """Does ``text`` name the set ``term`` counts: a spelling with its numeral, or that many
    distinct members (spellings without it) at spans that do not overlap?"""
    size = set_size(term)
    numeral = _COUNTED.search(term).group(1) if size else ""
    if not size or any(s and numeral in s and s in text for s in spellings):
        return True
    spans: list[tuple[int, int]] = []
    for s in (s for s in spellings if s and numeral not in s):
        for m in re.finditer(re.escape(s), text):
            spans.append((m.start(), m.end()))
    members = 0
    end = -1
    for lo, hi in sorted(spans):
        if lo >= end:
            members += 1
        end = max(end, hi)
    return members >= size
