"""Chroma written from a process of its own while a large ingest runs.

Chroma's Rust binding holds the GIL through an upsert (perf9), and the ingest process's worker
pool needs that GIL to hand out jobs and take results, so while the ingest process wrote, both
workers sat idle (perf11's timeline). The writer process owns a client of its own and applies
the ingest's writes in the order they were sent: a report's record, its commit marker, still
follows its chunks and text, and the ingest process only pickles each batch onto a pipe from a
thread (writing to a pipe releases the GIL).

Nothing is lost: a writer that fails stops, so nothing sent after the failure is applied (a
commit never outruns its chunks), and the ingest process raises at its next call or wait
instead of hanging (it watches the process, not only the pipe); what was written and not
committed is removed by the next ingest's ``census``. A writer whose ingest process is
killed reads the pipe to its end and exits.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Sequence
from contextlib import AbstractContextManager
from multiprocessing.connection import wait

import numpy as np

from reportqa.errors import ReportQAError
from reportqa.faults import CrashPoints
from reportqa.settings import Settings
from reportqa.spawn_main import main_not_rerun
from reportqa.types import Chunk, Report, ReportInfo
from stores.records import mean_vector

log = logging.getLogger(__name__)

# write batches in flight (~10 MB each at 4 000 chunks): enough that the few a small ingest
# makes never wait (with two, the tail's third batch waited for the first, and the workers
# with it), and the batches handed over but not yet taken stay bounded (memory)
_AHEAD = 4
_DIED = (
    "写入索引的进程意外退出{why}：本次导入没有完成。已提交的报告不受影响，"
    "未提交的部分会在下次导入时清理，请重新运行导入。"
)
WRITES = ("put", "commit")  # what ``spans`` times as the Chroma write


class WriterError(ReportQAError):
    """The writer process died or failed: the ingest stops, the library stays consistent."""


class ChromaWriter(AbstractContextManager):
    """The store's writes, made by a spawned process; reads it needs during the ingest
    (``census``, ``reports``) are answered by the same process, in order with the writes."""

    def __init__(self, settings: Settings, embedder_name: str) -> None:
        import multiprocessing as mp

        ctx = mp.get_context("spawn")  # not fork: Chroma's threads
        commands, self._commands = ctx.Pipe(duplex=False)
        self._replies, replies = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(
            target=_serve,
            args=(commands, replies, settings, embedder_name),
            name="reportqa-chroma-writer",
            daemon=True,
        )
        with main_not_rerun():  # it serves Chroma only: the program's main is not its business
            self._proc.start()
        commands.close()
        replies.close()
        self._out: queue.Queue = queue.Queue()
        self._sender = threading.Thread(
            target=self._send_all, name="reportqa-writer-feed", daemon=True
        )  # daemon: never what keeps a failed command from exiting
        self._sender.start()
        self._sent = 0
        self._done = 0
        self._puts: deque[int] = deque()
        self._results: dict[int, object] = {}
        self._failure: BaseException | None = None
        # (kind, start, end) of every command, on the monotonic clock every process shares
        self.spans: list[tuple[str, float, float]] = []

    # ---- the store's calls ------------------------------------------------------------
    def put_chunks(self, items: Sequence[tuple[Report, Sequence[Chunk], np.ndarray]]) -> None:
        """Texts and chunks, uncommitted (``ChromaStore.put_chunks``). A chunk travels as its
        place (id, span, section): its text is a span of the report text sent with it."""
        wire = [(r, [(c.id, c.start, c.end, c.section_path) for c in cs], v) for r, cs, v in items]
        self._puts.append(self._submit("put", wire))
        while len(self._puts) > _AHEAD:
            self._wait_for(self._puts[0])

    def commit_reports(self, items: Sequence[tuple[Report, Sequence[Chunk], np.ndarray]]) -> None:
        self._submit("commit", [(r.info, mean_vector(v)) for r, _, v in items])

    def delete_stale(self, *reports: Report) -> None:
        self._submit("delete_stale", [r.info for r in reports])

    def update_info(self, info: ReportInfo) -> None:
        self._submit("update_info", info)

    def delete_reports(self, report_ids: Sequence[str]) -> None:
        self._submit("delete_reports", list(report_ids))

    def census(self, grace_seconds: float | None) -> tuple[int, dict[tuple[str, str], int]]:
        return self._ask("census", grace_seconds)  # type: ignore[return-value]

    def reports(self) -> list[ReportInfo]:
        return self._ask("reports", None)  # type: ignore[return-value]

    def write_seconds(self, until: float | None = None) -> float:
        """Time the writer spent writing chunks and commit records (the part of it before
        ``until``, a ``time.perf_counter`` reading: one clock for every process here)."""
        end = float("inf") if until is None else until
        return sum(max(0.0, min(t1, end) - t0) for kind, t0, t1 in self.spans if kind in WRITES)

    def sync(self) -> None:
        """Wait until everything sent so far is written."""
        self._wait_for(self._sent)

    # ---- the pipe -----------------------------------------------------------------------
    def _submit(self, kind: str, payload: object) -> int:
        self._take_replies()
        self._sent += 1
        self._out.put((self._sent, kind, payload))
        return self._sent

    def _ask(self, kind: str, payload: object) -> object:
        seq = self._submit(kind, payload)
        self._wait_for(seq)
        return self._results.pop(seq)

    def _send_all(self) -> None:
        while (msg := self._out.get()) is not None:
            try:
                self._commands.send(msg)
            except OSError:  # the writer is gone: the next wait says so
                return

    def _take_replies(self) -> None:
        """Take the replies that are in, without waiting; raise the writer's failure."""
        while self._failure is None and self._replies.poll():
            self._take_one()
        if self._failure is not None:
            raise self._failure

    def _take_one(self) -> None:
        """One reply; the pipe's end without one means the writer is gone."""
        try:
            reply = self._replies.recv()
        except (EOFError, OSError):
            self._gone()
        else:
            self._take(reply)

    def _take(self, reply) -> None:
        seq, ok, value, kind, t0, t1 = reply
        self.spans.append((kind, t0, t1))
        if not ok:
            self._failure = (
                value
                if isinstance(value, ReportQAError)
                else WriterError(_DIED.format(why=f"（{value}）"))
            )
            return
        self._done = seq
        while self._puts and self._puts[0] <= seq:
            self._puts.popleft()
        if value is not None:
            self._results[seq] = value

    def _gone(self) -> None:
        self._proc.join(5)
        self._failure = WriterError(_DIED.format(why=f"（退出码 {self._proc.exitcode}）"))

    def _wait_for(self, seq: int) -> None:
        """Replies up to ``seq``; a writer that is gone without them is an error, never a
        wait: the process's sentinel wakes this as its reply would."""
        while self._done < seq:
            self._take_replies()
            if self._done >= seq:
                return
            ready = wait([self._replies, self._proc.sentinel])
            if self._replies not in ready and not self._replies.poll():
                self._gone()  # and nothing more to read
            else:
                self._take_one()
            if self._failure is not None:
                raise self._failure

    # ---- lifetime -------------------------------------------------------------------------
    def close(self) -> None:
        """Everything written, then the process ended."""
        self._wait_for(self._submit("close", None))
        self._stop(wait_s=30)

    def __exit__(self, exc_type, *_) -> None:
        if exc_type is None and self._failure is None:
            self.close()
        else:  # what is uncommitted stays so; the next ingest's census removes it
            self._stop(wait_s=5)

    def _stop(self, wait_s: float) -> None:
        self._out.put(None)
        self._sender.join(wait_s)
        self._commands.close()
        self._proc.join(wait_s)
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join()
        self._replies.close()


# ---- inside the writer process ---------------------------------------------------------------
def _serve(commands, replies, settings: Settings, embedder_name: str) -> None:
    from stores.chroma import ChromaStore

    store = ChromaStore(settings, embedder_name)
    crash = CrashPoints(settings.test_crash_at)
    while True:
        try:
            seq, kind, payload = commands.recv()
        except EOFError:  # the ingest process is gone (or closed the pipe): nothing to do
            return
        t0 = time.perf_counter()
        try:
            value = _apply(store, kind, payload)
        except Exception as exc:  # reported, and nothing after it is applied
            log.exception("chroma writer: %s failed", kind)
            keep = exc if isinstance(exc, ReportQAError) else f"{type(exc).__name__}: {exc}"
            replies.send((seq, False, keep, kind, t0, time.perf_counter()))
            return
        replies.send((seq, True, value, kind, t0, time.perf_counter()))
        if kind == "put":
            crash.reached("writer_after_put")
        if kind == "close":
            return


def _apply(store, kind: str, payload):
    if kind == "put":
        store.put_chunks([(r, _chunks(r, places), v) for r, places, v in payload])
    elif kind == "commit":
        store.commit_records(payload)
    elif kind == "delete_stale":
        store.delete_stale(*(Report(info, "") for info in payload))
    elif kind == "update_info":
        store.update_info(payload)
    elif kind == "delete_reports":
        store.delete_reports(payload)
    elif kind == "census":
        return store.census(payload)
    elif kind == "reports":
        return store.reports()
    return None


def _chunks(report: Report, places) -> list[Chunk]:
    """The chunks' records need their ids, places and report only (no text)."""
    info = report.info
    return [
        Chunk(
            id=cid, report_id=info.report_id, text="", section_path=path, start=s, end=e, info=info
        )
        for cid, s, e, path in places
    ]
