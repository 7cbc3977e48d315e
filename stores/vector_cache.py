"""The chunk vectors as one float32 matrix on local disk, one file per index version.

A search inside a few reports is an exact cosine over their rows (a small matrix product),
not a filtered ANN query; for that every chunk's vector must be at hand in the lexical
index's row order. Reading them back from Chroma takes 7 s at 150 000 chunks, so they are
kept in ``<version>.npy`` and memory-mapped: a process touches only the rows of the reports
it searches, and does not hold the whole matrix (155 MB at 150 000 chunks) in its RSS. It is
a cache: a missing or damaged file only costs one read from the store.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


class VectorFile:
    def __init__(self, directory: Path) -> None:
        self._dir = directory
        self._version = ""
        self._vectors: np.ndarray | None = None

    def held(self, version: str) -> np.ndarray | None:
        """The vectors of ``version`` if this process has them open, else None."""
        return self._vectors if version and version == self._version else None

    def put(self, version: str, vectors: np.ndarray) -> np.ndarray:
        """Keep ``vectors`` (rows as the index's chunks) as the current version's; returns
        the memory-mapped copy, so the caller can let its own go."""
        self._dir.mkdir(parents=True, exist_ok=True)
        path = self._path(version)
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npy")
        np.save(tmp, np.ascontiguousarray(vectors, dtype=np.float32))
        tmp.replace(path)
        for old in self._dir.glob("*.npy"):
            if old != path and ".tmp." not in old.name:
                old.unlink(missing_ok=True)  # a mapping elsewhere keeps its pages until closed
        mapped = self._open(path, len(vectors))
        self._vectors = mapped if mapped is not None else vectors
        self._version = version
        return self._vectors

    def get(
        self, version: str, ids: Sequence[str], load: Callable[[list[str]], np.ndarray]
    ) -> np.ndarray:
        """The vectors of ``ids`` (the index's chunks at ``version``): held, on disk, or
        read with ``load`` once and kept."""
        held = self.held(version)
        if held is not None:
            return held
        opened = self._open(self._path(version), len(ids))
        if opened is not None:
            self._vectors, self._version = opened, version
            return opened
        return self.put(version, load(list(ids)))

    def _path(self, version: str) -> Path:
        return self._dir / f"{version}.npy"

    @staticmethod
    def _open(path: Path, rows: int) -> np.ndarray | None:
        try:
            vectors = np.load(path, mmap_mode="r")
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("chunk vectors unreadable, reading them from the store: %s", exc)
            return None
        if vectors.ndim != 2 or len(vectors) != rows or vectors.dtype != np.float32:
            return None
        return np.asarray(vectors)  # a plain read-only view of the mapping: no per-row memmap
