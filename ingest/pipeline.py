"""Ingest: report files → cleaned text → section chunks with metadata → Chroma.

Incremental by construction: a report's id is its path, its content hash decides whether it
changed, and chunk ids derive from content, so re-ingesting unchanged files writes nothing.
One bad file is reported and skipped; it never stops the batch.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from ingest.file_marks import FileMarks, Mark, override_key, reader_key
from ingest.limits import LoadLimits
from ingest.loaders import iter_report_files
from ingest.pending import Pending, first_part, put_uncommitted, travels
from ingest.result import IngestResult
from ingest.sidecar import sidecar_or_failed
from ingest.versions import CHUNKING, DERIVED, LISTED, parse_report, report_info
from ingest.workers import (
    PARALLEL_MIN_BYTES,
    Jobs,
    Parsed,
    ParseSpec,
    WorkerPool,
    in_order,
    parse_all,
    tokenize_all,
)
from reportqa.faults import CrashPoints
from reportqa.locking import index_lock
from reportqa.ports import ChunkStore, Embedder, TokenStore
from reportqa.settings import Settings
from reportqa.text import Tokenizer, index_text
from reportqa.types import Chunk, Report, ReportInfo, short_hash

__all__ = ["CHUNKING", "IngestResult", "Ingestor", "Progress", "parse_report", "report_info"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
WRITER_BATCHES = 3  # see ``Ingestor._start_writer``
AHEAD_CHUNKS = 1000  # see ``Ingestor._write``: ~0.15 s of Chroma holding the GIL


class Ingestor:
    def __init__(
        self,
        settings: Settings,
        store: ChunkStore,
        tokenizer: Callable[[], Tokenizer],
        embedder: Embedder,
        tokens: TokenStore,
        domain_terms: Sequence[str] = (),
    ) -> None:
        self._settings = settings
        self._store = store
        # asked for only when tokens are made here (its jieba trie and records: ~1.5 s)
        self._tokenizer = tokenizer
        self._embedder = embedder
        self._tokens = tokens
        self._terms = list(domain_terms)
        self._crash = CrashPoints("")
        # the chunks committed here, by report version, for the refresh (no read back)
        self.committed: dict[tuple[str, str], list[Chunk]] = {}
        self.committed_vectors: dict[str, np.ndarray] = {}  # by report id, rows as chunks
        self._pool: WorkerPool | None = None  # up during a large ingest only
        self._sink = store  # or with the pool a writer process (Chroma's writes hold a GIL)
        self._units: set[str] = set()  # unit names the library's tokenizer learns at the end
        self._listed: dict[str, ReportInfo] = {}  # asking the writer waits for its writes
        self._marks = FileMarks(settings.index_dir / "files.json", "")
        self._progress: Progress = lambda *_: None
        self._written: set[str] = set()  # report ids whose chunks are in, not yet committed
        self._unwritten = 0  # pending reports from here on are not written yet

    def ingest(
        self, paths: Iterable[Path], prune: bool = False, progress: Progress | None = None
    ) -> IngestResult:
        with index_lock(self._settings.data_dir, self._settings.ingest_lock_wait_seconds):
            self._crash = CrashPoints(self._settings.test_crash_at)
            return self._ingest(list(paths), prune, progress or (lambda *_: None))

    def _ingest(self, paths: list[Path], prune: bool, progress: Progress) -> IngestResult:
        with contextlib.ExitStack() as stack:
            result, existing, seen_ids = self._read_and_write(paths, progress, stack)
            if prune:
                gone = [i for rid, i in existing.items() if rid not in seen_ids]
                gone = [i for i in gone if not Path(i.path).exists()]
                self._sink.delete_reports([info.report_id for info in gone])
                for info in gone:
                    self._marks.forget(info.path)
                    result.removed += 1
                    result.statuses.append({"source": info.source, "status": "removed"})
            result.reports = self._sink.reports()
        self._pool, self._sink = None, self._store
        self._marks.save()  # once every write is in (the writer process has ended)
        if self._units:  # a pooled ingest's tokens were made by the workers
            self._tokenizer().add_words(self._units)
            self._units = set()
        return result

    def _read_and_write(
        self, paths: list[Path], progress: Progress, stack: contextlib.ExitStack
    ) -> tuple[IngestResult, dict[str, ReportInfo], set[str]]:
        """Read the new and changed files and commit them (the worker pool, when one is
        started, lives on ``stack``); also the library's reports before, and the ids of
        every report the files gave."""
        result = IngestResult()
        st = self._settings
        spec = ParseSpec(
            LoadLimits.from_mb(
                st.max_file_mb, st.max_unpacked_mb, st.max_pdf_pages, st.max_text_mb
            ),
            st.chunk_max_chars,
            st.chunk_min_chars,
        )
        self._marks = FileMarks(st.index_dir / "files.json", reader_key(CHUNKING, DERIVED, spec))
        missing = [p for p in paths if not p.exists()]
        for p in missing:
            result.failed.append({"source": str(p), "error": "文件或目录不存在 / no such file"})
        files = list(iter_report_files([p for p in paths if p.exists()]))
        sidecars = {f.parent: {} for f in files}
        for folder in sidecars:
            sidecars[folder] = sidecar_or_failed(folder, result)
        overrides = [sidecars[f.parent].get(f.name) for f in files]
        # files the marks do not know unchanged will most likely be read: with enough of them
        # the workers (and the writer) start now, while the library is taken stock of
        likely = 0
        for f in files:
            likely += self._marks.changed_bytes(f)
            if likely >= PARALLEL_MIN_BYTES and self._pool is None:
                self._start_pool(stack, likely, len(files))
        self._start_writer(stack, likely)
        # with a portable embedder the workers embed what they read, and the reports read
        # are written to Chroma (uncommitted) while the others are still being read
        early = self._pool is not None and travels(self._embedder)
        spec = replace(spec, embedder=self._embedder, ids=True) if early else spec
        if early and self._sink is self._store:  # the workers pack the texts written here
            spec = replace(spec, pack=getattr(self._store, "text_packer", None))
        # files read whatever the library holds are read now, while the census is taken
        sure = [i for i, f in enumerate(files) if self._pool and self._marks.surely_read(f)]
        ahead = parse_all(self._pool, [files[i] for i in sure], [overrides[i] for i in sure], spec)
        grace = 0.0 if st.chroma_server is None else 3600.0
        orphans, stored = self._sink.census(grace)  # one pass over the chunks for both
        if orphans:  # repair an interrupted ingest
            log.info("removed %d chunks left by an interrupted ingest", orphans)
        existing = {i.report_id: i for i in self._sink.reports()}
        if self._sink is not self._store:  # this process reads the store after the ingest
            threading.Thread(target=self._open_store, daemon=True).start()
        self._listed = dict(existing)  # the records as they stand until this ingest commits
        by_hash = {i.content_hash: i for i in existing.values()}
        pending: list[Pending] = []
        seen_ids: set[str] = set()
        self._progress = progress
        todo: list[int] = []
        for i, (f, o) in enumerate(zip(files, overrides, strict=True)):
            rid = self._known(f, o, existing, stored, result)
            if rid:
                seen_ids.add(rid)
                progress(len(seen_ids), len(files), f"读取 {f.name}")
            else:
                todo.append(i)
        if self._pool is None:
            self._start_pool(stack, sum(files[i].stat().st_size for i in todo), len(todo))
        read = set(sure)
        rest = [i for i in todo if i not in read]
        parsed = in_order(
            todo,
            read,
            iter(ahead),
            iter(
                parse_all(self._pool, [files[i] for i in rest], [overrides[i] for i in rest], spec)
            ),
        )
        self._written, self._unwritten = set(), 0
        for n, one in enumerate(parsed, len(files) - len(todo) + 1):
            rid = self._take(one, n, len(files), existing, stored, by_hash, pending, result)
            if rid:
                seen_ids.add(rid)
            if early and self._sink is not self._store:
                self._write_early(pending, self._settings.ingest_batch_chunks)
        self._write(pending, result, progress)
        return result, existing, seen_ids

    def _open_store(self) -> None:
        try:  # this process's client, opened while the writer writes (the refresh reads it)
            self._store.open()
        except Exception:  # the refresh's own open raises it to its caller
            log.debug("opening the store ahead failed", exc_info=True)

    def _start_pool(self, stack: contextlib.ExitStack, size: int, files: int) -> None:
        """The worker pool, for a batch large enough to pay its start-up."""
        workers = min(self._settings.ingest_workers, os.cpu_count() or 1, files)
        if self._pool is None and workers > 1 and size >= PARALLEL_MIN_BYTES:
            self._pool = stack.enter_context(WorkerPool(workers, self._terms))
            self._pool.start()

    def _start_writer(self, stack: contextlib.ExitStack, size: int) -> None:
        """A process of its own for the Chroma writes when a pooled ingest has more than
        ``WRITER_BATCHES`` batches to write (chunks ≤ ``chunk_max_chars``, ~3 bytes a char): one
        more interpreter and Chroma import, which 2 batches (165 reports) did not pay, 8 did."""
        st = self._settings
        spawn = getattr(self._store, "spawn_writer", None)
        batches = size / (3 * st.chunk_max_chars * st.ingest_batch_chunks)
        if self._pool is not None and spawn is not None and batches > WRITER_BATCHES:
            self._sink = stack.enter_context(spawn())

    def _known(
        self,
        path: Path,
        override: dict[str, str] | None,
        existing: dict[str, ReportInfo],
        stored: dict[tuple[str, str], int],
        result: IngestResult,
    ) -> str | None:
        """The id of a file known unchanged without reading it (``file_marks``), counted."""
        resolved = str(path.resolve())
        old = existing.get(short_hash(resolved, n=16))
        if old is None or stored.get((old.report_id, old.content_hash)) != old.chunks:
            return None
        if not self._marks.unchanged(path, resolved, override_key(override), old.content_hash):
            return None
        result.skipped += 1
        result.statuses.append({"source": path.name, "status": "unchanged"})
        return old.report_id

    def _take(
        self,
        one: Parsed,
        n: int,
        total: int,
        existing: dict[str, ReportInfo],
        stored: dict[tuple[str, str], int],
        by_hash: dict[str, ReportInfo],
        pending: list[Pending],
        result: IngestResult,
    ) -> str | None:
        """Decide for one parsed file: failed, unchanged (metadata maybe corrected),
        duplicate of another file, or new/updated and so pending. Returns its report id
        (None when it could not be read)."""
        path, text = one.path, one.text
        self._progress(n, total, f"读取 {path.name}")
        if one.values is None:
            self._marks.forget(str(path.resolve()))
            result.failed.append({"source": str(path), "error": one.error})
            result.statuses.append({"source": path.name, "status": "failed", "error": one.error})
            return None
        info = report_info(path, text, one.values, one.sources or {})
        old = existing.get(info.report_id)
        complete = old is not None and stored.get((old.report_id, old.content_hash)) == old.chunks
        if old and old.content_hash == info.content_hash and complete:
            if LISTED(old) != LISTED(info):
                self._sink.update_info(info.with_chunks(old.chunks))
                self._listed[info.report_id] = info
            self._mark(one, info)
            result.skipped += 1
            result.statuses.append({"source": path.name, "status": "unchanged"})
            return info.report_id
        twin = by_hash.get(info.content_hash)
        if twin and twin.report_id != info.report_id and Path(twin.path).exists():
            result.skipped += 1
            result.duplicates.append({"source": path.name, "duplicate_of": twin.source})
            result.statuses.append(
                {"source": path.name, "status": "duplicate", "duplicate_of": twin.source}
            )
            return info.report_id
        spans = list(one.spans)
        self._mark(one, info)
        by_hash[info.content_hash] = info
        report = Report(info.with_chunks(len(spans)), text)
        status = "updated" if old else "added"
        pending.append(Pending(report, spans, status, one.vectors, one.packed, one.ids))
        return info.report_id

    def _mark(self, one: Parsed, info: ReportInfo) -> None:
        """Remember the file as giving this version (saved only once the ingest committed)."""
        if one.stat is not None:
            mark = Mark(*one.stat, one.override, info.content_hash, time.time_ns())
            self._marks.note(info.path, mark)

    def _write_early(self, pending: list[Pending], step: int, rest: bool = False) -> None:
        """The chunks and texts of the reports read so far, per ``step`` chunks (with ``rest``
        all), so the Chroma writes overlap the workers. Nothing is committed here: a report's
        record, its commit marker, is written in ``_flush`` after its tokens are cached;
        chunks without one are served by no reader and removed by ``census``."""
        while n := first_part(pending[self._unwritten :], step, rest):
            part = pending[self._unwritten : self._unwritten + n]
            self._unwritten += n
            put_uncommitted(self._sink, part, keep=rest)
            self._written.update(p.report.report_id for p in part)
            self._reached("after_early_write")

    def _write(self, pending: list[Pending], result: IngestResult, progress: Progress) -> None:
        if not pending:
            return
        units = {p.report.info.township for p in pending} | {p.report.info.county for p in pending}
        units |= {i.township for i in self._listed.values()}
        if self._pool is None:
            self._tokenizer().add_words(u for u in units if u)
        else:  # not needed here before the end: the workers make the tokens
            self._units = {u for u in units if u}
        jobs = Jobs(pending)
        words = sorted(u for u in units if u)
        total = len(pending)
        status = {p.report.report_id: p.status for p in pending}
        batch: list[tuple[Report, list[Chunk], np.ndarray]] = []
        batch_size = 0
        embedded = all(p.vectors is not None for p in pending)
        tokenized = zip(
            pending,
            tokenize_all(
                self._pool, jobs, words, self._tokenizer, (self._tokens, self._embedder), embedded
            ),
            strict=True,
        )
        if embedded and self._pool is not None and self._sink is self._store:
            # not while the workers read: an upsert holds this process's GIL, which their
            # jobs and results need (they idled, perf18); their tokens are asked for first
            self._write_early(pending, AHEAD_CHUNKS, rest=True)
        for done, (p, (toks, vectors, held)) in enumerate(tokenized, 1):
            # from here on the batch holds the report (the tokenizer has read past its text)
            pending[done - 1] = None
            info = p.report.info
            chunks = p.chunks()
            if toks is not None:  # else a worker cached them (and maybe embedded the chunks)
                by_id = {c.id: t for c, t in zip(chunks, toks, strict=True)}
                self._tokens.put(info.report_id, info.content_hash, by_id)
            elif held is not None:  # for the refresh (only a ``TokenCache`` is handed these)
                self._tokens.hold(info.report_id, info.content_hash, held)
            self._reached("after_tokens")
            vectors = p.vectors if vectors is None else vectors
            if vectors is None:
                vectors = self._embedder.embed([index_text(c.section_path, c.text) for c in chunks])
            batch.append((p.report, chunks, vectors))
            batch_size += len(chunks)
            progress(done, total, f"分词 {info.source}")
            if batch_size >= self._settings.ingest_batch_chunks:
                self._flush(batch, status, total, result, progress)
                batch, batch_size = [], 0
        self._flush(batch, status, total, result, progress)

    def _flush(
        self, batch, status: dict[str, str], total: int, result: IngestResult, progress: Progress
    ) -> None:
        """Commit a batch: the chunks not written early, then the report records."""
        if not batch:
            return
        unwritten = [item for item in batch if item[0].report_id not in self._written]
        if unwritten:
            self._sink.put_chunks(unwritten)
        self._sink.commit_reports(batch)
        replaced = []  # their earlier versions go in one filtered delete per 100
        for report, chunks, vectors in batch:
            self.committed[(report.report_id, report.info.content_hash)] = list(chunks)
            self.committed_vectors[report.report_id] = vectors
            if status[report.report_id] == "updated":
                self._reached("before_stale_delete")
                replaced.append(report)
                result.updated += 1
            else:
                result.added += 1
            result.statuses.append(
                {
                    "source": report.info.source,
                    "status": status[report.report_id],
                    "chunks": len(chunks),
                }
            )
        if replaced:
            self._sink.delete_stale(*replaced)
        progress(result.added + result.updated, total, f"写入 {batch[-1][0].info.source}")
        self._reached("after_flush")

    def _reached(self, point: str) -> None:
        """A crash point: what was sent to a writer is written first (the store as before)."""
        if self._settings.test_crash_at and self._sink is not self._store:
            self._sink.sync()
        self._crash.reached(point)
