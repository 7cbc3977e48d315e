"""「14、16号线」「一、二期」: numbers listed before one suffix each name a thing of their own.

Reports list numbered things of one kind by their numbers and write the kind once, after the
last (「推动地铁14、16号线正式动工」「一、二期工程」): the sentence names 14号线 as fully as
16号线, but only the last number stands beside the suffix, so a search for 「14号线」 never
finds it. The members before the last are read here: for each numbered line or phase a
question asks (``retrieval.numbered_routes``: 14号线), the library's listed spellings that
begin with its number (14、16号线) are searched too. The number is read whole (the 4 of 14、16
号线 names no line 4), and only a list of numbers joined by 、 and closed by the suffix counts.
A spelling is taken only as the library writes it, never built from a guess.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from retrieval.analysis import Analysis

log = logging.getLogger(__name__)

_CN = "一二两三四五六七八九十"
_NUMBERED = re.compile(rf"(\d{{1,3}}|[{_CN}]{{1,3}})(号线|期)")
_READ = 200  # rows read per number: a listed spelling recurs, the first rows suffice


def _listed(number: str, suffix: str) -> re.Pattern[str]:
    """``number`` opening or inside a 、-list of numbers that ``suffix`` closes."""
    digit = number.isdigit()
    other = r"\d{1,3}" if digit else f"[{_CN}]{{1,3}}"
    before = r"(?<![\d.．])" if digit else f"(?<![{_CN}])"
    return re.compile(rf"{before}{re.escape(number)}(?:、{other})+{suffix}")


class SharedSuffixes:
    """Listed spellings of the question's numbered lines and phases, per index version."""

    def __init__(
        self, rows_with: Callable[[Sequence[str]], np.ndarray], text: Callable[[int], str]
    ) -> None:
        self._rows_with = rows_with
        self._text = text
        self._cache: dict[tuple[str, str], tuple[str, ...]] = {}

    def read(self, analysis: Analysis, version: str) -> Analysis:
        """``analysis`` with each numbered concept given the lists the library writes it in."""
        concepts, added = list(analysis.concepts), []
        for i, c in enumerate(concepts):
            numbered = [s for s in c.alternatives if _NUMBERED.fullmatch(s)]
            fresh = [
                w
                for s in numbered
                for w in self.written(s, version)
                if w not in c.alternatives and w not in added
            ]
            if fresh:
                log.debug("%s also written in lists %s", c.term, fresh)
                concepts[i] = replace(c, alternatives=(*c.alternatives, *fresh))
                added.extend(fresh)
        return analysis.widened(concepts, added)

    def written(self, spelling: str, version: str) -> tuple[str, ...]:
        key = (spelling, version)
        if key not in self._cache:
            if len(self._cache) > 256:
                self._cache.clear()
            m = _NUMBERED.fullmatch(spelling)
            assert m is not None
            number, suffix = m.groups()
            pattern = _listed(number, suffix)
            rows = self._rows_with([f"{number}、"])[:_READ]
            found = (f for r in rows for f in pattern.findall(self._text(int(r))))
            self._cache[key] = tuple(dict.fromkeys(found))
        return self._cache[key]


__all__ = ["SharedSuffixes"]
