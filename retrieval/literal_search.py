"""The leftmost mention of any of a few strings, by ``str.find`` until a pattern pays.

Fan-out looks for a question's cue strings and heading strings in the chunks it reads with
one alternation (``fanout_sentences.any_of``). Each fresh question brings a new set, and
compiling its alternation costs 0.03–0.2 ms (a few to fifteen strings), while at 165
reports a set is searched in one to three chunks: a ``str.find`` per string costs about a
microsecond a chunk there. The alternation catches up after ~40–110 searches (measured on
the chunks of 165 reports), so the set is compiled once it has been searched
``FIND_FIRST`` times, and a large fan-out (thousands of chunks at 10 000 reports) uses the
pattern as before.

Either way the match is the same: the alternation lists the strings longest first and
takes, at the leftmost place any of them starts, the first that matches there — the
longest one starting there, which is what the finds give (two strings of one length that
both start at one place are the same string).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

FIND_FIRST = 32  # searches by find before the alternation is compiled


class Found:
    """The span of a mention, read as an ``re.Match``'s ``start``, ``end`` and ``span``."""

    __slots__ = ("_end", "_start")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end


class Literals:
    """``search`` and ``finditer`` of ``any_of(strings)`` (non-empty strings), by find for
    the first ``first`` searches, then by the compiled pattern."""

    __slots__ = ("_first", "_pattern", "_strings")

    def __init__(self, strings: tuple[str, ...], first: int = FIND_FIRST) -> None:
        if not strings or "" in strings:
            raise ValueError("non-empty strings only: an empty one matches everywhere")
        self._strings = tuple(sorted(strings, key=len, reverse=True))  # ``any_of``'s order
        self._first = first
        self._pattern: re.Pattern | None = None

    def _compiled(self) -> re.Pattern | None:
        if self._pattern is None:
            if self._first > 0:  # two threads may both count: a search more or less
                self._first -= 1
                return None
            from retrieval.fanout_sentences import any_of

            self._pattern = any_of(self._strings)
        return self._pattern

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        pattern = self._compiled()
        if pattern is not None:
            return pattern.search(text, pos, endpos)
        return self._found(text, pos, endpos)

    def finditer(self, text: str) -> Iterator:
        pattern = self._compiled()
        if pattern is not None:
            yield from pattern.finditer(text)
            return
        pos = 0
        while (m := self._found(text, pos, len(text))) is not None:
            yield m
            pos = m.end()  # the strings are not empty: the next search starts after it

    def _found(self, text: str, pos: int, endpos: int) -> Found | None:
        best, size = -1, 0
        for s in self._strings:
            i = text.find(s, pos, endpos)
            if i >= 0 and (best < 0 or i < best):  # a tie keeps the longer, listed first
                best, size = i, len(s)
        return Found(best, best + size) if best >= 0 else None
