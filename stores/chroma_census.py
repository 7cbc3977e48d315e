"""What the Chroma store holds per report version, and the repair of an interrupted ingest:
``ChromaStore``'s census, a part of that class kept in a module of its own.

Every ingest starts with a census: the chunks stored per report version (a file known
unchanged is skipped only when its version's chunks are all there) and the leftovers of an
interrupted ingest removed (chunks and texts without a committed record). Reading every
chunk's metadata for that is a pass over the whole library — ~10 s CPU at 10 000 reports,
the largest part of re-ingesting 1 % of them. Almost always there is nothing to repair: the
store then holds exactly the chunks its records count (a record is the commit marker, written
after its chunks, and ``chunks`` in it is how many) and one text per record. Chroma counts a
collection's records without reading them, so those two counts decide whether the pass is
needed at all; a leftover adds to them and a lost chunk takes from them, and only both at
once, in equal numbers, would hide either.
"""

from __future__ import annotations

import time

from reportqa.types import ReportInfo
from stores.records import text_id


class Census:
    """Mixed into ``ChromaStore`` (its collections, ``reports``, ``_pages``, ``_text_records``)."""

    def holds_only(self, infos: list[ReportInfo]) -> bool:
        """Does the store hold these records and nothing written since? Counted, not read
        (~0.2 s CPU against ~0.9 s for reading 10 000 records). A write adds a report's
        text before its record and removes the text it replaced only after its version
        bump; a removal deletes records first: a write killed before its bump changes the
        count of records or of texts. Only a metadata correction killed between its one
        update and the bump is not seen, as ``reports`` does not see it. Chunks are not
        counted: counting them loads Chroma's segment of every chunk vector (0.25 s and
        ~220 MB at 150 000 chunks), and a chunk is served only through its record."""
        return self._reports.count() == len(infos) and self._text_store.count() == len(infos)

    def chunk_counts(self) -> dict[tuple[str, str], int]:  # per report version
        return self.census(None)[1]

    def delete_orphans(self, grace_seconds: float = 3600.0) -> int:
        """Remove chunks left by an interrupted ingest (no matching committed report), older
        than ``grace_seconds``: on a shared Chroma server another process may be between
        writing its chunks and committing its report records right now."""
        return self.census(grace_seconds)[0]

    def census(self, grace_seconds: float | None) -> tuple[int, dict[tuple[str, str], int]]:
        """Stored chunks per report version, and (unless ``grace_seconds`` is None) the
        orphans removed, as ``delete_orphans``: from the records alone when the store's
        counts agree with them, else one pass over every chunk's metadata."""
        infos = self.reports()
        counted = {(i.report_id, i.content_hash): i.chunks for i in infos if i.chunks}
        if self._chunks.count() == sum(counted.values()) and self._text_store.count() == len(infos):
            return 0, counted
        return self._full_census(grace_seconds, {(i.report_id, i.content_hash) for i in infos})

    def _full_census(
        self, grace_seconds: float | None, live: set[tuple[str, str]]
    ) -> tuple[int, dict[tuple[str, str], int]]:
        cutoff = time.time() - (grace_seconds or 0.0)
        counts: dict[tuple[str, str], int] = {}
        loose: dict[tuple[str, str], list[tuple[str, dict]]] = {}
        for got in self._pages(self._chunks, ["metadatas"]):
            for cid, m in zip(got["ids"], got["metadatas"] or [], strict=True):
                key = (str(m.get("report_id")), str(m.get("content_hash")))
                if key in live or grace_seconds is None:
                    counts[key] = counts.get(key, 0) + 1
                else:
                    loose.setdefault(key, []).append((cid, m))
        if grace_seconds is None:
            return 0, counts
        if grace_seconds <= 0:  # no one else writes: every uncommitted chunk is a leftover
            orphans = [cid for cs in loose.values() for cid, _ in cs]
        else:
            orphans = self._aged(loose, cutoff)
        for i in range(0, len(orphans), self._batch):
            self._chunks.delete(ids=orphans[i : i + self._batch])
        if grace_seconds <= 0:  # texts carry no timestamp: only when no one else writes
            live_ids = {text_id(*key) for key in live}
            texts = [
                t
                for got in self._pages(self._text_store, [])
                for t in got["ids"]
                if t not in live_ids
            ]
            for i in range(0, len(texts), self._batch):
                self._text_store.delete(ids=texts[i : i + self._batch])
        return len(orphans), counts

    def _aged(self, loose: dict[tuple[str, str], list[tuple[str, dict]]], cutoff: float):
        """The uncommitted chunks written before ``cutoff``: a format-1 chunk says when, a
        format-2 chunk's text record does (written before it, so a chunk without one is
        not in the middle of a write)."""
        stamps = {tid: float(m.get("written_at", 0)) for tid, m in self._text_records(loose)}
        return [
            cid
            for key, cs in loose.items()
            for cid, m in cs
            if float(m.get("written_at", stamps.get(text_id(*key), 0))) < cutoff
        ]
