"""What the library holds, as this process sees it: reports, chunks, unit names, texts.

The read side of the core. It reads the store through the ports (``reportqa.ports``) and
keeps the in-process views search needs (BM25 rows, the chunk table, unit indexes), and it
notices writes made by this or another process through the store's version. It is built by
the composition root (``library.compose``); the use cases that write (``library.shelf``)
call ``refresh(force=True)`` after each write.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property

import numpy as np

from reportqa.ports import (
    Embedder,
    Held,
    LexicalIndex,
    Seen,
    Snapshot,
    Store,
    TokenStore,
    VectorCache,
)
from reportqa.settings import Settings
from reportqa.text import Tokenizer, to_simplified
from reportqa.types import Chunk, Report, ReportInfo
from reportqa.units import UnitIndex
from retrieval.blas_threads import one_blas_thread
from retrieval.change_listeners import ChangeListeners
from retrieval.vector_seed import seeded_vectors

OPENING = 600  # characters of a report that carry its title, unit and the places above it

log = logging.getLogger(__name__)


class Catalog:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        embedder: Embedder,
        lexical: LexicalIndex,
        tokens: TokenStore,
        snapshot: Snapshot,
        vectors: VectorCache,
        domain_terms: Sequence[str] = (),
        seen: Seen | None = None,
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self.store = store
        self.domain_terms = list(domain_terms)
        self._lock = threading.RLock()
        self.lexical = lexical
        self.tokens = tokens
        self._snapshot = snapshot
        self._vectors = vectors
        self._seen = seen  # the store's version as last seen, checked without opening it
        self._infos: dict[str, ReportInfo] = {}
        self._checked = 0.0
        self._texts: dict[str, str] = {}
        self._openings: dict[str, str] | None = None
        self._sorted: list[ReportInfo] | None = None
        self._units: tuple[UnitIndex, UnitIndex] | None = None
        self._saved = ""  # the version the local snapshot holds
        self._copy: Held | None = None  # the local copy, read once for the first refresh
        self._provisional = False  # serving the local copy, the store's version not checked
        self.changes = ChangeListeners()  # told before a new version's index is built
        # what the local copy must have been read from to be served before the store opens
        # (the store checks the embedder itself when it opens)
        self._source = " ".join(
            (embedder.name, settings.collection_prefix, repr(settings.chroma_server))
        )

    @cached_property
    def tokenizer(self) -> Tokenizer:
        tok = Tokenizer(self.domain_terms)
        infos = self._infos.values() or self._copy_unopened().infos
        if not infos:
            infos = self._records(self.store.version())
        tok.add_words(u for i in infos for u in (i.township, i.county) if u)
        return tok

    def open_local(self) -> None:
        """Serve this data dir's local copy unchecked while the store, ~1 s to import, loads
        (the web app); the first ``refresh`` after the store is open checks its version
        (``check_in_background``). Without a whole copy: an ordinary first ``refresh``."""
        with self._lock:
            if self.lexical.version:
                return
            held = self._snapshot.load()
            if not held.version or held.source != self._source:
                self.refresh()  # nothing whole to serve, or another store's or embedder's
                return
            self._serve(held)
            self._provisional = True

    def _serve(self, held: Held) -> bool:
        """Serve a whole local copy as it is (no store read)."""
        self._infos = {i.report_id: i for i in held.infos}
        self._saved = held.version
        changed = self.lexical.sync(
            held.version,
            held.chunks,
            lambda new: self.tokens.tokens_for(new, self.tokenizer.index_tokens),
        )
        self.tokenizer.add_words(u for i in self._infos.values() for u in (i.township, i.county))
        self._copy = None
        gc.freeze()
        return changed

    def _copy_unopened(self) -> Held:
        """The local copy when the store is as it was when a process last read its version
        and saved that copy (``stores.store_seen``), known without opening the store; an
        empty ``Held`` when the store must be asked. A lexical answer then needs nothing
        from Chroma: ~1 s CPU of a first ask at 10 000 reports was opening it to read the
        version token."""
        if self._seen is None or self.store.is_open():
            return Held()
        version = self._seen.version(self._source)
        if self.lexical.version:  # serving already: unchanged if it is this version
            return Held(version, source=self._source) if version == self.lexical.version else Held()
        held = self._local_copy() if version else Held()
        same = held.version == version and held.source == self._source
        if not (same and self._seen.holds(held)):
            return Held()  # not another's copy
        # frozen now, as ``_serve`` freezes it: the first question serves it, and until
        # then every full collection walked the 150 000 chunks just read (~0.15 s of an
        # opening at 10 000 reports, ~0.2 s more for the tagger model loaded after it)
        gc.freeze()
        return held

    def _unopened(self) -> bool:
        """Serve (or keep serving) the local copy if ``_copy_unopened`` vouches for it."""
        held = self._copy_unopened()
        if held.version and not self.lexical.version:
            self._serve(held)
        return bool(held.version)

    def check_in_background(self) -> threading.Thread:
        """Open the store and check its version on a thread of its own (after
        ``open_local``): anything written since the local copy was saved is read then."""

        def check() -> None:
            try:
                self.store.open()
                self.refresh()
            except Exception:  # the next call that needs the store raises it to its caller
                if threading.main_thread().is_alive():
                    log.exception("opening the store in the background failed")
                # else the process is ending (Chroma's thread pools refuse work by then)

        thread = threading.Thread(target=check, name="reportqa-store-check")
        thread.start()
        return thread

    def absorb(
        self,
        committed: dict[tuple[str, str], list[Chunk]],
        vectors: dict[str, np.ndarray],
    ) -> None:
        """Take in what an ingest in this process just wrote — its chunks and the vectors it
        embedded — instead of reading them back from the store."""
        with self._lock:
            held = self._vectors.held(self.lexical.version)
            before = None if held is None else (self.lexical.row_of_id, held)
            self.refresh(force=True, committed=committed)
            out = seeded_vectors(self.lexical.chunks, committed, vectors, before, len(self._infos))
            if out is not None:
                self._vectors.put(self.lexical.version, out)

    def chunk_vectors(self) -> np.ndarray:
        """Every chunk's vector, rows as ``chunks`` (read from the store once per version
        when no ingest here handed them over)."""
        held = self._vectors.held(self.lexical.version)
        if held is not None:  # every scoped search asks: no list of 150 000 ids each time
            return held
        with self._lock:
            chunks = self.chunks
            return self._vectors.get(
                self.lexical.version, [c.id for c in chunks], self.store.vectors
            )

    def nearest(self, vector: np.ndarray, k: int) -> list[tuple[Chunk, float]]:
        """The ``k`` chunks of the whole library nearest ``vector`` (cosine), best first.

        With the embedded store this is exact, one product over the local vector file
        (every chunk's vector is at hand for scoped searches anyway): Chroma's HNSW then
        decides no answer, so its graph is built cheaply (``Settings.hnsw_max_neighbors``).
        A Chroma server is asked instead: its vectors would first have to come over HTTP."""
        chunks = self.chunks
        if not chunks:
            return []
        if self.settings.chroma_server is not None:
            rows, got = self.lexical.row_of_id, self.store.query(vector, k, None, self.infos)
            return [(chunks[rows[cid]], sim) for cid, sim in got if cid in rows]
        with one_blas_thread():
            sims = self.chunk_vectors() @ np.asarray(vector, dtype=np.float32)
        k = max(1, min(k, len(sims)))
        part = np.argpartition(-sims, k - 1)[:k] if k < len(sims) else np.arange(len(sims))
        top = part[np.lexsort((part, -sims[part]))]  # ties: the earlier row first
        return [(chunks[i], float(sims[i])) for i in top]

    def refresh(
        self, force: bool = False, committed: dict[tuple[str, str], list[Chunk]] | None = None
    ) -> bool:
        """Re-read the store when it changed (another process may have ingested).

        Checked at most once per ``refresh_seconds`` unless forced (ingest in this process
        forces it); only reports whose version changed are read back from Chroma, except
        those an ingest here just ``committed`` (it hands over the chunks it wrote).
        """
        with self._lock:
            now = time.monotonic()
            if self._provisional and not force:
                if not self.store.is_open():  # answers from the local copy meanwhile
                    return False
            elif (
                not force
                and self.lexical.version
                and now - self._checked < self.settings.refresh_seconds
            ):
                return False
            if not force and self._unopened():
                self._checked = now
                return False
            self._checked = now
            self._provisional = False
            state = None
            if self._seen is not None:  # the state before the version is read, client open
                self.store.open()
                state = self._seen.look()
            version = self.store.version()
            if not force and version == self.lexical.version:
                return False
            if version != self.lexical.version:  # the old version's views let go first
                self._texts, self._openings, self._sorted, self._units = {}, None, None, None
                self.changes.tell()
            infos = {i.report_id: i for i in self._records(version, committed)}
            chunks = self._current_chunks(infos, committed or {}, version)
            self._copy = None  # what is needed of it is in ``chunks`` now
            if version != self._saved:  # the chunks may be unchanged: the version is not
                self._snapshot.save(Held(version, list(infos.values()), chunks, self._source))
                self._saved = version
            self.tokens.prune({(i.report_id, i.content_hash) for i in infos.values()})
            changed = self.lexical.sync(
                version,
                chunks,
                lambda new: self.tokens.tokens_for(new, self.tokenizer.index_tokens),
            )
            self._infos = infos
            self._texts, self._openings, self._sorted, self._units = {}, None, None, None
            self.tokenizer.add_words(u for i in infos.values() for u in (i.township, i.county))
            if self._seen is not None and self._saved == version:  # the copy is the store's
                self._seen.save(Held(version, list(infos.values()), source=self._source), state)
            # the index is long-lived: keep the collector from rescanning it on every pass
            gc.freeze()
            return changed

    def _local_copy(self) -> Held:
        if self._copy is None:
            self._copy = self._snapshot.load()
        return self._copy

    def _records(self, version: str, committed: dict | None = None) -> list[ReportInfo]:
        """The store's report records at ``version``. A process that holds no library yet
        takes them from the local copy when it was saved at that version from this store
        and the store holds exactly its records and texts (``holds_only``: a write
        killed before its version bump changes a count): they are what the store listed
        when the copy was saved (``refresh`` saves nothing else). Reading them back from
        Chroma was ~0.9 s CPU of opening a 10 000-report library."""
        if not self.lexical.chunks and not committed and version:
            held = self._local_copy()
            if (
                held.version == version
                and held.source == self._source
                and self.store.holds_only(held.infos)
            ):
                return list(held.infos)
        return self.store.reports()

    def _current_chunks(
        self,
        infos: dict[str, ReportInfo],
        committed: dict[tuple[str, str], list[Chunk]],
        version: str = "",
    ) -> list[Chunk]:
        """The committed chunks of ``infos``: those this process (or the snapshot) already
        holds or just wrote, plus a read from Chroma of the reports that are new or replaced.

        A snapshot saved at the store's ``version`` from the same store, with the same
        records, holds exactly this list, in this order: it is what this method returned
        when the snapshot was written (``refresh`` saves nothing else), and ``open_local``
        serves it as whole on the same grounds. It is then taken as it is, not regrouped
        and re-sorted chunk by chunk (~0.3 s of a first ask at 150 000 chunks)."""
        held = self.lexical.chunks
        if not held:
            saved = self._local_copy()
            held = saved.chunks
            self._saved = saved.version if saved.source == self._source else ""
            if (
                version
                and not committed
                and self._saved == version
                and saved.infos == list(infos.values())
            ):
                return held
        groups: dict[tuple[str, str], list[Chunk]] = {}
        for c in held:
            groups.setdefault((c.report_id, c.info.content_hash), []).append(c)
        groups.update(committed)
        need = [
            i
            for i in infos.values()
            if len(groups.get((i.report_id, i.content_hash), ())) != i.chunks
        ]
        needed = {(i.report_id, i.content_hash) for i in need}
        fresh: dict[tuple[str, str], list[Chunk]] = {}
        for c in self.store.chunks(need) if need else []:
            fresh.setdefault((c.report_id, c.info.content_hash), []).append(c)
        out: list[Chunk] = []
        dirty = bool(need or committed)
        for info in sorted(infos.values(), key=lambda i: (i.source, i.report_id)):
            key = (info.report_id, info.content_hash)
            group = fresh.get(key, []) if key in needed else groups.get(key, [])
            if group and group[0].info != info:  # metadata corrected since
                group = [replace(c, info=info) for c in group]
                dirty = True
            out.extend(sorted(group, key=lambda c: c.start))
        if dirty or len(out) != len(held):
            self._saved = ""  # saved by ``refresh`` with the version and the records
        return out

    @property
    def infos(self) -> dict[str, ReportInfo]:
        if not self.lexical.version:
            self.refresh()
        return self._infos

    @property
    def chunks(self) -> list[Chunk]:
        if not self.lexical.version:
            self.refresh()
        return self.lexical.chunks

    def reports(self) -> list[ReportInfo]:
        """Committed reports in a stable order (kept until the store changes)."""
        infos = self.infos
        if self._sorted is None:
            self._sorted = sorted(infos.values(), key=lambda i: (i.source, i.report_id))
        return list(self._sorted)

    @property
    def units(self) -> tuple[UnitIndex, UnitIndex]:
        """Township and county name indexes, rebuilt only when the store changes."""
        infos = self.infos
        if self._units is None:
            self._units = (
                UnitIndex(i.township for i in infos.values()),
                UnitIndex(i.county for i in infos.values()),
            )
        return self._units

    def report_text(self, report_id: str) -> str:
        if report_id not in self._texts:
            report: Report | None = self.store.report(report_id)
            self._texts[report_id] = report.text if report else ""
        return self._texts[report_id]

    def opening(self, report_id: str) -> str:
        """A report's first ``OPENING`` characters, simplified: its title, unit and the places
        it names. Questions about a place scan every report's opening, so all are read at once,
        in pages, and kept (~12 MB at 10 000 reports) instead of every whole text."""
        if self._openings is None:
            texts = self.store.texts(self.infos.values())
            self._openings = {rid: to_simplified(t[:OPENING]) for rid, t in texts.items()}
        return self._openings.get(report_id, "")

    def report_sections(self, report_id: str) -> list[tuple[int, tuple[str, ...]]]:
        """Where each section of a report starts (offset, heading path), from its chunks:
        the report viewer shows the whole text with these headings and jumps to a quote."""
        out: list[tuple[int, tuple[str, ...]]] = []
        for c in self.chunks:
            if c.report_id == report_id and (not out or out[-1][1] != c.section_path):
                out.append((c.start, c.section_path))
        return sorted(out)
