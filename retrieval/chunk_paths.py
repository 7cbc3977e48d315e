"""Which chunks' section paths hold a string, answered once per distinct path.

Why this exists: the fan-out bounds a chunk read together with its section path (the
headings it sits under), and the cheap pass that rules chunks out before any is read
(``bounds.Bound.may_reach``) must ask of the path too. Reports repeat their headings over
every chunk of a section, so a library has far fewer distinct paths than chunks (the 10 000
synthetic reports: ~3 900 paths for ~120 000 chunks); a string is looked for once in each
distinct path, and a chunk's answer is its path's. Paths are simplified exactly as
``HybridRetriever.heading`` simplifies them, so the answers are those of the texts judged.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from itertools import repeat

import numpy as np

from reportqa.text import to_simplified
from reportqa.types import Chunk

_STRINGS = 4096  # strings whose answers are kept (a question asks a few dozen)


class ChunkPaths:
    """Per index version: each chunk row's path as an id among the distinct paths, and per
    string which of those paths hold it (both filled as rows and strings are asked)."""

    def __init__(self) -> None:
        self._version = None
        self._ids = np.zeros(0, dtype=np.int32)  # row -> path id, -1 while unknown
        self._by_raw: dict[tuple[str, ...], int] = {}
        self._by_simple: dict[str, int] = {}
        self._paths: list[str] = []
        self._holds: dict[str, np.ndarray] = {}  # string -> per path id seen so far

    def ids(self, rows: np.ndarray, chunks: Sequence[Chunk], version) -> np.ndarray:
        """The path ids of ``rows`` (ascending or not)."""
        if version != self._version or len(self._ids) != len(chunks):
            self._version = version
            self._ids = np.full(len(chunks), -1, dtype=np.int32)
            self._by_raw, self._by_simple, self._paths, self._holds = {}, {}, [], {}
        ids = self._ids
        missing = rows[ids[rows] < 0]
        for r in missing.tolist():
            raw = chunks[r].section_path
            i = self._by_raw.get(raw)
            if i is None:
                simple = to_simplified(" ".join(raw))  # as ``HybridRetriever.heading``
                i = self._by_simple.get(simple)
                if i is None:
                    i = self._by_simple[simple] = len(self._paths)
                    self._paths.append(simple)
                self._by_raw[raw] = i
            ids[r] = i
        return ids[rows]

    def holding(self, s: str, ids: np.ndarray) -> np.ndarray:
        """Whether each path of ``ids`` holds ``s``."""
        known = self._holds.get(s, np.zeros(0, dtype=bool))
        start = len(known)
        if start < len(self._paths):
            more = np.fromiter(
                map(operator.contains, self._paths[start:], repeat(s)),
                dtype=bool,
                count=len(self._paths) - start,
            )
            known = np.concatenate([known, more]) if start else more
            if len(self._holds) >= _STRINGS:
                self._holds.clear()
            self._holds[s] = known
        return known[ids]
