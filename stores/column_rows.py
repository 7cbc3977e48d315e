"""A few reports' rows looked up in the term columns of the BM25 weights.

Why this exists: a which-answer reads some reports again one by one (``answering.undone``,
a score of them per question at 10 000 reports), and each re-read asked which chunks hold
a word, and their scores, of the whole library — every row of a common word's column
(开展, 法治: tens of thousands) marked or summed, to keep a dozen. A column's rows are
sorted (canonical CSC), so the dozen are found in it by binary search instead.
"""

from __future__ import annotations

import numpy as np


def few(within: np.ndarray | None) -> np.ndarray | None:
    """The rows of a scope of a few reports (under 1/32 of the library), else None: their
    places are looked up in each column rather than every row of the column marked."""
    if within is None:
        return None
    among = np.flatnonzero(within)
    return among if among.size * 32 < within.size else None


def found(column: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which of ``rows`` (ascending) the sorted ``column`` holds, and where in it."""
    if not column.size:
        return np.zeros(rows.size, dtype=bool), np.zeros(rows.size, dtype=np.intp)
    at = np.minimum(np.searchsorted(column, rows), column.size - 1)
    return column[at] == rows, at


def inside(rows: np.ndarray, within: np.ndarray | None) -> np.ndarray:
    """``rows`` (booleans) kept only inside ``within`` when there is one."""
    return rows if within is None else rows & within
