"""What the library's process loads once it is ready and idle: the parts no start-up answer
needs, loaded before a user's question does, without slowing an answer being composed.

A rule that reads a word's part of speech by jieba's plain dictionary
(``answering.narrowing``) uses ``jieba.posseg``, whose import decodes jieba's 349 000-line
``dict.txt`` into a word-tag table (~0.6 s of CPU, ~50 MB). The warm-up question does not
read it, so it no longer holds the library's readiness back (the app's cold start waited on
it). Imported while an answer runs, it would share that answer's GIL and slow it by as
much; so it waits until no call has run for ``QUIET_S`` — a served page is read and a
question typed before anyone asks, and the first answer after start (the bench asks at
once) is not slowed. A process kept busy without pause never gets here: the first question
that needs the table imports it, as any lazy import. Either way the process ends up holding
what it held before. jieba's prefix dictionary (~1.5 s, ~70 MB) stays with the first
question whose rule cuts a word with it, as before: most processes never need it.
"""

from __future__ import annotations

import logging
import threading
import time

log = logging.getLogger(__name__)

QUIET_S = 1.0  # no call begun or ended for this long: nobody is waiting on this process


class Activity:
    """How many calls are running and when one last began or ended. ``begin`` is called
    when a call is received (before it is handed to a thread), ``end`` when it is done."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._last = time.monotonic()

    def begin(self) -> None:
        with self._lock:
            self._running += 1
            self._last = time.monotonic()

    def end(self) -> None:
        with self._lock:
            self._running -= 1
            self._last = time.monotonic()

    def wait_quiet(self, quiet: float) -> None:
        """Return once no call is running and none began or ended for ``quiet`` seconds."""
        while True:
            with self._lock:
                running, since = self._running, time.monotonic() - self._last
            if not running and since >= quiet:
                return
            time.sleep(quiet - since if not running else quiet)


def warm_late() -> None:
    """Import what only some questions need (see the module's docstring).
    ``collector_paused`` keeps the table, which lives as long as the process, out of the
    collector's walks, as ``settle`` does for the library."""
    from answering.collector import collector_paused

    try:
        with collector_paused():
            import jieba.posseg  # noqa: F401
    except Exception:  # the question that needs it will import it (and say what fails)
        log.warning("late warm-up failed", exc_info=True)


def warm_when_idle(activity: Activity, quiet: float = QUIET_S) -> threading.Thread:
    """``warm_late`` on a daemon thread once ``activity`` has been quiet for ``quiet`` s."""

    def run() -> None:
        activity.wait_quiet(quiet)
        warm_late()

    thread = threading.Thread(target=run, name="reportqa-late-warm-up", daemon=True)
    thread.start()
    return thread
