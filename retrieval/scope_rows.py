"""The chunk rows a scope covers, as one boolean mask over the index, kept per scope.

One answer asks for its scope's mask several times (the ranked search, the dense search
inside the scope, the fan-out, the concepts' report counts, the test for denials), and each
mask is a pass over every chunk row of the library (``report_of``). Which rows belong to
which reports is a fact of the index, so a scope's mask is kept per index version for the
few scopes asked last. Masks are handed out read-only: every caller shares one.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

from reportqa.types import ReportInfo

KEEP = 8  # scopes kept (a mask is one byte per chunk: ~1.5 MB each at 10 000 reports)


class ScopeMasks:
    def __init__(self, library) -> None:
        self._lib = library
        self._kept: dict[tuple[str, ...] | None, np.ndarray] = {}
        self._version: str | None = None
        self._lock = threading.Lock()

    def __call__(self, infos: Sequence[ReportInfo]) -> np.ndarray:
        lex = self._lib.lexical
        whole = len(infos) == len(self._lib.infos)  # the whole library
        key = None if whole else tuple(i.report_id for i in infos)
        with self._lock:
            if lex.version != self._version:
                self._kept, self._version = {}, lex.version
            got = self._kept.get(key)
            if got is None:
                got = np.ones(len(lex.report_of), dtype=bool) if whole else _rows(lex, infos)
                got.flags.writeable = False
                if len(self._kept) >= KEEP:
                    self._kept.clear()
                self._kept[key] = got
        return got


def _rows(lex, infos: Sequence[ReportInfo]) -> np.ndarray:
    """The scope's report rows set directly (``report_row``): a unit's few reports cost a
    few steps, not one per report in the library."""
    at = lex.report_row
    rows = np.zeros(len(lex.report_ids), dtype=bool)
    rows[[r for r in (at.get(i.report_id) for i in infos) if r is not None]] = True
    return rows[lex.report_of] if len(lex.report_of) else np.zeros(0, dtype=bool)
