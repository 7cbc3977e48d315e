"""Reports quote part of a term: 「结合“八五”普法规划」「深化“放管服”改革」「县“九五”普法」.

A question asks 「八五普法」 without quotes, and jieba keeps it one word, so the report's
「“八五”普法」 is no mention of it word for word. The quoted spellings of the term (its first
part quoted, the rest after the closing mark) are spellings of it too; the answer quotes the
report as written, quote marks and all.

Only a closing mark followed by the rest of the term joins: two quoted names side by side
(「“法治副校长”“学法积极分子”」) never read as one word across the ”“ between them.

A quoted name of parts is also written without the mark between them: the question's
「“双随机、一公开”」 is the report's 「双随机一公开项目209项」 (``unmarked``; the mark 、 · or a
space separates the parts of one name, it makes no two things).
"""

from __future__ import annotations

import re

from retrieval.coded_names import code_spellings
from retrieval.legal_spellings import legal_variants

_HAN = re.compile(r"[\u4e00-\u9fff]{4,8}")
_MARKS = re.compile(r"[、·・\s]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def quoted_forms(word: str) -> tuple[str, ...]:
    """「“八五”普法」 for 八五普法: each split into a quoted first part and the rest, both of two
    characters or more. Words shorter than four characters have no such split."""
    if not _HAN.fullmatch(word):
        return ()
    return tuple(f"“{word[:i]}”{word[i:]}" for i in range(2, len(word) - 1))


def unmarked(phrase: str) -> tuple[str, ...]:
    """「双随机、一公开」 → (双随机一公开,): a quoted phrase without the marks between its
    parts, when every part begins and ends in a Chinese character (none otherwise)."""
    parts = [p for p in _MARKS.split(phrase.strip()) if p]
    if len(parts) < 2 or not all(_CJK.match(p[0]) and _CJK.match(p[-1]) for p in parts):
        return ()
    return ("".join(parts),)


def phrase_spellings(phrase: str) -> tuple[str, ...]:
    """A quoted phrase's other spellings: 法治 ~ 法律 ~ 法制 (``retrieval.legal_spellings``)
    and the phrase with (a coded name) or without the marks between its parts."""
    return (*legal_variants(phrase), *unmarked(phrase), *code_spellings(phrase)[1:])


def word_forms(word: str) -> tuple[str, ...]:
    """A word's quoted splits (「“八五”普法」) and, for a coded name, its spelling with 、
    between the parts (「两学、一做」, ``retrieval.coded_names``)."""
    return (*quoted_forms(word), *code_spellings(word)[1:])
