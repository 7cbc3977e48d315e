"""Chroma record shapes: how reports, chunks and texts become metadata dicts and back.

Kept apart from the store's calls so the store module stays about what it asks Chroma.
"""

from __future__ import annotations

import base64
import json
import time
import zlib
from collections.abc import Sequence

import numpy as np

from reportqa.types import Chunk, Report, ReportInfo

SEP = " > "


def pack(text: str) -> str:
    """zlib's fastest level: a text is packed once per ingest, on the busy cores, and read
    whole rarely; level 1 keeps ~90 % of level 6's saving at a third of its CPU (165
    reports, 9.0 MB: 0.09 s and 4.2 MB against 0.27 s and 3.8 MB). Any level unpacks."""
    return base64.b64encode(zlib.compress(text.encode("utf-8"), 1)).decode("ascii")


def unpack(value: str) -> str:
    return zlib.decompress(base64.b64decode(value)).decode("utf-8")


def text_id(report_id: str, content_hash: str) -> str:
    return f"{report_id}-{content_hash}"


def mean_vector(vectors: np.ndarray) -> np.ndarray:
    if not len(vectors):
        return np.full(vectors.shape[1] if vectors.ndim == 2 else 1, 1e-3, dtype=np.float32)
    mean = vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return (mean / norm if norm else mean + 1e-3).astype(np.float32)


def info_meta(info: ReportInfo) -> dict:
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
        "provenance": info.provenance,
        "lacks": info.lacks,
        "publisher": info.publisher,
    }


def info_from_meta(meta: dict) -> ReportInfo:
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
        provenance=str(meta.get("provenance", "")),
        lacks=str(meta.get("lacks", "")),
        publisher=str(meta.get("publisher", "")),
    )


# the shape of chunk records: 1 (before round 8) kept section, start, end and written_at on
# every chunk record; 2 keeps only what Chroma filters on there, and each report version's
# chunk places (id, span, section) packed into its text record with one written_at. Half of
# Chroma's per-record write cost was chunk metadata. Readers take records of both shapes, so
# a store written by an older version answers unchanged and grows in the new shape.
CHUNK_FORMAT = 2

Place = tuple[int, int, str]  # start, end, section as stored


def chunk_meta(chunk: Chunk) -> dict:
    """Only what ties a chunk to its report version, which reads and deletes filter on.
    Unit, county, title… live on the report record and a chunk's place on its text record:
    every metadata value costs Chroma index work on every write."""
    return {"report_id": chunk.report_id, "content_hash": chunk.info.content_hash}


def text_meta(report: Report, chunks: Sequence[Chunk], packed: str | None = None) -> dict:
    """A report version's text record: the cleaned text and its chunks' places, packed, and
    when it was written (the age of its chunks for ``census``: texts are written first).
    ``packed``: the text as ``pack`` gives it, made ahead (by the ingest worker that read it)."""
    places = json.dumps(
        [[c.id, c.start, c.end, SEP.join(c.section_path)] for c in chunks], ensure_ascii=False
    )
    return {
        "report_id": report.report_id,
        "content_hash": report.info.content_hash,
        "text_z": packed or pack(report.text),
        "places_z": pack(places),
        "written_at": round(time.time(), 3),
    }


def places_from(meta: dict) -> dict[str, Place]:
    """Chunk id → place, from a text record (empty for a format-1 record: its chunks carry
    their own)."""
    packed = meta.get("places_z")
    if not packed:
        return {}
    return {cid: (int(s), int(e), str(sec)) for cid, s, e, sec in json.loads(unpack(str(packed)))}


def place_of(cid: str, meta: dict, places: dict[str, Place]) -> Place | None:
    """A chunk's place: on its own record (format 1) or on its text record (format 2);
    None when neither has it (an interrupted write, never served)."""
    if "start" in meta:
        return int(meta["start"]), int(meta["end"]), str(meta.get("section", ""))
    return places.get(cid)


def chunk_from(cid: str, report_text: str, place: Place, info: ReportInfo) -> Chunk:
    start, end, section = place
    return Chunk(
        id=cid,
        report_id=info.report_id,
        text=report_text[start:end],
        section_path=tuple(section.split(SEP)) if section else (),
        start=start,
        end=end,
        info=info,
    )
