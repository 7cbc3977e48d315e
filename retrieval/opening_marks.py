"""A lone character that opens the word after it, where jieba leaves it apart.

A mark of form (小程序, 微视频) or of rank (副主任) makes another kind of the word after it, and
the register knows everyday words whose first character jieba cuts off (老建筑: 老|建筑). Read
as a lead before a list's first item, or as that item's verb (「保护老建筑、文物」 → 建筑), the
character would be lost and the item would name the bare word, or a wrong one.
"""

from __future__ import annotations

from retrieval.question_words import FORM_MARKS, RANK_MARKS
from retrieval.register import read_register

__all__ = ["opens"]

_MARKS = FORM_MARKS | RANK_MARKS


def opens(word: str, nxt: str) -> bool:
    """``word`` (one character) opens ``nxt`` (a word of two or more): a mark, or a word the
    register writes whole with it."""
    return len(nxt) >= 2 and (word in _MARKS or (len(word) == 1 and word + nxt in read_register()))
