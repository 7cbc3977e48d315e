"""Wall time per ingest phase for ``reportqa bench``: a few library methods wrapped on their
instances, and the Chroma writer process's own timings (its writes are no method call here)."""

from __future__ import annotations

import time
from collections.abc import Callable


class Phases:
    """Wall time per ingest phase, by wrapping a few library methods on their instances."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.stage_start: dict[str, float] = {}

    def wrap(self, obj: object, attr: str, phase: str) -> None:
        inner: Callable | None = getattr(obj, attr, None)
        if inner is None:  # the library moved on: that phase is simply not reported
            return

        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                self.seconds[phase] = self.seconds.get(phase, 0.0) + time.perf_counter() - t

        setattr(obj, attr, timed)

    def catch_writers(self, store: object) -> list:
        """The writer processes a pooled ingest starts (``ChromaStore.spawn_writer``): they
        make its Chroma writes, which the wrapped store methods then never see."""
        writers: list = []
        spawn = getattr(store, "spawn_writer", None)
        if spawn is not None:

            def caught():
                writers.append(spawn())
                return writers[-1]

            store.spawn_writer = caught  # type: ignore[attr-defined]
        return writers

    def add_writers(self, writers: list) -> None:
        """The writers' own timings into ``chroma_write`` (and the part while reading)."""
        reading_end = self.stage_start.get("分词")
        for w in writers:
            self.seconds["chroma_write"] = self.seconds.get("chroma_write", 0.0) + w.write_seconds()
            if reading_end is not None:
                early = w.write_seconds(reading_end)
                key = "chroma_write_while_reading"
                self.seconds[key] = self.seconds.get(key, 0.0) + early

    def progress(self, _n: int, _total: int, label: str) -> None:
        stage = label.split(" ", 1)[0]
        if stage == "分词" and stage not in self.stage_start:
            # the Chroma writes a pooled ingest makes while its workers still read: that
            # much of ``chroma_write`` lies inside ``read_clean_chunk``
            self.seconds["chroma_write_while_reading"] = self.seconds.get("chroma_write", 0.0)
        self.stage_start.setdefault(stage, time.perf_counter())
