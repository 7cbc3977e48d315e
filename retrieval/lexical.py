"""BM25 over jieba tokens (bm25s), derived from the Chroma collection.

Chroma is the single source of truth; this index is a cache keyed by the collection's
version. Tokens are stored with each chunk in Chroma, so a rebuild (after an ingest by
another process, or on a Chroma server shared by several app processes) never re-runs jieba.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import bm25s
import numpy as np

from reportqa.types import Chunk

log = logging.getLogger(__name__)


class TokenCache:
    """jieba tokens per report version, beside the index.

    Kept out of Chroma (a large metadata string per chunk doubles Chroma's write time); a
    process that lacks the file (another machine on a shared Chroma server) re-tokenises the
    chunk texts once and caches them.
    """

    def __init__(self, directory: Path) -> None:
        self._dir = directory

    def _path(self, report_id: str, content_hash: str) -> Path:
        return self._dir / f"{report_id}-{content_hash}.json"

    def put(self, report_id: str, content_hash: str, tokens: dict[str, list[str]]) -> None:
        self._dir.mkdir(parents=True, exist_ok=True)
        path = self._path(report_id, content_hash)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(tokens, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)  # older versions of the report go in prune(), once per refresh

    def attach(self, chunks: list[Chunk], tokenize: Callable[[str], list[str]]) -> list[Chunk]:
        """Chunks with their tokens filled in (from the cache, or computed and cached)."""
        by_report: dict[tuple[str, str], list[Chunk]] = {}
        for c in chunks:
            by_report.setdefault((c.report_id, c.info.content_hash), []).append(c)
        out: list[Chunk] = []
        for (rid, h), group in by_report.items():
            path = self._path(rid, h)
            cached: dict[str, list[str]] = {}
            if path.exists():
                try:
                    cached = json.loads(path.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    cached = {}
            missing = [c for c in group if c.id not in cached]
            for c in missing:
                cached[c.id] = tokenize(index_text(c.section_path, c.text))
            if missing:
                self.put(rid, h, cached)
            out.extend(replace(c, tokens=tuple(cached[c.id])) for c in group)
        return out

    def prune(self, live: set[tuple[str, str]]) -> None:
        for path in self._dir.glob("*.json"):
            rid, _, h = path.stem.partition("-")
            if (rid, h) not in live:
                path.unlink(missing_ok=True)


def index_text(path: tuple[str, ...], body: str) -> str:
    """Headings are indexed with the body so that 「存在的问题」 finds every chunk under it."""
    return " ".join(path[-2:]) + "\n" + body


class LexicalIndex:
    def __init__(self, directory: Path) -> None:
        self._dir = directory
        self.version = ""
        self.chunks: list[Chunk] = []
        self.report_of: np.ndarray = np.zeros(0, dtype=np.int32)  # chunk row -> report row
        self.report_ids: list[str] = []
        self._bm25: bm25s.BM25 | None = None

    def sync(self, version: str, load_chunks: Callable[[], list[Chunk]]) -> bool:
        """Bring the index in step with the store; returns True when it had to change."""
        if version == self.version and self._bm25 is not None:
            return False
        chunks = load_chunks()
        manifest = self._dir / "manifest.json"
        ids = [c.id for c in chunks]
        bm25 = None
        if manifest.exists():
            try:
                saved = json.loads(manifest.read_text(encoding="utf-8"))
                if saved.get("version") == version and saved.get("ids") == ids:
                    bm25 = bm25s.BM25.load(str(self._dir / "bm25"))
            except (OSError, ValueError) as exc:
                log.warning("lexical index unreadable, rebuilding: %s", exc)
        if bm25 is None:
            bm25 = self._build(chunks)
            self._save(bm25, version, ids)
        self._install(version, chunks, bm25)
        return True

    def _build(self, chunks: list[Chunk]) -> bm25s.BM25:
        bm25 = bm25s.BM25()
        # an empty document list is legal for us but not for bm25s
        corpus = [list(c.tokens) or ["∅"] for c in chunks] or [["∅"]]
        bm25.index(corpus, show_progress=False)
        return bm25

    def _save(self, bm25: bm25s.BM25, version: str, ids: list[str]) -> None:
        tmp = self._dir.with_name(self._dir.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        bm25.save(str(tmp / "bm25"), show_progress=False)
        (tmp / "manifest.json").write_text(
            json.dumps({"version": version, "ids": ids}), encoding="utf-8"
        )
        old = self._dir.with_name(self._dir.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self._dir.exists():
            self._dir.rename(old)
        tmp.rename(self._dir)
        shutil.rmtree(old, ignore_errors=True)

    def _install(self, version: str, chunks: list[Chunk], bm25: bm25s.BM25) -> None:
        self.report_ids = list(dict.fromkeys(c.report_id for c in chunks))
        row = {rid: i for i, rid in enumerate(self.report_ids)}
        self.report_of = np.fromiter((row[c.report_id] for c in chunks), dtype=np.int32)
        self.chunks = chunks
        self._bm25 = bm25
        self.version = version

    def vectors(self, load: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        """Chunk embeddings aligned with ``self.chunks`` (cached on disk per version), so a
        search inside a few reports is a small matrix product, not a filtered ANN query."""
        if getattr(self, "_vectors_version", None) == self.version:
            return self._vectors
        path = self._dir / f"vectors-{self.version}.npy"
        vectors = None
        if path.exists():
            try:
                loaded = np.load(path)
                if len(loaded) == len(self.chunks):
                    vectors = loaded
            except (OSError, ValueError):
                vectors = None
        if vectors is None:
            vectors = load([c.id for c in self.chunks]).astype(np.float32)
            if self._dir.exists():
                for old in self._dir.glob("vectors-*.npy"):
                    old.unlink(missing_ok=True)
                np.save(path, vectors)
        self._vectors, self._vectors_version = vectors, self.version
        return vectors

    def scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every chunk (row order of ``self.chunks``)."""
        if self._bm25 is None or not self.chunks or not tokens:
            return np.zeros(len(self.chunks), dtype=np.float32)
        return self._bm25.get_scores(tokens)[: len(self.chunks)]
