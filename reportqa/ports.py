"""What the core needs from storage and search, as small protocols.

Ingest writes through these and retrieval reads through them; the adapters in ``stores/``
(Chroma embedded or over HTTP, the in-process BM25 index, the embedders) satisfy them. A
second store goes behind the same protocols without ingest or retrieval changing. The
protocols name only what the core calls: an adapter may offer more (counts for the bench,
schema upkeep), which nothing above it relies on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from reportqa.types import Chunk, Report, ReportInfo

Tokenize = Callable[[str], list[str]]


class Embedder(Protocol):
    """Text → vectors; ``name`` is recorded with the index, which one embedder builds.

    One that sets ``portable = True`` (small to pickle, cheap to run anywhere) is sent to
    the ingest's worker processes, which then embed the chunks they tokenise."""

    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised row per text."""
        ...


class ChunkStore(Protocol):
    """The committed library: reports, their texts and chunks, and a version that changes
    with every write (so a reader in another process notices)."""

    def version(self) -> str: ...

    def open(self) -> None:
        """Connect now; every other call connects on first use anyway (importing the
        Chroma client alone is ~1 s, which a process answering from its local copy need
        not wait for)."""
        ...

    def is_open(self) -> bool: ...

    def reports(self) -> list[ReportInfo]: ...

    def holds_only(self, infos: list[ReportInfo]) -> bool:
        """Whether the store's record and text counts are those of ``infos``."""
        ...

    def report(self, report_id: str) -> Report | None: ...

    def texts(self, infos: Iterable[ReportInfo]) -> dict[str, str]:
        """Cleaned texts by report id, read in pages (one read per report took 25 s for a
        question that scans every opening of 10 000 reports)."""
        ...

    def chunks(self, infos: Iterable[ReportInfo] | None = None) -> list[Chunk]: ...

    def chunk_counts(self) -> dict[tuple[str, str], int]: ...

    def put_reports(self, items: Sequence[tuple[Report, Sequence[Chunk], np.ndarray]]) -> None:
        """Write reports with their chunks and chunk vectors; a report is committed only
        once all of it is written."""
        ...

    def put_chunks(self, items: Sequence[tuple[Report, Sequence[Chunk], np.ndarray]]) -> None:
        """``put_reports`` without committing: never served until ``commit_reports``."""
        ...

    def commit_reports(self, items: Sequence[tuple[Report, Sequence[Chunk], np.ndarray]]) -> None:
        """Commit reports whose chunks ``put_chunks`` wrote."""
        ...

    def update_info(self, info: ReportInfo) -> None: ...

    def delete_report(self, report_id: str) -> None: ...

    def delete_stale(self, *reports: Report) -> None:
        """Drop the chunks of the versions ``reports`` replaced (in few calls)."""
        ...

    def delete_orphans(self, grace_seconds: float = 3600.0) -> int:
        """Repair what an interrupted write left; returns how many chunks went."""
        ...


class VectorIndex(Protocol):
    """Dense search over the committed chunks (the chunk store's vectors)."""

    def query(
        self, vector: np.ndarray, k: int, report_ids: Sequence[str] | None, infos: dict
    ) -> list[tuple[str, float]]: ...

    def vectors(self, ids: Sequence[str]) -> np.ndarray: ...


class TokenStore(Protocol):
    """Index tokens per report version, so a restart or another process never re-tokenises.

    One that sets ``portable = True`` is sent to the ingest's workers, which write the
    tokens they make themselves."""

    def put(self, report_id: str, content_hash: str, tokens: dict[str, list[str]]) -> None: ...

    def tokens_for(self, chunks: Sequence[Chunk], tokenize: Tokenize) -> Iterator[list[str]]: ...

    def prune(self, live: set[tuple[str, str]]) -> None: ...


class LexicalIndex(Protocol):
    """BM25 over the committed chunks; also the row order every in-process score uses."""

    version: str
    chunks: list[Chunk]
    report_of: np.ndarray
    report_row: dict[str, int]
    row_of_id: dict[str, int]

    def sync(
        self,
        version: str,
        chunks: list[Chunk],
        tokens_for: Callable[[list[Chunk]], Iterator[list[str]]],
    ) -> bool: ...

    def scores(self, tokens: list[str], among: np.ndarray | None = None) -> np.ndarray: ...


class VectorCache(Protocol):
    """Every chunk's vector in the lexical index's row order, kept per index version, so a
    search inside a few reports is an exact product over their rows (not a filtered ANN
    query) and no process reads all vectors back from the store more than once."""

    def held(self, version: str) -> np.ndarray | None:
        """The vectors of ``version`` if this process has them at hand."""
        ...

    def put(self, version: str, vectors: np.ndarray) -> np.ndarray:
        """Keep these as ``version``'s vectors; returns the copy kept."""
        ...

    def get(
        self, version: str, ids: Sequence[str], load: Callable[[list[str]], np.ndarray]
    ) -> np.ndarray:
        """The vectors of ``ids`` (the index's chunks at ``version``), loaded once if need be."""
        ...


class Store(ChunkStore, VectorIndex, Protocol):
    """One adapter holding the chunks and their vectors together (Chroma does both)."""


@dataclass(frozen=True)
class Held:
    """The library as a process last read it from the store: the store's version, its
    report records (in the store's order) and their committed chunks."""

    version: str = ""
    infos: list[ReportInfo] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)
    source: str = ""  # which store and embedder it was read from


class Snapshot(Protocol):
    """A local copy of the committed library, so opening a large library reads no store."""

    def load(self) -> Held: ...

    def save(self, held: Held) -> None: ...


class Seen(Protocol):
    """What the store's version was when its files were last seen in a state, so a process
    finding them in that state again need not open the store (``stores.store_seen``)."""

    def look(self) -> tuple[int, ...] | None:
        """The store's state now; None when it cannot vouch that nothing was written."""
        ...

    def save(self, copy: Held, state: tuple[int, ...] | None) -> None: ...

    def version(self, source: str) -> str:
        """The recorded version when the state is still the recorded one, else ""."""
        ...

    def holds(self, copy: Held) -> bool:
        """Whether ``copy`` is the local copy the record vouches for (its records)."""
        ...
