"""What the library's process loads once it is ready and idle: the parts no start-up answer
needs, loaded before a user's question does, without slowing an answer being composed.

A rule that reads a word's part of speech by jieba's plain dictionary
(``answering.narrowing``) uses ``jieba.posseg``, whose import decodes jieba's 349 000-line
``dict.txt`` into a word-tag table (~0.6 s of CPU, ~50 MB). The warm-up question does not
read it, so it no longer holds the library's readiness back (the app's cold start waited on
it). Imported while an answer runs, it would share that answer's GIL and slow it by as
much; so it waits until the first answer has been sent and no call has run for ``QUIET_S``
since. Quiet alone was not enough: the app's own start (Gradio's import, the page) keeps
the library's process idle for more than ``QUIET_S`` after it is ready, so the import began
then and a question asked the moment the page opened met it halfway (the first answer 4 →
40 ms, perfc28). After an answer the user reads it before asking again, which is the quiet
this waits for. A process that is never asked, or kept busy without pause, never gets here:
the first question that needs the table imports it, as any lazy import. Either way the process ends up holding
what it held before. jieba's prefix dictionary (~1.5 s, ~70 MB) stays with the first
question whose rule cuts a word with it, as before: most processes never need it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

QUIET_S = 1.0  # no call begun or ended for this long: nobody is waiting on this process


class Activity:
    """How many calls are running, when one last began or ended, and whether an answer has
    been sent. ``begin`` is called when a call is received (before it is handed to a
    thread), ``end`` when it is done (``answered``: the call was a question's answer)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._last = time.monotonic()
        self._answered = threading.Event()

    def begin(self) -> None:
        with self._lock:
            self._running += 1
            self._last = time.monotonic()

    def end(self, answered: bool = False) -> None:
        with self._lock:
            self._running -= 1
            self._last = time.monotonic()
        if answered:
            self._answered.set()

    def wait_answered(self, timeout: float | None = None) -> bool:
        """Return once a call that answered a question has ended (True), or after
        ``timeout`` seconds without one (False)."""
        return self._answered.wait(timeout)

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


def warm_when_idle(
    activity: Activity, quiet: float = QUIET_S, warm: Callable[[], None] = warm_late
) -> threading.Thread:
    """``warm`` (``warm_late``) on a daemon thread once ``activity`` has answered a question
    and been quiet for ``quiet`` s since."""

    def run() -> None:
        activity.wait_answered()
        activity.wait_quiet(quiet)
        warm()

    thread = threading.Thread(target=run, name="reportqa-late-warm-up", daemon=True)
    thread.start()
    return thread
