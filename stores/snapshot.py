"""The committed library as last read from Chroma, kept on local disk: the store's version,
its report records and their chunks.

Reading 150 000 chunks back from Chroma takes longer than anything else a starting process
does; with this copy a process reads from Chroma only the reports that changed since it
(or another process on the same data dir) last looked. The version and the records let the
web app answer before Chroma is even imported (``Catalog.open_local``), checking the
version right after. It is a cache: a missing, damaged or stale copy only costs a full read.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reportqa.ports import Held

log = logging.getLogger(__name__)
_FORMAT = 3  # 1: chunks only; 2: without the source


@contextmanager
def _collector_held_off() -> Iterator[None]:
    """The cyclic collector paused while the copy is read. Reading it makes one chunk and
    one dict per chunk (150 000 at 10 000 reports), all alive until the library is
    replaced, none of them garbage: each young collection the allocations trigger walks
    what was read so far and finds nothing (1.1 -> 0.45 s CPU for the read at 10 000
    reports). What was read is frozen before the collector is back (``gc.freeze``, as the
    catalog freezes the loaded library right after, ``Catalog.refresh``): objects made with
    the collector off still count as young, so the first allocation after re-enabling it set
    off a young collection walking all of them (~90 ms of the opening at 10 000 reports),
    and a later one walked them again as survivors. A copy found stale is freed by reference
    counting as before (chunks hold no cycles). Left disabled if something else (an answer's
    pause) had disabled it."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was:
            gc.enable()


class ChunkSnapshot:
    def __init__(self, path: Path) -> None:
        self._path = path

    def load(self) -> Held:
        try:
            with self._path.open("rb") as f, _collector_held_off():
                saved = pickle.load(f)
        except FileNotFoundError:
            return Held()
        except Exception as exc:  # any damage means a full read, never a failure
            log.warning("chunk snapshot unreadable, reading Chroma instead: %s", exc)
            return Held()
        if not isinstance(saved, tuple) or saved[0] != _FORMAT:
            return Held()  # an earlier round's copy: read once from the store, then rewritten
        _, version, infos, chunks, source = saved
        return Held(version, infos, chunks, source)

    def save(self, held: Held) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_name(f"{self._path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            saved = (_FORMAT, held.version, held.infos, held.chunks, held.source)
            pickle.dump(saved, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(self._path)
