"""The committed chunks as last read from Chroma, kept on local disk.

Reading 150 000 chunks back from Chroma takes longer than anything else a starting process
does; with this copy a process reads from Chroma only the reports that changed since it
(or another process on the same data dir) last looked. It is a cache: a missing, damaged or
stale copy only costs a full read.
"""

from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path

from reportqa.types import Chunk

log = logging.getLogger(__name__)
_FORMAT = 1


class ChunkSnapshot:
    def __init__(self, path: Path) -> None:
        self._path = path

    def load(self) -> list[Chunk]:
        try:
            with self._path.open("rb") as f:
                fmt, chunks = pickle.load(f)
        except FileNotFoundError:
            return []
        except Exception as exc:  # any damage means a full read, never a failure
            log.warning("chunk snapshot unreadable, reading Chroma instead: %s", exc)
            return []
        return chunks if fmt == _FORMAT else []

    def save(self, chunks: list[Chunk]) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_name(f"{self._path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump((_FORMAT, chunks), f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(self._path)
