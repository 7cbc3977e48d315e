"""The library in a process of its own: the web app's cold start on two cores.

Gradio's import and the page (~3-4 s of CPU) and the library's opening and warm-up (~3 s:
the index, jieba's tagger, the gazetteer) are both Python bytecode; in one process they
share one GIL, so a warm-up thread only interleaves them and the start costs their sum. A
child process started before Gradio is imported opens and warms the library on the other
core meanwhile; the page then waits only for the longer of the two.

The child is a use-case server and nothing more: it runs ``port.LocalLibrary`` and answers
``port.CALLS`` sent over a pipe as pickled tuples; results, events of a streamed answer,
upload progress and errors come back the same way, as the typed values the page renders
(never rendered text). Per-user state stays in the page: each call carries what it needs.
Calls run on threads in the child, as they did on Gradio's threads in one process, so
sessions still answer at once.

Lifetime: ``close`` is registered with ``atexit`` (it tells the child to stop and waits);
if the app dies without exiting, the pipe's end closes with it and the child, blocked
reading that pipe, ends too. The child is not a ``multiprocessing`` daemon: an upload of
several files starts ingest workers from it, and a daemon may have no children. Ctrl-C is
the app's to handle, so the child ignores SIGINT.
"""

from __future__ import annotations

import atexit
import itertools
import logging
import os
import pickle
import queue
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from reportqa.errors import ReportQAError
from webapp.idle_warm import Activity, warm_when_idle
from webapp.port import CALLS, STREAMS

if TYPE_CHECKING:  # never imported here: the app starts the child before it has settings
    from reportqa.settings import Settings

log = logging.getLogger(__name__)
ANSWERS = frozenset({"answer", "ask_json"})  # the calls that answer a user's question

GONE = "报告库进程已退出（原因见服务器日志），请重启应用后重试。"
OPEN_FAILED = "reportqa: 无法打开索引（原因见上方错误）。请检查 REPORTQA_DATA_DIR，或重新导入报告。"
_READY = 0  # the request id of the child's first message: opened (or not)
_CALL_THREADS = 16  # more than Gradio's default_concurrency_limit: calls never queue here


_early: list[RemoteLibrary] = []  # the child ``start_early`` started, until ``take_early``


def start_early() -> None:
    """Start the library's process first thing, before the app imports its settings
    (pydantic, ~0.2 s of CPU) and Gradio, where a second core can run it (the default of
    ``app_library_process``). An entry point calls this before anything else; ``prepare``
    takes the child and sends it the settings, or lets it go when they say no."""
    if not _early and (os.cpu_count() or 1) > 1:
        _early.append(RemoteLibrary())


def take_early(settings: Settings) -> RemoteLibrary | None:
    """The child ``start_early`` started, given ``settings``; ``None`` when there is none or
    the settings keep the library in the app's process (that child then ends on its own,
    its imports wasted on the other core; it is not waited for)."""
    if not _early:
        return None
    remote = _early.pop()
    if settings.app_library_process:
        remote.open(settings)
        return remote
    remote.discard()
    return None


class LibraryGone(ReportQAError):
    """The library's process ended: no call can be answered until the app restarts."""


class RemoteLibrary:
    """``port.LocalLibrary``'s calls, served by a child process that this starts at once.

    Without settings the child is started bare: it imports the library's modules (~0.6 s
    of CPU: pydantic, numpy, scipy.sparse, jieba) on the other core while the app is still
    importing its own settings, and opens the library once ``open`` sends them."""

    def __init__(self, settings: Settings | None = None) -> None:
        import multiprocessing

        from reportqa.spawn_main import main_not_rerun

        self.settings = settings
        ctx = multiprocessing.get_context("spawn")  # a fork would copy the app's threads
        self._conn, child_end = ctx.Pipe()
        with main_not_rerun():
            self._proc = ctx.Process(
                target=serve_library, args=(child_end,), name="reportqa-library"
            )
            self._proc.start()
        child_end.close()  # only the child holds it now: its end closes when the child dies
        self.pid = self._proc.pid
        self._send_lock = threading.Lock()
        self._ids = itertools.count(_READY + 1)
        self._waiting: dict[int, queue.SimpleQueue] = {_READY: queue.SimpleQueue()}
        self._gone = False
        threading.Thread(target=self._read, name="reportqa-library-reader", daemon=True).start()
        atexit.register(self.close)
        if settings is not None:
            self.open(settings)

    def open(self, settings: Settings) -> None:
        """Hand the child the settings it opens the library with (once)."""
        self.settings = settings
        level = logging.getLogger().getEffectiveLevel()  # the app's, configured by now
        try:
            with self._send_lock:
                self._conn.send((settings, level))
        except (OSError, ValueError):  # gone already: ``wait_ready`` says so
            log.warning("the library's process ended before it was given its settings")

    def wait_ready(self) -> None:
        """Until the child has opened and warmed the library; ``SystemExit`` with the same
        Chinese message as in one process when it could not."""
        kind, payload = self._waiting[_READY].get()
        self._waiting.pop(_READY, None)
        if kind != "ready":
            log.error("the library's process could not open the library: %s", payload)
            self.close()
            raise SystemExit(OPEN_FAILED)

    # ---- the calls ---------------------------------------------------------------------
    def __getattr__(self, name: str):
        if name not in CALLS:
            raise AttributeError(name)
        if name in STREAMS:
            return lambda *args, **kwargs: self._stream(name, args, kwargs)
        return lambda *args, progress=None, **kwargs: self._call(name, args, kwargs, progress)

    def _start(
        self, name: str, args: tuple, kwargs: dict, progress: bool
    ) -> tuple[int, queue.SimpleQueue]:
        rid = next(self._ids)
        box: queue.SimpleQueue = queue.SimpleQueue()
        self._waiting[rid] = box
        try:
            if self._gone:
                raise OSError("gone")
            with self._send_lock:
                self._conn.send((rid, name, args, kwargs, progress))
        except (OSError, ValueError) as exc:
            self._waiting.pop(rid, None)
            raise LibraryGone(GONE) from exc
        return rid, box

    def _call(self, name: str, args: tuple, kwargs: dict, progress=None):
        rid, box = self._start(name, args, kwargs, progress is not None)
        try:
            while True:
                kind, payload = box.get()
                if kind == "progress" and progress is not None:
                    progress(*payload)
                elif kind == "result":
                    return payload
                elif kind == "error":
                    raise payload
        finally:
            self._waiting.pop(rid, None)

    def _stream(self, name: str, args: tuple, kwargs: dict) -> Iterator:
        rid, box = self._start(name, args, kwargs, False)
        try:
            while True:
                kind, payload = box.get()
                if kind == "item":
                    yield payload
                elif kind == "end":
                    return
                elif kind == "error":
                    raise payload
        finally:  # a stream the page stopped reading: later events are dropped
            self._waiting.pop(rid, None)

    def _read(self) -> None:
        """One reader hands every message to the call waiting for it."""
        try:
            while True:
                rid, kind, payload = self._conn.recv()
                box = self._waiting.get(rid)
                if box is not None:
                    box.put((kind, payload))
        except (EOFError, OSError):
            pass
        self._gone = True
        for box in list(self._waiting.values()):
            box.put(("error", LibraryGone(GONE)))

    def _say_stop(self) -> None:
        """Ask the child to end; a pipe already closed means it has ended."""
        atexit.unregister(self.close)
        try:
            with self._send_lock:
                self._conn.send(None)
        except (OSError, ValueError):
            pass

    def discard(self) -> None:
        """Tell a child that was never opened to end, without waiting for it."""
        self._say_stop()

    def close(self) -> None:
        """Stop the child (it finishes the calls it is running) and wait for it."""
        self._say_stop()
        self._proc.join(timeout=10)
        if self._proc.is_alive():
            self._proc.terminate()
            self._proc.join(timeout=5)
        self._conn.close()


# ---- the child ---------------------------------------------------------------------------


def serve_library(conn) -> None:
    """The child's whole life: import the library, wait for the app's settings, open the
    library, say so, answer calls until the app closes the pipe (or dies)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    send_lock = threading.Lock()
    try:
        _import_library()
        try:
            first = conn.recv()
        except (EOFError, OSError):  # the app ended before it had settings
            return
        if first is None:  # the app decided to keep its library in its own process
            return
        settings, level = first
        logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
        library = _open(settings)
    except BaseException as exc:  # whatever it was, the app must hear it
        log.exception("the library could not be opened")
        conn.send((_READY, "failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send((_READY, "ready", os.getpid()))
    library.app.catalog.check_in_background()
    activity = Activity()
    warm_when_idle(activity)  # what no start-up answer needs, after the first answer
    with ThreadPoolExecutor(_CALL_THREADS, thread_name_prefix="reportqa-call") as pool:
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):  # the app is gone: so is its library
                break
            if message is None:
                break
            activity.begin()
            pool.submit(_answer_call, library, conn, send_lock, message, activity)


def _import_library() -> None:
    """The modules ``_open`` needs, imported before the settings arrive (the import is the
    part of the child's start that needs nothing from the app)."""
    import answering.collector  # noqa: F401
    import library  # noqa: F401
    import webapp.port  # noqa: F401


def _open(settings: Settings):
    """What the app did on its warm-up thread: build, open the local copy, warm up."""
    from answering.collector import collector_paused
    from library import build
    from webapp.port import LocalLibrary

    with collector_paused():  # start-up allocates what lives as long as the process
        app = build(settings)
        app.catalog.open_local()
        app.service.warm_up()  # ends with ``settle``: the library is frozen
    return LocalLibrary(app)


def _answer_call(
    library, conn, send_lock: threading.Lock, message: tuple, activity: Activity
) -> None:
    try:
        _answer(library, conn, send_lock, message)
    finally:
        activity.end(answered=message[1] in ANSWERS)


def _answer(library, conn, send_lock: threading.Lock, message: tuple) -> None:
    rid, name, args, kwargs, wants_progress = message

    def send(kind: str, payload) -> None:
        with send_lock:
            conn.send((rid, kind, payload))

    try:
        if name not in CALLS:
            raise ReportQAError(f"未知的调用：{name}")
        if wants_progress:
            kwargs = {**kwargs, "progress": lambda *p: send("progress", p)}
        result = getattr(library, name)(*args, **kwargs)
        if name in STREAMS:
            for item in result:
                send("item", item)
            send("end", None)
        else:
            send("result", result)
    except (EOFError, OSError):  # the app is gone
        return
    except Exception as exc:
        if not isinstance(exc, ReportQAError):
            log.exception("%s failed in the library's process", name)
        try:
            send("error", _portable(exc))
        except (EOFError, OSError):
            return


def _portable(exc: Exception) -> Exception:
    """The exception itself when it survives pickling (a ``ReportQAError`` keeps its
    Chinese message and its class), else one that says what it was."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # any failure to round-trip: describe it
        return RuntimeError(f"{type(exc).__name__}: {exc}")
