"""The cyclic garbage collector held off while one answer is composed.

A which-question over 10 000 reports builds tens of thousands of short-lived objects
(sentences, hits, citations, one verdict per unit) that all live until the answer is done:
the collector's young generations keep finding them alive and walking them again, about a
tenth of the answer's time. None of them form cycles that must be freed before the answer
ends (reference counting frees them), so collection waits until the last answer in flight
is done. Process-wide, hence counted: concurrent answers share one pause.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_state = {"depth": 0, "was_enabled": False}


@contextmanager
def collector_paused() -> Iterator[None]:
    with _lock:
        if _state["depth"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["depth"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["depth"] -= 1
            if _state["depth"] == 0 and _state["was_enabled"]:
                gc.enable()


def settle() -> None:
    """Put what is loaded by now out of the collector's reach.

    At 10k reports the index, vocabulary and tagger are millions of long-lived objects; a
    full collection that falls inside an answer walks them all (a 42 ms pause made one
    which-answer 174 ms, perf22). Frozen once the library is loaded (``warm_up``, and the
    bench after its warm-up asks), they are never walked again; what answers allocate is
    still collected. Unfrozen first, so an index a reload replaced (frozen by the catalog when
    it was loaded) is collected now rather than kept for good."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
