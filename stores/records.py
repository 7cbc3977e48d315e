"""Chroma record shapes: how reports, chunks and texts become metadata dicts and back.

Kept apart from the store's calls so the store module stays about what it asks Chroma.
"""

from __future__ import annotations

import base64
import time
import zlib

import numpy as np

from reportqa.types import Chunk, ReportInfo

SEP = " > "


def pack(text: str) -> str:
    return base64.b64encode(zlib.compress(text.encode("utf-8"), 6)).decode("ascii")


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
    )


def chunk_meta(chunk: Chunk) -> dict:
    """Only what ties a chunk to its report version and place. Unit, county, title… live
    on the report record: every string value costs Chroma index work on every write, and a
    metadata correction then touches one record instead of every chunk."""
    return {
        "report_id": chunk.report_id,
        "content_hash": chunk.info.content_hash,
        "section": SEP.join(chunk.section_path),
        "start": chunk.start,
        "end": chunk.end,
        "written_at": round(time.time(), 3),
    }


def chunk_from(cid: str, report_text: str, meta: dict, info: ReportInfo) -> Chunk:
    section = str(meta.get("section", ""))
    start, end = int(meta["start"]), int(meta["end"])
    return Chunk(
        id=cid,
        report_id=info.report_id,
        text=report_text[start:end],
        section_path=tuple(section.split(SEP)) if section else (),
        start=start,
        end=end,
        info=info,
    )
