"""Which candidate chunk rows hold a string — each row's answer read once per index version.

Why this exists: at 10 000 reports most of a fresh which-question's cost was a Python step
per token-prefiltered row testing ``a in text`` for each alternative (some 74 000 rows per
alternative set, because common words such as 开展, 组织 or 法治 stand in half the chunks).
Three facts about the library and the questions make most of that work unnecessary:

- whether a row's text holds a string is a fact about the library, not about the question:
  fresh questions keep asking the same everyday verbs and nouns (开展, 组织, 法治, 宣传), and
  the fan-out's cues, the report counts of the needs, the concepts' IDF and the back-off each
  ask again for strings already read. Each string's answer per row, once read, is kept until
  the index changes; only rows never read for that string are read;
- an alternative that contains another alternative of the same set adds no row (a row
  holding 宪法宣传周 holds 宪法宣传), so only the shortest ones are read;
- a row already found to hold one alternative need not be read for the others.

The rows read are tested in C (``map(operator.contains, …)``), not by a Python step each.
The answer is the simple definition exactly: the candidate rows (ascending) whose simplified
text holds at least one alternative (``tests/test_substring_rows.py`` checks it on real
libraries).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from itertools import repeat

import numpy as np

# at most this many bytes of per-string row answers are kept (two booleans per row each)
_BUDGET = 48_000_000


def shortest(alternatives: Sequence[str]) -> list[str]:
    """The alternatives no other alternative of the set is part of (their rows are the set's)."""
    unique = list(dict.fromkeys(alternatives))
    return [a for a in unique if not any(b != a and b in a for b in unique)]


class SubstringRows:
    """Per string: which rows were read for it and which of them hold it (boolean rows)."""

    def __init__(self, text_of: Callable[[int], str]) -> None:
        self._text_of = text_of
        self._version = None
        self._n = 0
        self._known: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # string -> (read, holds)
        self._texts: list[str] = []  # row -> simplified text, fetched once per version
        self._fetched = np.zeros(0, dtype=bool)

    def _reset(self, version, n: int) -> None:
        self._version, self._n = version, n
        self._known = {}
        self._texts = [""] * n
        self._fetched = np.zeros(n, dtype=bool)

    def _entry(self, s: str) -> tuple[np.ndarray, np.ndarray]:
        got = self._known.pop(s, None)  # put back last: the least recently asked goes first
        if got is None:
            cap = max(16, _BUDGET // max(1, 2 * self._n))
            while len(self._known) >= cap:
                del self._known[next(iter(self._known))]
            got = (np.zeros(self._n, dtype=bool), np.zeros(self._n, dtype=bool))
        self._known[s] = got
        return got

    def _fetch(self, rows: np.ndarray) -> None:
        missing = rows[~self._fetched[rows]]
        if missing.size:
            texts, text_of = self._texts, self._text_of
            for r in missing.tolist():
                texts[r] = text_of(r)
            self._fetched[missing] = True

    def _settle_by_pairs(self, s, todo, read, holds, pairs) -> np.ndarray:
        """Answer ``s`` for every row the pair index rules out or settles exactly (the
        whole library at once, not only ``todo``); the rows of ``todo`` left to read."""
        found = pairs(s)
        if found is None:
            return todo
        maybe, exact = found
        if exact:
            holds[maybe] = True  # before ``read``: a row marked read is answered
            read[:] = True
            return todo[:0]
        inside = np.zeros(self._n, dtype=bool)
        inside[maybe] = True
        read[~inside] = True  # holds stays False there: no row without the pairs holds s
        return todo[inside[todo]]

    def rows(
        self,
        alternatives: Sequence[str],
        cand: np.ndarray,
        version,
        n: int,
        pairs: Callable[[str], tuple[np.ndarray, bool] | None] | None = None,
    ) -> np.ndarray:
        """The rows of ``cand`` (ascending row numbers) whose text holds any alternative.

        ``pairs(s)``, when given, names the rows that may hold ``s`` and whether exactly those
        do (``stores.bigram_index``): every other row is known not to hold it without being
        read, and an exact answer needs no text read at all."""
        if version != self._version or n != self._n:
            self._reset(version, n)
        strings = shortest(alternatives)
        left = np.asarray(cand, dtype=int)
        kept: list[np.ndarray] = []
        for s in strings:  # rows already known to hold one of them
            known = self._known.get(s)
            if known is not None and left.size:
                sure = known[1][left]
                if sure.any():
                    kept.append(left[sure])
                    left = left[~sure]
        for s in strings:
            if not left.size:
                break
            hit = self._answered(s, left, pairs)
            kept.append(left[hit])
            left = left[~hit]
        if not kept:
            return np.zeros(0, dtype=int)
        return np.sort(np.concatenate(kept))

    def holding(
        self,
        s: str,
        cand: np.ndarray,
        version,
        n: int,
        pairs: Callable[[str], tuple[np.ndarray, bool] | None] | None = None,
    ) -> np.ndarray:
        """Whether each row of ``cand`` holds ``s`` (booleans in ``cand``'s order): one
        string's answers, read as ``rows`` reads them and kept with them."""
        if version != self._version or n != self._n:
            self._reset(version, n)
        return self._answered(s, np.asarray(cand, dtype=int), pairs)

    def _answered(self, s: str, rows: np.ndarray, pairs) -> np.ndarray:
        """``holds[rows]`` for ``s``, after reading the rows never read for it."""
        read, holds = self._entry(s)
        todo = rows[~read[rows]]
        if todo.size and pairs is not None:
            todo = self._settle_by_pairs(s, todo, read, holds, pairs)
        if todo.size:
            self._fetch(todo)
            got = np.fromiter(
                map(operator.contains, map(self._texts.__getitem__, todo.tolist()), repeat(s)),
                dtype=bool,
                count=todo.size,
            )
            holds[todo[got]] = True  # before ``read``: a row marked read is answered
            read[todo] = True
        return holds[rows]
