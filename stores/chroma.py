"""The Chroma edge: every Chroma call lives in this module and its census
(``chroma_census.py``; record shapes: ``records.py``).

Collections: ``<prefix>_chunks`` (embedding, report id and version), ``<prefix>_texts``
(each report version's cleaned text and its chunks' places — id, char span, section —
compressed, in two metadata values; ``records.CHUNK_FORMAT``),
``<prefix>_reports_v3`` (one record per report) and ``<prefix>_meta`` (the version token).
A chunk's text is its span of the report text (Chroma 1.5 indexes every document for
full-text search, even when the schema deletes that index: at 8 000 chunks 9.5 s of writes
against 1.7 s; one compressed text per report costs 0.5 s). During a pooled ingest a process
of its own makes the writes (``chroma_writer``). A report record is written only after its chunks and text, so it doubles as the
commit marker: anything whose ``(report_id, content_hash)`` has no matching record is a
leftover of an interrupted ingest and is never served.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from reportqa.errors import ConfigError
from reportqa.locking import open_lock
from reportqa.settings import Settings
from reportqa.types import Chunk, Report, ReportInfo
from stores.chroma_census import Census
from stores.chroma_setup import check_format, client_for, hnsw_config, schema_for
from stores.chroma_writer import ChromaWriter
from stores.records import (
    CHUNK_FORMAT,
    Place,
    chunk_from,
    chunk_meta,
    info_from_meta,
    info_meta,
    mean_vector,
    pack,
    place_of,
    places_from,
    text_id,
    text_meta,
    unpack,
)

log = logging.getLogger(__name__)
__all__ = ["ChromaStore", "hnsw_config"]

_VERSION_ID = "reportqa-version"


# what ``_open`` sets: reading any of them first connects (``__getattr__``)
_OPENED = frozenset({"_client", "_chunks", "_reports", "_text_store", "_batch", "_meta"})


class ChromaStore(Census):
    """Connects on first use, not when built: importing the Chroma client is ~1 s, and the
    web app answers from its local copy of the library meanwhile (``Catalog.open_local``)."""

    def __init__(self, settings: Settings, embedder_name: str) -> None:
        self._settings = settings
        self._embedder_name = embedder_name
        self._opening = threading.Lock()
        self._listed: tuple[tuple[str, int], list[ReportInfo]] = (("", 0), [])  # see reports

    def __getattr__(self, name: str):
        if name not in _OPENED:
            raise AttributeError(name)
        self.open()
        return self.__dict__[name]

    def open(self) -> None:
        with self._opening:
            if self.is_open():
                return
            if self._settings.chroma_server:
                self._open(self._settings, self._embedder_name)
            else:
                with open_lock(self._settings.data_dir):
                    self._open(self._settings, self._embedder_name)

    def is_open(self) -> bool:
        return "_meta" in self.__dict__  # set last

    def _open(self, settings: Settings, embedder_name: str) -> None:
        """Set together at the end (``_meta`` last): a failed or half-done open leaves
        nothing another thread could use unchecked."""
        client = client_for(settings)
        hnsw = hnsw_config(settings)
        chunks = client.get_or_create_collection(
            f"{settings.collection_prefix}_chunks",
            metadata={"embedder": embedder_name, "chunk_format": CHUNK_FORMAT},
            schema=schema_for(hnsw),
        )
        stored = (chunks.metadata or {}).get("embedder")
        if stored and stored != embedder_name:
            raise ConfigError(
                f"索引由嵌入 {stored!r} 建立，当前设置为 {embedder_name!r}。"
                "请换一个 REPORTQA_DATA_DIR / collection 前缀，或删除旧索引后重新导入。"
            )
        check_format(chunks, CHUNK_FORMAT)
        opened = {
            "_client": client,
            "_chunks": chunks,
            "_reports": client.get_or_create_collection(
                f"{settings.collection_prefix}_reports_v3", schema=schema_for(hnsw)
            ),
            "_text_store": client.get_or_create_collection(
                f"{settings.collection_prefix}_texts", schema=schema_for(hnsw)
            ),
            "_batch": max(1, min(client.get_max_batch_size(), 4000)),
        }
        self.__dict__.update(opened)
        self._meta = client.get_or_create_collection(f"{settings.collection_prefix}_meta")

    # ---- reports -------------------------------------------------------------------
    def reports(self) -> list[ReportInfo]:
        """Every record, kept while the version token and the number of records stay: an
        ingest asked for the 10 000 records four times (~1.5 s CPU each). Both are read
        first, and a committed write changes the token after its records (a write killed
        before that, records deleted, changes their number), so no list outlives a change."""
        key = (self.version(), self._reports.count())
        if self._listed[0] != key:
            infos = [
                info_from_meta(m)
                for got in self._pages(self._reports, ["metadatas"])
                for m in got["metadatas"] or []
            ]
            self._listed = (key, sorted(infos, key=lambda i: (i.source, i.report_id)))
        return list(self._listed[1])

    def report(self, report_id: str) -> Report | None:
        got = self._reports.get(ids=[report_id], include=["metadatas"])
        if not got["ids"]:
            return None
        info = info_from_meta(got["metadatas"][0])
        return Report(info, self.texts([info])[info.report_id])

    def texts(self, infos: Iterable[ReportInfo]) -> dict[str, str]:
        """Cleaned texts by report id (its committed version's text record)."""
        keys = [(i.report_id, i.content_hash) for i in infos]
        got = {tid: unpack(str(meta["text_z"])) for tid, meta in self._text_records(keys)}
        return {rid: got.get(text_id(rid, h), "") for rid, h in keys}

    def _text_records(self, keys: Iterable[tuple[str, str]]) -> Iterator[tuple[str, dict]]:
        """Text records (``text_id``, metadata) of these report versions, read in pages."""
        ids = [text_id(*key) for key in keys]
        for i in range(0, len(ids), self._batch):
            got = self._text_store.get(ids=ids[i : i + self._batch], include=["metadatas"])
            yield from zip(got["ids"], got["metadatas"] or [], strict=True)

    def version(self) -> str:
        """A token that changes with every committed write (add, replace, remove, metadata):
        one small record read, so every serving process can poll it cheaply; the token is
        written after the data, so a process that sees it also sees the change."""
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
        self.put_chunks(items)  # chunks and texts, then the records that commit them
        self.commit_reports(items)

    # the packing of texts (``records.pack``, a module function: it travels to ingest workers,
    # which pack what they read while this process writes; 0.3 s of zlib at 165 reports)
    text_packer = staticmethod(pack)

    def put_chunks(
        self,
        items: Sequence[tuple[Report, Sequence[Chunk], np.ndarray]],
        packed: Sequence[str | None] | None = None,
    ) -> None:
        """Texts (``packed`` by ``text_packer`` ahead, or here), then chunks, uncommitted: no reader serves them, and the next ``census``
        removes them unless ``commit_reports`` wrote their records first. Few large upserts
        (Chroma's cost is mostly per call); a report's vector is the mean of its chunks'
        (identical placeholder vectors make HNSW insertion pathologically slow). The text
        record goes first: it holds its chunks' places and the time they were written."""
        zs = packed or [None] * len(items)
        for i in range(0, len(items), self._batch):
            part = items[i : i + self._batch]
            self._text_store.upsert(
                ids=[text_id(r.report_id, r.info.content_hash) for r, _, _ in part],
                embeddings=np.stack([mean_vector(v) for _, _, v in part]),
                metadatas=[
                    text_meta(r, cs, z) for (r, cs, _), z in zip(part, zs[i:], strict=False)
                ],
            )
        chunks = [c for _, cs, _ in items for c in cs]
        if chunks:
            vectors = np.concatenate([v for _, cs, v in items if len(cs)])
        for i in range(0, len(chunks), self._batch):
            part = chunks[i : i + self._batch]
            self._chunks.upsert(
                ids=[c.id for c in part],
                embeddings=vectors[i : i + self._batch],
                metadatas=[chunk_meta(c) for c in part],
            )

    def commit_reports(self, items: Sequence[tuple[Report, Sequence[Chunk], np.ndarray]]) -> None:
        """The report records, the commit markers, of reports whose chunks are written."""
        self.commit_records([(r.info, mean_vector(v)) for r, _, v in items])

    def commit_records(self, items: Sequence[tuple[ReportInfo, np.ndarray]]) -> None:
        # ``commit_reports`` given each report's mean vector (what a writer process gets)
        for i in range(0, len(items), self._batch):
            part = items[i : i + self._batch]
            self._reports.upsert(
                ids=[info.report_id for info, _ in part],
                documents=[info.title for info, _ in part],
                embeddings=np.stack([mean for _, mean in part]),
                metadatas=[info_meta(info) for info, _ in part],
            )
        self._bump()

    def spawn_writer(self) -> ChromaWriter:  # a process of its own makes the writes
        return ChromaWriter(self._settings, self._embedder_name)

    def delete_stale(self, *reports: Report) -> None:
        """Chunks and texts of earlier versions of replaced reports, found by report id (an
        indexed lookup) and deleted by id: a filter on ``content_hash $ne`` reads every
        chunk's hash, 0.06 s CPU per report at 10 000 reports, 0.004 s this way."""
        current = {r.report_id: r.info.content_hash for r in reports}
        wanted = sorted(current)
        for collection in (self._chunks, self._text_store):
            for i in range(0, len(wanted), 100):
                where = {"report_id": {"$in": wanted[i : i + 100]}}
                stale = [
                    key
                    for got in self._pages(collection, ["metadatas"], where)
                    for key, m in zip(got["ids"], got["metadatas"] or [], strict=True)
                    if m.get("content_hash") != current[str(m.get("report_id"))]
                ]
                for j in range(0, len(stale), self._batch):
                    collection.delete(ids=stale[j : j + self._batch])

    def update_info(self, info: ReportInfo) -> None:
        """Metadata corrections (sidecar or UI) without touching text or embeddings."""
        self._reports.update(ids=[info.report_id], metadatas=[info_meta(info)])
        self._bump()

    def delete_report(self, report_id: str) -> None:
        self.delete_reports([report_id])

    def delete_reports(self, report_ids: Sequence[str]) -> None:
        """Records first (they are the commit markers), then chunks and texts: a few calls
        for any number of reports (a prune of 100 reports was 300 filtered deletes)."""
        ids = list(report_ids)
        for i in range(0, len(ids), self._batch):
            self._reports.delete(ids=ids[i : i + self._batch])
        self._bump()
        for i in range(0, len(ids), 100):
            where = {"report_id": {"$in": ids[i : i + 100]}}
            self._chunks.delete(where=where)
            self._text_store.delete(where=where)

    # ---- reads -----------------------------------------------------------------------
    def chunks(self, infos: Iterable[ReportInfo] | None = None) -> list[Chunk]:
        """Committed chunks (of ``infos``, or of every report), in report and text order. A
        few reports are read by id; most of the library page by page (far cheaper for Chroma
        than thousands of filtered reads)."""
        every = self.reports() if infos is None else infos
        by_key = {(i.report_id, i.content_hash): i for i in every}
        if not by_key:
            return []
        if len(by_key) * 4 < self._reports.count():
            wanted = sorted({rid for rid, _ in by_key})
            pages = (
                page
                for i in range(0, len(wanted), 100)
                for page in self._pages(
                    self._chunks, ["metadatas"], {"report_id": {"$in": wanted[i : i + 100]}}
                )
            )
        else:
            pages = self._pages(self._chunks, ["metadatas"])
        found: list[tuple[str, dict, ReportInfo]] = []
        for got in pages:
            for cid, meta in zip(got["ids"], got["metadatas"], strict=True):
                info = by_key.get((meta.get("report_id"), meta.get("content_hash")))
                if info is not None:
                    found.append((cid, meta, info))
        texts: dict[str, tuple[str, dict[str, Place]]] = {
            tid: (unpack(str(m["text_z"])), places_from(m))
            for tid, m in self._text_records({(i.report_id, i.content_hash) for _, _, i in found})
        }
        out: list[Chunk] = []
        for cid, meta, info in found:
            text, places = texts.get(text_id(info.report_id, info.content_hash), ("", {}))
            place = place_of(cid, meta, places)
            if text and place is not None:  # else an interrupted write, never served
                out.append(chunk_from(cid, text, place, info))
        out.sort(key=lambda c: (c.info.source, c.report_id, c.start))
        return out

    def _pages(self, collection, include: list[str], where: dict | None = None) -> Iterator[dict]:
        """Every record, a page at a time: one unbounded ``get`` binds one SQL variable per
        record and SQLite refuses more than 32 766, so a large library would crash."""
        offset = 0
        while True:
            got = collection.get(where=where, include=include, limit=self._batch, offset=offset)
            if not got["ids"]:
                return
            yield got
            offset += len(got["ids"])

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
    ) -> list[tuple[str, float]]:
        """Nearest chunk ids and their cosine similarity, committed chunks only (``infos``
        maps report_id to committed ReportInfo); the caller holds the chunks themselves."""
        if report_ids is None:
            filters: list[dict | None] = [None]
        else:  # a scope of thousands of reports is queried in parts and merged
            ids = list(report_ids)
            filters = [
                {"report_id": {"$in": ids[i : i + self._batch]}}
                for i in range(0, len(ids), self._batch)
            ]
        out: list[tuple[str, float]] = []
        for where in filters:
            got = self._chunks.query(
                query_embeddings=[vector],
                n_results=max(1, k),
                where=where,
                include=["metadatas", "distances"],
            )
            for cid, meta, dist in zip(
                got["ids"][0], got["metadatas"][0], got["distances"][0], strict=True
            ):
                info = infos.get(meta.get("report_id"))
                if info is not None and info.content_hash == meta.get("content_hash"):
                    out.append((cid, 1.0 - float(dist)))
        return sorted(out, key=lambda x: -x[1])[: max(1, k)] if len(filters) > 1 else out
