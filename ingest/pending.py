"""A report an ingest has read and will commit: its text, chunk spans and (when the workers
embedded it with the parse) its vectors."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field

import numpy as np

from reportqa.ports import ChunkStore
from reportqa.types import Chunk, Report, ReportInfo


@dataclass(frozen=True)
class ChunkIds:
    """A report's chunk ids as a worker made them, with the version (report id and content
    hash) they were made for."""

    version: str
    ids: tuple[str, ...]

    def of(self, info: ReportInfo) -> tuple[str, ...] | None:
        """The ids, when ``info`` is the version they were made for (else None: make them)."""
        return self.ids if self.version == f"{info.report_id}-{info.content_hash}" else None


@dataclass
class Pending:
    report: Report
    spans: list[tuple[tuple[str, ...], int, int]]
    status: str  # "added" or "updated"
    vectors: np.ndarray | None = None  # rows as spans, made on a worker with the parse
    packed: str | None = None  # the text as the store packs it, made on a worker too
    ids: ChunkIds | None = None  # the chunks' ids, made on a worker too
    made: list[Chunk] | None = field(default=None, repr=False, compare=False)

    def chunks(self, keep: bool = False) -> list[Chunk]:
        """Made once when ``keep``: a write ahead and the commit after it both need them
        (ids are hashes of the texts: 0.15 s at 165 reports, in the process the writes keep
        busy). Not kept by default, so a large ingest holds no second copy of its texts."""
        if self.made is not None:
            return self.made
        info, text = self.report.info, self.report.text
        version = f"{info.report_id}-{info.content_hash}"
        # the version is part of the id: an update that shared ids with the version it
        # replaces would take chunks from it before it commits
        ids = (self.ids.of(info) if self.ids is not None else None) or [
            Chunk.make_id(version, s, e, text[s:e]) for _, s, e in self.spans
        ]
        made = [
            Chunk(
                id=cid,
                report_id=info.report_id,
                text=text[s:e],
                section_path=path,
                start=s,
                end=e,
                info=info,
            )
            for cid, (path, s, e) in zip(ids, self.spans, strict=True)
        ]
        if keep:
            self.made = made
        return made


def first_part(ready: list[Pending], step: int, rest: bool) -> int:
    """How many of ``ready`` the next write takes: the first reports that hold ``step``
    chunks; fewer only when ``rest`` (the last write), none while they hold less."""
    n = size = 0
    while n < len(ready) and size < step:
        size += len(ready[n].spans)
        n += 1
    return n if size >= step or rest else 0


def put_uncommitted(store: ChunkStore, part: list[Pending], keep: bool = False) -> None:
    """Their chunks and texts, uncommitted; the texts as the workers packed them, if they did
    (only a store with a ``text_packer`` is handed packed texts). ``keep``: the chunks stay
    made for the commit (see ``Pending.chunks``)."""
    items = [(p.report, p.chunks(keep), p.vectors) for p in part]
    if part[0].packed is None:
        store.put_chunks(items)
    else:
        store.put_chunks(items, packed=[p.packed for p in part])  # type: ignore[call-arg]


def travels(x: object) -> bool:
    """Whether an embedder or token store can go to the workers: it says it is ``portable``
    and it pickles (a job that cannot be pickled would hang the pool, never fail)."""
    if not getattr(x, "portable", False):
        return False
    try:
        pickle.dumps(x)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return True
