"""Is a number in a sentence a count of the thing asked about? (a how-many answer's test)

Kept apart from ``retrieval.evidence`` (which judges whether a sentence says it at all): a
count must stand near a mention of the question's concepts, not anywhere in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.measures import QUANTITY

if TYPE_CHECKING:
    from retrieval.evidence import Need

_NEAR = 25  # characters between a count and the thing it counts (「调处矛盾纠纷37起」)


def _mentions(text: str, need: Need) -> list[tuple[int, int]]:
    out = []
    for a in (*need.full, *(p for p, _ in need.parts)):
        pos = text.find(a)
        while pos >= 0:
            out.append((pos, pos + len(a)))
            pos = text.find(a, pos + 1)
    return out


def counts_need(text: str, needs: Sequence[Need], counts: re.Pattern = QUANTITY) -> bool:
    """A how-many answer gives a count of the thing asked about, standing near a mention
    of one of the question's concepts, not just any number in the sentence (``counts``:
    a number with the measure word the question asks for, ``retrieval.measures``)."""
    spans = [m for n in needs if n.concept.required for m in _mentions(text, n)]
    spans = spans or [m for n in needs for m in _mentions(text, n)]
    for q in counts.finditer(text):
        if any(-6 <= q.start() - e <= _NEAR or 0 <= s - q.end() <= 6 for s, e in spans):
            return True
    return False
