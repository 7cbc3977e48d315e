"""The ingest's worker processes: reading, cleaning, metadata and chunking, then tokenising.

Both are pure functions of a file or a text, and together they are most of an ingest's
Python time, so a large batch runs them on every core while the ingest process itself only
decides what changed and writes to Chroma (whose writes hold the GIL: threads would not
overlap them). One pool serves both steps, so its start-up (imports, the jieba trie) is
paid once.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ingest.file_marks import override_key, stat_and_digest
from ingest.limits import LoadLimits
from ingest.pending import ChunkIds, travels
from reportqa.errors import IngestError
from reportqa.ports import Embedder, TokenStore
from reportqa.spawn_main import main_not_rerun
from reportqa.text import Tokenizer, index_text
from reportqa.token_codes import HeldTokens
from reportqa.types import Chunk

PARALLEL_MIN_BYTES = 1_000_000  # below this (≈ 330 000 characters) a pool costs more than it saves
# a batch of up to this many chunks (~230 tokens each: within the token cache's
# ``HOLD_MAX_TOKENS``) has its tokens handed back as codes for the refresh (``HeldTokens``)
HOLD_MAX_CHUNKS = 16_000

Span = tuple[tuple[str, ...], int, int]
# report id, content hash, cleaned text, chunk spans (and their ids, when the parse made them)
Job = tuple[str, str, str, Sequence[Span]] | tuple[str, str, str, Sequence[Span], Sequence[str]]
# tokens per chunk, or the vectors (and, when asked, the tokens the worker cached, held)
Done = tuple[list[list[str]] | None, np.ndarray | None, HeldTokens | None]
Sink = tuple[TokenStore, Embedder | None]  # no embedder: the chunks were embedded already


@dataclass(frozen=True)
class ParseSpec:
    """What a worker needs to turn a file into a report (no Settings: it must pickle small)."""

    limits: LoadLimits
    chunk_max_chars: int
    chunk_min_chars: int
    # a portable embedder: the chunks are embedded with the parse, so the ingest process can
    # write them to Chroma while the other files are still read (vectors need no tokens)
    embedder: Embedder | None = None
    # the store's text packing, when the ingest process writes the texts itself: packed here,
    # the zlib work is off that process, which Chroma's writes keep busy (perf18)
    pack: Callable[[str], str] | None = None
    # the chunk ids made with the parse (``parse_file``), for an ingest whose process writes
    ids: bool = False


@dataclass(frozen=True)
class Parsed:
    """One file, read: its cleaned text, metadata values and chunk spans, or its error."""

    path: Path
    text: str = ""
    values: dict | None = None
    sources: dict | None = None
    spans: tuple[Span, ...] = ()
    error: str = ""
    stat: tuple[int, int, str] | None = None  # size, mtime and hash of the bytes read
    override: str = ""  # the sidecar row it was read with (``file_marks.override_key``)
    vectors: np.ndarray | None = None  # rows as spans, when the spec carries an embedder
    packed: str | None = None  # the text packed, when the spec carries a packer
    ids: ChunkIds | None = None  # the chunks' ids, when the spec asks for them


def parse_file(path: Path, overrides: dict[str, str] | None, spec: ParseSpec) -> Parsed:
    # imported here, where a file is read: the ingest process of a pooled ingest, which
    # imports this module for the pool, never reads one (~0.1 s CPU of imports it skips)
    from ingest.chunking import chunk_spans, split_sections
    from ingest.clean import clean_text
    from ingest.loaders import load_text
    from ingest.metadata import extract, with_overrides
    from reportqa.lacks import read_lacks

    try:
        big = spec.limits.max_bytes is not None and path.stat().st_size > spec.limits.max_bytes
        stat = None if big else stat_and_digest(path)
    except OSError:
        stat = None  # the loader says what is wrong with it
    try:
        text = clean_text(load_text(path, limits=spec.limits))
        if not text.strip():
            raise IngestError(f"{path.name}: 清洗后没有正文 / no text after cleaning")
        ex = extract(text, path.name)
        values, sources = with_overrides(ex, overrides or {}, path.name)
        values["lacks"] = read_lacks(text)  # once, here: an ask never reads the text for it
    except IngestError as exc:
        return Parsed(path, error=str(exc))
    sections = split_sections(text, ex.title_end, ex.chrome_spans)
    spans = chunk_spans(text, sections, spec.chunk_max_chars, spec.chunk_min_chars)
    spans_t = tuple(spans)
    ids = chunk_ids(path, text, values, sources, spans_t) if spec.ids else None
    vectors = None
    if spec.embedder is not None:
        vectors = spec.embedder.embed([index_text(p, text[s:e]) for p, s, e in spans_t])
    return Parsed(
        path,
        text,
        values,
        sources,
        spans_t,
        stat=stat,
        override=override_key(overrides),
        vectors=vectors,
        packed=spec.pack(text) if spec.pack is not None else None,
        ids=ids,
    )


def chunk_ids(
    path: Path, text: str, values: dict, sources: dict, spans: Sequence[Span]
) -> ChunkIds:
    """The chunks' ids (hashes of their texts, ~0.1 s of sha1 at 165 reports), made where the
    file is read: the ingest process, which Chroma's writes keep busy, then only checks the
    version they were made for (``ChunkIds.of``) and the tokenising job reuses them."""
    from ingest.versions import report_info

    info = report_info(path, text, values, sources)
    version = f"{info.report_id}-{info.content_hash}"
    return ChunkIds(version, tuple(Chunk.make_id(version, s, e, text[s:e]) for _, s, e in spans))


class Jobs(Sequence):
    """What the tokenizer needs of each pending report (ids, text, spans), made when it
    reaches the report: the chunk texts made all at once were one more copy of the whole
    batch's text (~100 MB at 10 000 reports) held to the end of the ingest."""

    def __init__(self, pending: list) -> None:
        self._pending = pending

    def __len__(self) -> int:
        return len(self._pending)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        p = self._pending[i]
        info = p.report.info
        ids = p.ids.of(info) if p.ids is not None else None
        return (info.report_id, info.content_hash, p.report.text, p.spans, ids)


# ---- inside a worker -------------------------------------------------------------------
_tok: Tokenizer | None = None
_words: object = None  # key of the unit-name list last added


def _init(terms: list[str], parent: int) -> None:
    global _tok
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    _tok = Tokenizer(terms)


def _exit_with(parent: int) -> None:
    """A worker outlives a SIGKILLed ingest otherwise (blocked on its task queue, ~150 MB
    each): once the ingest process is gone the worker is re-parented, and then it exits."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _parse_job(job: tuple[Path, dict[str, str] | None, ParseSpec]) -> Parsed:
    return parse_file(*job)


def _tokenize_job(
    job: tuple[int, tuple[str, ...], list[Job], Sink | None, bool],
) -> list[Done]:
    global _words
    key, words, reports, sink, hold = job
    assert _tok is not None
    if key != _words:  # this ingest's unit names, added once per worker
        _tok.add_words(words)
        _words = key
    return [finish(job, _tok, sink, hold) for job in reports]


def finish(job: Job, tok: Tokenizer, sink: Sink | None, hold: bool = False) -> Done:
    """One report's index tokens; with a ``sink`` (a token store and an embedder that can
    travel to a worker) its tokens are cached and its chunks embedded right here, and only
    the vectors go back: unpickling millions of token strings, writing them as JSON and
    embedding were a fifth of the ingest process's own work, the process Chroma's writes
    keep busy. With ``hold`` the cached tokens also go back as codes (``HeldTokens``), for
    the refresh that follows the ingest: a small batch's refresh then reads no token file
    back and looks up each report's distinct terms once."""
    report_id, content_hash, text, spans, *made = job
    texts = [index_text(path, text[s:e]) for path, s, e in spans]
    tokens = [tok.index_tokens(t) for t in texts]
    if sink is None:
        return tokens, None, None
    store, embedder = sink
    version = f"{report_id}-{content_hash}"
    ids = (
        made[0]
        if made and made[0] is not None
        else [Chunk.make_id(version, s, e, text[s:e]) for _, s, e in spans]
    )
    store.put(report_id, content_hash, dict(zip(ids, tokens, strict=True)))
    vectors = embedder.embed(texts) if embedder is not None else None
    return None, vectors, HeldTokens.of(ids, tokens) if hold else None


class WorkerPool(AbstractContextManager):
    """A spawn pool (not fork: Chroma's threads; not forkserver: its server and workers are
    not children of the ingest, so nothing ends them when it is killed)."""

    def __init__(self, workers: int, terms: Sequence[str]) -> None:
        import multiprocessing as mp

        self.workers = workers
        self._ex = ProcessPoolExecutor(
            workers,
            mp.get_context("spawn"),
            initializer=_init,
            initargs=(list(terms), os.getpid()),
        )

    def __exit__(self, exc_type, *_) -> None:
        # after a whole ingest the workers are told to end and not waited for: their exit
        # (an interpreter's teardown, ~0.25 s) then overlaps the commit's refresh; the
        # executor's own exit hook joins them before this process ends
        self._ex.shutdown(wait=exc_type is not None, cancel_futures=True)

    def start(self) -> None:
        """Start the workers now (the executor would on its first job): their start-up
        (imports, the jieba trie, ~0.5 s CPU each) then runs while the ingest process opens
        Chroma and takes stock of the library, instead of after it. One job per worker: a
        spawn pool starts a process per job that finds none idle, so one job started one."""
        with main_not_rerun():  # a spawn pool starts its processes inside ``submit``
            for _ in range(self.workers):
                self._ex.submit(os.getpid)

    def _chunksize(self, n: int) -> int:
        return max(1, n // (self.workers * 8))

    def parse(
        self, files: Sequence[Path], overrides: Sequence[dict | None], spec: ParseSpec
    ) -> Iterator[Parsed]:
        jobs = [(f, o, spec) for f, o in zip(files, overrides, strict=True)]
        return self._ex.map(_parse_job, jobs, chunksize=self._chunksize(len(jobs)))

    def tokenize(
        self,
        jobs: Sequence[Job],
        words: Sequence[str],
        sink: Sink | None = None,
        hold: bool = False,
    ) -> Iterator[Done]:
        """Tokens per report, in order, with at most a few groups of reports in flight: the
        workers tokenise faster than Chroma writes, and an unbounded backlog of token lists
        held here was 1.5 GB at 10 000 reports."""
        shared = tuple(words)
        key = hash(shared)
        # three groups per worker at most: the groups in the pool's queue then hold about
        # half a small batch's work, which the workers cut through while the ingest process
        # writes to Chroma (whose upserts hold the GIL the pool's feeding thread needs)
        size = max(1, min(50, len(jobs) // (self.workers * 3)))
        groups = (jobs[i : i + size] for i in range(0, len(jobs), size))
        window: deque[Future] = deque()

        def submit() -> None:
            group = next(groups, None)
            if group is not None:
                window.append(self._ex.submit(_tokenize_job, (key, shared, group, sink, hold)))

        for _ in range(self.workers * 3 + 1):  # now: the caller may write meanwhile
            submit()
        return _drain(window, submit)


def _drain(window: deque[Future], submit: Callable[[], None]) -> Iterator[Done]:
    """The groups' results in order, the next group submitted as each one is taken."""
    while window:
        done = window.popleft().result()
        submit()
        yield from done


def parse_all(
    pool: WorkerPool | None,
    files: list[Path],
    overrides: list[dict[str, str] | None],
    spec: ParseSpec,
) -> Iterator[Parsed]:
    """The files parsed, in order: on the pool when there is one, else here, one by one."""
    if pool is not None and files:
        return pool.parse(files, overrides, spec)
    return (parse_file(f, o, spec) for f, o in zip(files, overrides, strict=True))


def in_order(todo: list[int], sure: set[int], ahead: Iterator, rest: Iterator) -> Iterator:
    """The files of ``todo`` parsed, in its order: those read ahead from ``ahead``, the
    others from ``rest`` (both in the order of ``todo``)."""
    for i in todo:
        yield next(ahead) if i in sure else next(rest)


def tokenize_all(
    pool: WorkerPool | None,
    jobs: Sequence[Job],
    words: list[str],
    tokenizer: Callable[[], Tokenizer],
    sink: Sink,
    embedded: bool,
) -> Iterator[Done]:
    """Tokens (or vectors, see ``finish``) per report, in order: on the workers when the pool
    is up (the worker tokenizers learn this batch's unit names first), else here. The token
    store and the embedder (``sink``) go to the workers when they can (``portable``: small to
    pickle, cheap to run there, as the hashing embedder); no embedder when the workers
    embedded the chunks with the parse already."""
    if pool is None:
        tok = tokenizer()
        return (finish(job, tok, None) for job in jobs)
    tokens, embedder = sink
    if travels(tokens) and (embedded or travels(embedder)):
        hold = sum(len(job[3]) for job in jobs) <= HOLD_MAX_CHUNKS
        return pool.tokenize(jobs, words, (tokens, None if embedded else embedder), hold)
    return pool.tokenize(jobs, words, None)
