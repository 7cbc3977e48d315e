"""jieba tokens per report version, on disk beside the lexical index.

A module of its own, without scipy: the ingest workers write the tokens they make through
it, and importing the lexical index's sparse matrices there cost each worker ~0.1 s of CPU
for nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from reportqa.text import index_text
from reportqa.token_codes import HeldTokens, TokenRow
from reportqa.types import Chunk

__all__ = ["HOLD_MAX_TOKENS", "HeldTokens", "TokenCache", "TokenRow"]

# tokens held in memory for the refresh after an ingest (int32 codes, 4 bytes each: ~16 MB);
# a larger ingest's refresh reads the files back as before
HOLD_MAX_TOKENS = 4_000_000


class TokenCache:
    """jieba tokens per report version, beside the index.

    Kept out of Chroma (a large metadata string per chunk doubles Chroma's write time); a
    process that lacks the file (another machine on a shared Chroma server) re-tokenises the
    chunk texts once and caches them.
    """

    portable = True  # only a folder: ingest workers write the tokens they make

    def __init__(self, directory: Path) -> None:
        self._dir = directory
        self._held: dict[tuple[str, str], HeldTokens] = {}
        self._held_tokens = 0

    def __reduce__(self):
        """Only the folder travels to a worker (not whatever wraps this instance)."""
        return TokenCache, (self._dir,)

    def _path(self, report_id: str, content_hash: str) -> Path:
        return self._dir / f"{report_id}-{content_hash}.json"

    def put(self, report_id: str, content_hash: str, tokens: dict[str, list[str]]) -> None:
        self._dir.mkdir(parents=True, exist_ok=True)
        path = self._path(report_id, content_hash)
        tmp = path.with_suffix(".tmp")
        # ``default``: a held report's rows (``TokenRow``) are written as the lists they equal
        tmp.write_text(json.dumps(tokens, ensure_ascii=False, default=list), encoding="utf-8")
        tmp.replace(path)  # older versions of the report go in prune(), once per refresh

    def hold(self, report_id: str, content_hash: str, held: HeldTokens) -> bool:
        """Keep a report's tokens, as a worker wrote them, for the next ``tokens_for`` (the
        refresh after the ingest), within ``HOLD_MAX_TOKENS``; False when over it."""
        if self._held_tokens + len(held.codes) > HOLD_MAX_TOKENS:
            return False
        self._held[(report_id, content_hash)] = held
        self._held_tokens += len(held.codes)
        return True

    def _get(self, report_id: str, content_hash: str) -> dict[str, list[str]]:
        path = self._path(report_id, content_hash)
        if not path.exists():
            return {}
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def tokens_for(
        self, chunks: Sequence[Chunk], tokenize: Callable[[str], list[str]]
    ) -> Iterator[list[str]]:
        """Each chunk's tokens, in order; one report's file is in memory at a time."""
        key: tuple[str, str] | None = None
        cached: dict[str, list[str]] = {}
        dirty = False
        for c in chunks:
            if (c.report_id, c.info.content_hash) != key:
                if dirty and key:
                    self.put(*key, cached)
                key = (c.report_id, c.info.content_hash)
                held = self._held.pop(key, None)
                if held is not None:
                    self._held_tokens -= len(held.codes)
                cached = self._get(*key) if held is None else held.rows()
                dirty = False
            if c.id not in cached:
                cached[c.id] = tokenize(index_text(c.section_path, c.text))
                dirty = True
            yield cached[c.id]
        if dirty and key:
            self.put(*key, cached)

    def prune(self, live: set[tuple[str, str]]) -> None:
        for path in self._dir.glob("*.json"):
            rid, _, h = path.stem.partition("-")
            if (rid, h) not in live:
                path.unlink(missing_ok=True)
