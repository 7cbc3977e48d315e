"""Memory a write freed given back to the system before the next step builds on top of it.

Two facts about a CPython process on glibc make freed memory stay in its RSS:

- the catalog freezes the loaded library out of the cyclic collector (``gc.freeze``), so
  garbage in reference cycles among what a refresh replaced is never collected until the
  freeze is lifted (``answering.collector.settle`` lifts it, collects, freezes again);
- glibc's ``malloc`` keeps freed blocks in its heaps for reuse: after an ingest's batches and
  a refresh's temporaries are freed, the pages stay resident unless ``malloc_trim`` hands
  the free ones back, and the next step's peak (the refresh after an ingest, the prune after
  an update) then lies on top of them (perf47: the churn at 10 000 reports).

Both cost milliseconds to a few tenths of a second, against the seconds of a write.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from functools import cache

log = logging.getLogger(__name__)


@cache
def _trim():
    """glibc's ``malloc_trim``, or None elsewhere (musl, macOS, Windows: nothing to do)."""
    name = ctypes.util.find_library("c")
    try:
        trim = ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None
    if trim is not None:
        trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def give_back() -> None:
    """Collect what a write left (frozen cycles included) and return the free heap pages."""
    from answering.collector import settle

    settle()
    trim = _trim()
    if trim is not None:
        trim(0)
