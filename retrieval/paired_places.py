"""Two place names side by side are either place, and their contraction.

「帮香港澳门年轻人来创业的」: two places written one after the other name a group of places
(港澳青年, 香港青年 and 澳门青年 are all asked), never one place inside the other — a unit within
its county is scope (``retrieval.unit_mentions``) and never reaches the concepts. Read word by
word, each place was a need of its own and only a report naming both in full answered; reports
write the pair contracted to one character of each (港澳, 京津, 深港澳). So the two become one
concept: either name in full, or a contraction of one character of each in their order (the
characters a contraction keeps are no rule of grammar; the contractions no report writes cost
nothing). The places are a condition of the sentence (``Concept.must``): they say whose deed
is asked (港澳青年创业), and a sentence on another place's youth (青年创新创业) is no answer.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from retrieval.concept import Concept

Tagger = Callable[[str], list[tuple[str, str]]]

# a word ending so names a unit of administration: a level, no place of a group
_LEVELS = tuple("省市县区镇乡村")


def _contractions(a: str, b: str) -> tuple[str, ...]:
    return tuple(x + y for x in a for y in b)


def paired_places(question: str, concepts: tuple[Concept, ...], tagged: Tagger) -> tuple:
    """``concepts`` with each pair of adjacent place names of the question one concept."""
    words = tagged(question)
    for (a, fa), (b, fb) in pairwise(words):
        if not (fa == fb == "ns" and len(a) == len(b) == 2 and a != b and a + b in question):
            continue
        if a.endswith(_LEVELS) or b.endswith(_LEVELS):
            continue
        ca = next((c for c in concepts if c.term == a and c.required), None)
        cb = next((c for c in concepts if c.term == b and c.required), None)
        if ca is None or cb is None:
            continue
        said = (*ca.alternatives, *cb.alternatives, *_contractions(a, b))
        merged = Concept(f"{a}/{b}", tuple(dict.fromkeys(said)), True, must=True)
        concepts = tuple(merged if c is ca else c for c in concepts if c is not cb)
    return concepts
