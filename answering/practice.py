"""Practice cells (「A和B的政府常务会学法各自怎么搞的」「分别管些什么」): what a cell taken
from a ranked passage (one the evidence judge did not accept) must name.

A comparison of a practice is about its most specific word: 常务会 in 「常务会学法」, 夜校 in
「法治夜校」. A passage naming only the commoner rest (「坚持领导干部集中学法」) tells another
practice, and so does one naming the specific word as another kind (「依托农民夜校开展培训」
for 法治夜校: a noun of its own right before it). Such a unit's cell is 「未提及」.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from answering.extractive import ASKS_COVERAGE, WHO
from answering.sentences import wants_number
from reportqa.text import to_simplified
from retrieval.query import Analysis, Concept

Tagger = Callable[[str], list[tuple[str, str]]]


def asks_practice(analysis: Analysis) -> bool:
    """Named units, one thing asked of them (「在依法决策和法律服务上各做了什么」 asks two: a
    cell telling either answers), and neither a count, a person nor an aspect (「覆盖面」)."""
    q = analysis.question
    rest = q
    for unit in analysis.townships:
        rest = rest.replace(unit, "\0")
    rest = re.sub(r"\0(?:\s*(?:[和与及、跟同]|以及)\s*\0)*", "", rest)  # the units' own 和
    return (
        len(analysis.townships) >= 2
        and not re.search(r"[和与及或、]|以及|还有", rest)
        and not wants_number(q)
        and not WHO.search(q)
        and not ASKS_COVERAGE.search(q)
    )


def _rarest(analysis: Analysis, idf: dict[str, float]) -> Concept | None:
    """The required concept fewest reports mention, when it is rarer than every other."""
    required = [c for c in analysis.concepts if c.required and c.term in idf]
    if len(required) < 2:
        return None
    ranked = sorted(required, key=lambda c: -idf[c.term])
    return ranked[0] if idf[ranked[0].term] > idf[ranked[1].term] else None


def _modifier(analysis: Analysis, thing: Concept) -> Concept | None:
    """The concept the question writes right before ``thing`` (法治 in 法治夜校)."""
    q = to_simplified(analysis.question)
    at = q.find(thing.term)
    for c in analysis.concepts:
        if c is not thing and at > 0 and q[:at].endswith(c.term):
            return c
    return None


def names_practice(analysis: Analysis, idf: dict[str, float], tagged: Tagger):
    """A predicate on a cell's text, or None when any passage may stand (no practice
    asked, or no concept rarer than the rest)."""
    if not asks_practice(analysis):
        return None
    thing = _rarest(analysis, idf)
    if thing is None:
        return None
    modifier = _modifier(analysis, thing)
    own = set(modifier.alternatives) if modifier else set()

    def names(text: str) -> bool:
        plain = to_simplified(text)
        if not any(a in plain for a in thing.alternatives):
            return False
        if not own:
            return True
        # every mention led by a noun of its own (农民夜校 for 法治夜校) is another kind
        words = tagged(plain)
        for i, (w, _) in enumerate(words):
            if any(a in w for a in thing.alternatives):
                before = words[i - 1] if i else ("", "")
                led = w not in thing.alternatives and not any(w.startswith(o) for o in own)
                other = before[1].startswith("n") and before[0] not in own
                if not (led or other):
                    return True
        return False

    return names
