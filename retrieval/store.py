"""The Chroma edge: every Chroma call and every Chroma-shaped dict lives in this module.

Two collections: ``<prefix>_chunks`` (text, embedding, metadata) and ``<prefix>_reports``
(one record per report; its full cleaned text lives in ``data_dir/texts``). A report record is
written only after all of its chunks, so it doubles as the commit marker: chunks whose
``(report_id, content_hash)`` has no matching record are leftovers of an interrupted ingest
and are never served.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from reportqa.errors import ConfigError
from reportqa.settings import Settings
from reportqa.types import Chunk, Hit, Report, ReportInfo

log = logging.getLogger(__name__)

_SEP = " > "
_VERSION_ID = "reportqa-version"


def _client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    server = settings.chroma_server
    if server:
        host, port = server
        try:
            return chromadb.HttpClient(host=host, port=port, settings=chroma_settings)
        except Exception as exc:
            raise ConfigError(f"无法连接 Chroma 服务器 {host}:{port}: {exc}") from exc
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


def _schema():
    """Cosine space; no Chroma full-text index (BM25 over jieba tokens is ours), and inverted
    indexes only on the keys filtered on inside Chroma."""
    from chromadb import (
        FtsIndexConfig,
        HnswIndexConfig,
        Schema,
        StringInvertedIndexConfig,
        VectorIndexConfig,
    )

    schema = Schema()
    schema.create_index(
        config=VectorIndexConfig(space="cosine", embedding_function=None, hnsw=HnswIndexConfig())
    )
    schema.delete_index(config=FtsIndexConfig(), key="#document")
    schema.delete_index(config=StringInvertedIndexConfig())
    for key in ("report_id", "content_hash"):
        schema.create_index(config=StringInvertedIndexConfig(), key=key)
    return schema


class TextFiles:
    """Cleaned report texts, one file per report version. Kept out of Chroma because large
    documents make every later Chroma write slower (its compaction rewrites them)."""

    def __init__(self, directory: Path) -> None:
        self._dir = directory

    def _path(self, report_id: str, content_hash: str) -> Path:
        return self._dir / f"{report_id}-{content_hash}.txt"

    def put(self, report_id: str, content_hash: str, text: str) -> None:
        self._dir.mkdir(parents=True, exist_ok=True)
        path = self._path(report_id, content_hash)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)

    def get(self, report_id: str, content_hash: str) -> str | None:
        path = self._path(report_id, content_hash)
        return path.read_text(encoding="utf-8") if path.exists() else None

    def delete(self, report_id: str) -> None:
        for path in self._dir.glob(f"{report_id}-*.txt"):
            path.unlink(missing_ok=True)


def _mean_vector(vectors: np.ndarray) -> np.ndarray:
    if not len(vectors):
        return np.full(vectors.shape[1] if vectors.ndim == 2 else 1, 1e-3, dtype=np.float32)
    mean = vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return (mean / norm if norm else mean + 1e-3).astype(np.float32)


def _info_meta(info: ReportInfo) -> dict:
    return {
        "report_id": info.report_id,
        "source": info.source,
        "title": info.title,
        "township": info.township,
        "county": info.county,
        "level": info.level,
        "year": info.year if info.year is not None else -1,
        "content_hash": info.content_hash,
        "path": info.path,
        "chunks": info.chunks,
    }


def _info_from_meta(meta: dict) -> ReportInfo:
    year = int(meta.get("year", -1))
    return ReportInfo(
        report_id=str(meta["report_id"]),
        source=str(meta.get("source", "")),
        title=str(meta.get("title", "")),
        township=str(meta.get("township", "")),
        county=str(meta.get("county", "")),
        level=str(meta.get("level", "")),
        year=None if year < 0 else year,
        content_hash=str(meta.get("content_hash", "")),
        path=str(meta.get("path", "")),
        chunks=int(meta.get("chunks", 0)),
    )


def _chunk_meta(chunk: Chunk) -> dict:
    meta = _info_meta(chunk.info)
    del meta["path"], meta["chunks"]
    meta.update(
        section=_SEP.join(chunk.section_path),
        start=chunk.start,
        end=chunk.end,
        written_at=round(time.time(), 3),
    )
    return meta


def _chunk_from(cid: str, text: str, meta: dict, info: ReportInfo) -> Chunk:
    section = str(meta.get("section", ""))
    return Chunk(
        id=cid,
        report_id=info.report_id,
        text=text,
        section_path=tuple(section.split(_SEP)) if section else (),
        start=int(meta["start"]),
        end=int(meta["end"]),
        info=info,
    )


class ChromaStore:
    def __init__(self, settings: Settings, embedder_name: str) -> None:
        self._client = _client(settings)
        self._chunks = self._client.get_or_create_collection(
            f"{settings.collection_prefix}_chunks",
            metadata={"embedder": embedder_name},
            schema=_schema(),
        )
        stored = (self._chunks.metadata or {}).get("embedder")
        if stored and stored != embedder_name:
            raise ConfigError(
                f"索引由嵌入 {stored!r} 建立，当前设置为 {embedder_name!r}。"
                "请换一个 REPORTQA_DATA_DIR / collection 前缀，或删除旧索引后重新导入。"
            )
        self._reports = self._client.get_or_create_collection(
            f"{settings.collection_prefix}_reports_v2", schema=_schema()
        )
        self._batch = max(1, min(self._client.get_max_batch_size(), 4000))
        self._texts = TextFiles(settings.data_dir / "texts")
        self._meta = self._client.get_or_create_collection(f"{settings.collection_prefix}_meta")

    # ---- reports -------------------------------------------------------------------
    def reports(self) -> list[ReportInfo]:
        got = self._reports.get(include=["metadatas"])
        infos = [_info_from_meta(m) for m in got["metadatas"] or []]
        return sorted(infos, key=lambda i: (i.source, i.report_id))

    def report(self, report_id: str) -> Report | None:
        got = self._reports.get(ids=[report_id], include=["metadatas"])
        if not got["ids"]:
            return None
        info = _info_from_meta(got["metadatas"][0])
        text = self._texts.get(info.report_id, info.content_hash)
        if text is None:  # another machine ingested it: rebuild from the chunk spans
            text = self._rebuild_text(info)
            self._texts.put(info.report_id, info.content_hash, text)
        return Report(info, text)

    def _rebuild_text(self, info: ReportInfo) -> str:
        """The report text with every chunk at its offsets (gaps are only headings' line
        breaks and the title block), so every citation span stays exact."""
        got = self._chunks.get(
            where={"$and": [{"report_id": info.report_id}, {"content_hash": info.content_hash}]},
            include=["documents", "metadatas"],
        )
        pieces = sorted(
            (int(m["start"]), doc)
            for doc, m in zip(got["documents"], got["metadatas"], strict=True)
        )
        out, pos = [], 0
        for start, doc in pieces:
            if start > pos:
                out.append("\n" * (start - pos))
            out.append(doc)
            pos = start + len(doc)
        return "".join(out)

    def version(self) -> str:
        """A token that changes with every committed write (add, replace, remove, metadata).

        One small record read, so every serving process can poll it cheaply; the token is
        written after the data, so a process that sees it also sees the change.
        """
        got = self._meta.get(ids=[_VERSION_ID], include=["metadatas"])
        if got["ids"] and got["metadatas"][0].get("token"):
            return str(got["metadatas"][0]["token"])
        return self._bump()

    def _bump(self) -> str:
        token = uuid.uuid4().hex[:16]
        self._meta.upsert(ids=[_VERSION_ID], embeddings=[[1.0]], metadatas=[{"token": token}])
        return token

    # ---- writes ----------------------------------------------------------------------
    def put_reports(self, items: Sequence[tuple[Report, Sequence[Chunk], np.ndarray]]) -> None:
        """All chunks first (few large upserts: Chroma's cost is mostly per call), then the
        report records, which are the commit markers."""
        chunks = [c for _, cs, _ in items for c in cs]
        if chunks:
            vectors = np.concatenate([v for _, cs, v in items if len(cs)])
        for i in range(0, len(chunks), self._batch):
            part = chunks[i : i + self._batch]
            self._chunks.upsert(
                ids=[c.id for c in part],
                documents=[c.text for c in part],
                embeddings=vectors[i : i + self._batch],
                metadatas=[_chunk_meta(c) for c in part],
            )
        reports = [r for r, _, _ in items]
        for r in reports:  # report texts live beside the index; Chroma keeps the records
            self._texts.put(r.report_id, r.info.content_hash, r.text)
        # a report's vector is the mean of its chunks' (identical placeholder vectors make
        # HNSW insertion pathologically slow, and a report-level vector is useful anyway)
        report_vecs = np.stack([_mean_vector(v) for _, _, v in items]) if items else None
        for i in range(0, len(reports), self._batch):
            part = reports[i : i + self._batch]
            self._reports.upsert(
                ids=[r.report_id for r in part],
                documents=[r.info.title for r in part],
                embeddings=report_vecs[i : i + self._batch],
                metadatas=[_info_meta(r.info) for r in part],
            )
        self._bump()

    def delete_stale(self, report: Report) -> None:
        """Chunks of earlier versions of a replaced report."""
        self._chunks.delete(
            where={
                "$and": [
                    {"report_id": report.report_id},
                    {"content_hash": {"$ne": report.info.content_hash}},
                ]
            }
        )

    def update_info(self, info: ReportInfo) -> None:
        """Metadata corrections (sidecar or UI) without touching text or embeddings."""
        self._reports.update(ids=[info.report_id], metadatas=[_info_meta(info)])
        got = self._chunks.get(where={"report_id": info.report_id}, include=["metadatas"])
        if got["ids"]:
            fields = {k: v for k, v in _info_meta(info).items() if k not in ("path", "chunks")}
            metas = [{**m, **fields} for m in got["metadatas"]]
            for i in range(0, len(metas), self._batch):
                self._chunks.update(
                    ids=got["ids"][i : i + self._batch], metadatas=metas[i : i + self._batch]
                )
        self._bump()

    def delete_report(self, report_id: str) -> None:
        self._reports.delete(ids=[report_id])
        self._texts.delete(report_id)
        self._bump()
        self._chunks.delete(where={"report_id": report_id})

    def chunk_counts(self) -> dict[tuple[str, str], int]:
        """Stored chunks per report version, to tell a complete report from a damaged one."""
        counts: dict[tuple[str, str], int] = {}
        for m in self._chunks.get(include=["metadatas"])["metadatas"] or []:
            key = (str(m.get("report_id")), str(m.get("content_hash")))
            counts[key] = counts.get(key, 0) + 1
        return counts

    def delete_orphans(self, grace_seconds: float = 3600.0) -> int:
        """Remove chunks left by an interrupted ingest (no matching committed report).

        Only orphans older than ``grace_seconds``: on a shared Chroma server another process
        may be between writing its chunks and committing its report records right now.
        """
        live = {(i.report_id, i.content_hash) for i in self.reports()}
        got = self._chunks.get(include=["metadatas"])
        cutoff = time.time() - grace_seconds
        orphans = [
            cid
            for cid, m in zip(got["ids"], got["metadatas"] or [], strict=True)
            if (m.get("report_id"), m.get("content_hash")) not in live
            and float(m.get("written_at", 0)) < cutoff
        ]
        for i in range(0, len(orphans), self._batch):
            self._chunks.delete(ids=orphans[i : i + self._batch])
        return len(orphans)

    # ---- reads -----------------------------------------------------------------------
    def chunks(self, infos: Iterable[ReportInfo] | None = None) -> list[Chunk]:
        """Every committed chunk, in report and text order."""
        by_key = {(i.report_id, i.content_hash): i for i in (infos or self.reports())}
        out: list[Chunk] = []
        offset = 0
        while True:
            got = self._chunks.get(
                include=["documents", "metadatas"], limit=self._batch, offset=offset
            )
            if not got["ids"]:
                break
            for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True):
                info = by_key.get((meta.get("report_id"), meta.get("content_hash")))
                if info is not None:
                    out.append(_chunk_from(cid, doc, meta, info))
            offset += len(got["ids"])
        out.sort(key=lambda c: (c.info.source, c.report_id, c.start))
        return out

    def vectors(self, ids: Sequence[str]) -> np.ndarray:
        """Embeddings for these chunk ids, in that order (for in-process scoped search)."""
        out: list[np.ndarray] = []
        for i in range(0, len(ids), self._batch):
            part = list(ids[i : i + self._batch])
            got = self._chunks.get(ids=part, include=["embeddings"])
            pos = {cid: j for j, cid in enumerate(got["ids"])}
            emb = got["embeddings"]
            out.append(np.asarray([emb[pos[cid]] for cid in part], dtype=np.float32))
        return np.concatenate(out) if out else np.zeros((0, 1), dtype=np.float32)

    def count_chunks(self) -> int:
        return self._chunks.count()

    def query(
        self, vector: np.ndarray, k: int, report_ids: Sequence[str] | None, infos: dict
    ) -> list[Hit]:
        """Nearest chunks by embedding; ``infos`` maps report_id to committed ReportInfo."""
        where = None
        if report_ids is not None:
            if not report_ids:
                return []
            where = {"report_id": {"$in": list(report_ids)}}
        got = self._chunks.query(
            query_embeddings=[vector],
            n_results=max(1, k),
            where=where,
            include=["documents", "metadatas", "distances"],
        )
        hits: list[Hit] = []
        for cid, doc, meta, dist in zip(
            got["ids"][0],
            got["documents"][0],
            got["metadatas"][0],
            got["distances"][0],
            strict=True,
        ):
            info = infos.get(meta.get("report_id"))
            if info is None or info.content_hash != meta.get("content_hash"):
                continue
            hits.append(Hit(_chunk_from(cid, doc, meta, info), 1.0 - float(dist), "dense"))
        return hits
