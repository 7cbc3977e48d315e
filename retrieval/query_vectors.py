"""A question's vector, embedded once.

It depends on the text and the embedder alone, and one answer searches with the same text
more than once (the ranked search inside each unit compared; a caller that searches before
it asks): the vector is kept per (embedder object, text), read-only since callers share it.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from reportqa.ports import Embedder


@lru_cache(maxsize=256)
def query_vector(embedder: Embedder, query: str) -> np.ndarray:
    got = embedder.embed([query])[0]
    got.flags.writeable = False
    return got
