"""Who keeps something per library version, told before the next version's index is built.

A reader (the retriever) keeps facts of the library per index version — simplified chunk
texts, sentences as judged, rows holding a string — checked against the version when read,
so none is ever served for another version. Checked lazily, they stayed alive until the
next question; through a write in the same process (an ingest, a prune, the bench's churn)
that was while the catalog built the new index beside the old one, at its memory peak.
Told at the start of a refresh that changes the version, they are let go before it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable


class ChangeListeners:
    def __init__(self) -> None:
        self._refs: list[weakref.WeakMethod] = []

    def add(self, forget: Callable[[], None]) -> None:
        """``forget``, a bound method, is held weakly: a listener no longer used by anything
        else (a retriever built for one test, one request) is not kept alive by this."""
        self._refs.append(weakref.WeakMethod(forget))

    def tell(self) -> None:
        """Each live listener's ``forget`` called, in the order they were added."""
        live = [ref for ref in self._refs if ref() is not None]
        self._refs = live
        for ref in live:
            forget = ref()
            if forget is not None:
                forget()
