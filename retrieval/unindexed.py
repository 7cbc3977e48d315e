"""Candidate rows for a word the token index cannot have seen as one.

A quoted term of a question (“四不两直”) joins the tokenizer's dictionary when it is asked
(``retrieval.query``), so its index tokens become the word itself — while the reports were
indexed before, when jieba cut it into single characters. Such a word's tokens then match no
row, and a report that says it word for word would never be read. Its characters were
indexed, one by one: the rows holding all of them are the candidates (the caller then keeps
only the rows that hold the word itself).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from reportqa.text import STOPWORDS


def rows_by_characters(word: str, holding: Callable[[list[str]], np.ndarray]) -> np.ndarray | None:
    """Rows (a boolean mask over the index) whose chunks hold every character of ``word``
    the index keeps, or None when ``word`` has no such character. ``holding``: the rows
    holding one of some tokens (``LexicalIndex.holding_any``)."""
    chars = [ch for ch in dict.fromkeys(word) if ch not in STOPWORDS and not ch.isspace()]
    if not chars:
        return None
    hit = holding([chars[0]])
    for ch in chars[1:]:
        hit &= holding([ch])
    return hit
