"""The cyclic garbage collector held off while one answer is composed.

A which-question over 10 000 reports builds tens of thousands of short-lived objects
(sentences, hits, citations, one verdict per unit) that all live until the answer is done:
the collector's young generations keep finding them alive and walking them again, about a
tenth of the answer's time. None of them form cycles that must be freed before the answer
ends (reference counting frees them), so collection waits until the last answer in flight
is done. Process-wide, hence counted: concurrent answers share one pause.

When the pause ends, what the answer made and still holds (its ~3 000 quotes, their
citations, one verdict per unit: ~18 000 objects and ~100 000 references at 10 000 reports)
is all young, and the first allocation after re-enabling made the collector walk it: a
young collection that found nothing (the answer is handed back, then freed by reference
counting) and cost about a tenth of the answer. So what is young when the last pause ends
is frozen instead, as ``settle`` freezes the library: frozen objects are still freed by
reference counting, only never walked. Answers make no cycles (none found over the bench's
question mix at 10 000 reports), but code between answers may, and a frozen cycle is kept:
every ``RESETTLE``-th pause ends with ``settle`` (one full collection), which bounds them.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

RESETTLE = 200  # pauses between full collections (a frozen cycle lives at most this long)
_lock = threading.RLock()  # a finalizer run by ``settle`` may pause too
_state = {"depth": 0, "was_enabled": False, "frozen": 0}


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
                _state["frozen"] += 1
                if _state["frozen"] >= RESETTLE:
                    _state["frozen"] = 0
                    settle()
                else:
                    gc.freeze()  # the answer's objects: never walked, freed by refcount
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
