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

# A closing total: a clause that is only a total word and a count (「…共同参加专题讲座,涉及《民法典》
# …等,今年共计8场。」「…,累计12次」) has no noun of its own, so it counts the sentence's deed named
# before it however long the list between; the count must end its clause (no noun after it).
_TOTAL_CLAUSE = re.compile(
    r"(?:^|[,，;；:：])\s*(?:今年|全年度?|本年度?|年内|当年)?(?:以来)?"
    r"(?:共计|合计|累计|总计|一共|共)(?:达到?|有|开展|举办|组织)?\s*$"
)
_CLAUSE_END = re.compile(r"\s*(?:$|[。；;，,！!）)])")


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
        if closing_total(text, q.start(), q.end()) and any(e <= q.start() for _, e in spans):
            return True
    return False


def closing_total(text: str, start: int, end: int) -> bool:
    """The count at ``text[start:end]`` is a closing total (``_TOTAL_CLAUSE``): its clause
    holds only the total word before it and nothing after it."""
    return bool(_TOTAL_CLAUSE.search(text[:start]) and _CLAUSE_END.match(text, end))


def total_lead(text: str, start: int, end: int) -> str:
    """What a closing total counts: its sentence before it (the deed and the list it totals);
    '' for any other count."""
    if not closing_total(text, start, end):
        return ""
    return text[max((text.rfind(ch, 0, start) for ch in "。！？!?\n"), default=-1) + 1 : start]
