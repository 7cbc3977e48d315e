"""The fan-out's candidate chunks that can reach the floor, decided for all at once.

Why this exists: a which-question at 10 000 reports hands the per-report judgement some
17 000 candidate chunks (every chunk holding a cue word), and about seven in ten of those the
judgement only opens to find that the chunk, read whole with its headings, cannot reach the
support line (its upper bound, ``bounds.Bound``) — a Python step, a text fetch and a few
substring tests each, a quarter of the judgement's time. Whether a chunk holds a string is
a fact about the library, kept per string across questions (``substring_rows``, the
character-pair index; ``chunk_paths`` for the headings), so a looser bound over those
answers (``Bound.may_reach``: never under the exact one) rules most of them out in one
pass over arrays. Every chunk it keeps is judged as before, in the same order, and every
chunk it drops the judgement would have dropped: the answers are the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from reportqa.types import Chunk
from retrieval.bounds import Bound
from retrieval.chunk_paths import ChunkPaths
from retrieval.evidence import Need

# under this many candidates the pass is not run: a few hundred chunks cost the judgement
# well under a millisecond, and a pass is a few dozen array operations whatever the count
# (at 165 reports, forcing it on or off measured the same fresh which-answer, ~4-5 ms p50)
FEW_ROWS = 2048


def reachable(
    rows: np.ndarray,
    needs: Sequence[Need],
    floor: float,
    text_holds: Callable[[str, np.ndarray], np.ndarray],
    paths: ChunkPaths,
    chunks: Sequence[Chunk],
    version,
) -> np.ndarray:
    """The rows of ``rows`` whose text with its section path may reach ``floor``.
    ``text_holds(s, rows)``: whether each row's simplified text holds ``s``."""
    if rows.size < FEW_ROWS or floor <= 0:
        return rows
    ids = paths.ids(rows, chunks, version)

    def holds(s: str, at: np.ndarray | None) -> np.ndarray:
        these, their = (rows, ids) if at is None else (rows[at], ids[at])
        if "\n" in s:  # may span the path and the text: kept
            return np.ones(these.size, dtype=bool)
        return text_holds(s, these) | paths.holding(s, their)

    return rows[Bound(needs).may_reach(holds, rows.size, floor)]
