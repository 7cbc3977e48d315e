"""The chunk vectors of a version an ingest in this process just committed, from what is in
hand: those it embedded and those of the version before it. Without them the first search
inside a few reports reads every vector back from Chroma (7 s at 150 000 chunks)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from reportqa.types import Chunk


def seeded_vectors(
    chunks: Sequence[Chunk],
    committed: dict[tuple[str, str], list[Chunk]],
    fresh: dict[str, np.ndarray],
    before: tuple[dict[str, int], np.ndarray] | None,
    reports: int,
) -> np.ndarray | None:
    """One row per chunk of ``chunks`` (the new version, ``reports`` reports), or None when
    some vector is not in hand (it is then loaded from the store on first use): ``fresh``
    holds each committed report's vectors, ``before`` the rows and vectors of the version
    held before the ingest."""
    if not fresh or (before is None and len(fresh) < reports):
        return None
    old_rows, old = before if before is not None else ({}, None)
    by_id = {
        c.id: vec
        for group in committed.values()
        for c, vec in zip(group, fresh[group[0].report_id] if group else (), strict=True)
    }
    dim = next(iter(fresh.values())).shape[1]
    out = np.empty((len(chunks), dim), dtype=np.float32)
    for row, c in enumerate(chunks):
        if c.id in by_id:
            out[row] = by_id[c.id]
        elif old is not None and c.id in old_rows:
            out[row] = old[old_rows[c.id]]
        else:
            return None
    return out
