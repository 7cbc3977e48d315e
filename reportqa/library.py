"""Composition of the core: store, embedder, tokenizer, lexical index, ingest and search.

Built once from Settings by the CLI or the app and passed to whoever needs it; heavy parts
(Chroma client, jieba dictionary, embedding model, BM25) load here or on first use, never at
import time.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from ingest.pipeline import Ingestor, IngestResult, Progress
from reportqa.settings import Settings
from reportqa.text import Tokenizer, read_terms
from reportqa.types import Chunk, Report, ReportInfo
from retrieval.embedders import Embedder, build_embedder
from retrieval.lexical import LexicalIndex, TokenCache
from retrieval.store import ChromaStore

log = logging.getLogger(__name__)


class Library:
    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.embedder = embedder or build_embedder(settings)
        self.store = ChromaStore(settings, self.embedder.name)
        self.domain_terms = read_terms(settings.domain_terms_file)
        self._lock = threading.RLock()
        self.lexical = LexicalIndex(settings.index_dir / "bm25")
        self.tokens = TokenCache(settings.index_dir / "tokens")
        self._infos: dict[str, ReportInfo] = {}
        self._checked = 0.0
        self._texts: dict[str, str] = {}

    @cached_property
    def tokenizer(self) -> Tokenizer:
        tok = Tokenizer(self.domain_terms)
        tok.add_words(u for i in self.store.reports() for u in (i.township, i.county) if u)
        return tok

    def ingest(
        self, paths: Iterable[Path], prune: bool = False, progress: Progress | None = None
    ) -> IngestResult:
        ingestor = Ingestor(
            self.settings, self.store, self.tokenizer, self.embedder, self.tokens, self.domain_terms
        )
        result = ingestor.ingest(paths, prune=prune, progress=progress)
        self.refresh(force=True)
        return result

    def refresh(self, force: bool = False) -> bool:
        """Re-read the store when it changed (another process may have ingested).

        The version check reads every report record, so it runs at most once per
        ``refresh_seconds`` unless forced (ingest in this process forces it).
        """
        with self._lock:
            now = time.monotonic()
            if (
                not force
                and self.lexical.version
                and now - self._checked < self.settings.refresh_seconds
            ):
                return False
            self._checked = now
            version = self.store.version()
            if not force and version == self.lexical.version:
                return False
            infos = {i.report_id: i for i in self.store.reports()}
            changed = self.lexical.sync(version, lambda: self._load_chunks(infos))
            self._infos = infos
            self._texts = {}
            self.tokenizer.add_words(u for i in infos.values() for u in (i.township, i.county))
            return changed

    def _load_chunks(self, infos: dict[str, ReportInfo]) -> list[Chunk]:
        chunks = self.store.chunks(infos.values())
        self.tokens.prune({(i.report_id, i.content_hash) for i in infos.values()})
        return self.tokens.attach(chunks, self.tokenizer.index_tokens)

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
        return sorted(self.infos.values(), key=lambda i: (i.source, i.report_id))

    def report_text(self, report_id: str) -> str:
        if report_id not in self._texts:
            report: Report | None = self.store.report(report_id)
            self._texts[report_id] = report.text if report else ""
        return self._texts[report_id]

    def update_metadata(self, info: ReportInfo) -> None:
        self.store.update_info(info)
        self.refresh(force=True)
