"""A question's reading kept per question text and library state.

Reading a question (its cuts and tags, a few dozen small passes over its text, its words
grounded against the index) depends on the question string, the library's reports (units,
text: they change only with the index version and the catalog's report list) and the
tokenizer's dictionary (unit names are added as reports arrive), nothing else. The same
string is read more than once: an answer re-reads the plain form of its question or a
clause of it, a follow-up re-reads what it resolved to, a caller searches before it asks,
and chat users ask a question again. Kept here, a repeat costs one dict read.

The record is frozen (``retrieval.analysis.Analysis``, ``Concept``), so handing the same one
to every caller is safe. An entry is only used while the catalog holds the very report list
it was read against, at the same index version and dictionary generation.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from retrieval.analysis import Analysis

SIZE = 512  # questions kept (a few KB each); the least recently read goes first


class AnalysisMemo:
    def __init__(self) -> None:
        self._kept: OrderedDict[tuple, tuple[object, Analysis]] = OrderedDict()
        self._lock = threading.Lock()

    def read(self, key: tuple, infos: object, make: Callable[[], Analysis]) -> Analysis:
        """The analysis kept under ``key`` (question, index version, dictionary generation)
        when it was read against this same ``infos`` object; else ``make()``, kept."""
        with self._lock:
            got = self._kept.get(key)
            if got is not None and got[0] is infos:
                self._kept.move_to_end(key)
                return got[1]
        made = make()
        with self._lock:
            self._kept[key] = (infos, made)
            self._kept.move_to_end(key)
            while len(self._kept) > SIZE:
                self._kept.popitem(last=False)
        return made

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
