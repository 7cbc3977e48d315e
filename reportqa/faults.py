"""Named crash points: a test hook that makes crash-safety tests deterministic.

Killing an ingest from outside races the machine's speed (it may finish first, or die before
the window that matters). Instead a test names the point where the ingest must die, through
``Settings.test_crash_at`` (env ``REPORTQA_TEST_CRASH_AT``), and checks that it got there:
the process ends by SIGKILL (exit code -9), exactly as after a power cut or the OOM killer,
so no ``finally`` or atexit handler runs. Unset (the default), the hook does nothing.

Value: ``<point>[:<n>]`` dies the n-th time (default 1st) the point is reached;
``hold:<point>[:<n>]`` stops there instead (until killed from outside), for a test that must
look at the process, e.g. its worker processes, before it kills it.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import time

log = logging.getLogger(__name__)

# the points the ingest honours, in the order it reaches them
POINTS = (
    # a pooled ingest wrote a batch's chunks and texts while reading; none of them committed
    "after_early_write",
    "after_tokens",  # one report tokenised and its tokens cached; its record not in Chroma yet
    "before_stale_delete",  # an updated report's new version committed, old chunks still there
    "after_flush",  # one write batch committed; the reports of later batches not written
    # the writer process of a pooled ingest (``stores.chroma_writer``) wrote a batch of chunks
    # and texts: there it is the writer that dies, and the ingest process must fail, not hang
    "writer_after_put",
)
HELD = "reportqa test hook: holding at"  # the line a held process writes to stderr


class CrashPoints:
    """Counts how often each point is reached in one ingest and acts on the named one."""

    def __init__(self, spec: str) -> None:
        self._hold = spec.startswith("hold:")
        point, _, nth = spec.removeprefix("hold:").partition(":")
        if point and point not in POINTS:
            raise ValueError(f"unknown crash point {point!r}; one of {', '.join(POINTS)}")
        self._point = point
        self._nth = int(nth or 1)
        self._seen = 0

    def reached(self, point: str) -> None:
        if point != self._point:
            return
        self._seen += 1
        if self._seen != self._nth:
            return
        if self._hold:
            sys.stderr.write(f"{HELD} {point}:{self._nth}\n")
            sys.stderr.flush()
            while True:  # until the test kills this process
                time.sleep(3600)
        log.warning("test hook: SIGKILL at %s:%d", point, self._nth)
        os.kill(os.getpid(), signal.SIGKILL)
