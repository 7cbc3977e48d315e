"""Which-questions asking for several deeds at once (``retrieval.conjunction``): 「既…又…」,
「同时…、…」, 「A和B都…」. Each part is judged over every report in scope on its own, as a
which-question of its own words; a report counts when every part is supported, each maybe in
another sentence, and quotes one sentence per part. A report saying one part only is listed as
not mentioning the question.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from answering import which
from reportqa.answer import Answer
from reportqa.types import ReportEvidence
from retrieval.conjunction import conjoined
from retrieval.query import Analysis, Concept

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters


def answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer | None:
    """The which-answer requiring every part, or None when the question asks one need."""
    parts = [ctx.retriever.analyze(p).concepts for p in conjoined(analysis.question)]
    if len(parts) < 2 or not all(parts):
        return None
    needs = [_need(analysis, p) for p in parts]
    judged = [ctx.retriever.fan_out(n, filters) for n in needs]
    merged = [_every(evs) for evs in zip(*judged, strict=True)]
    need = _need(analysis, tuple(c for p in parts for c in p))
    return which.compose_which(need, merged, ctx.retriever.concept_idf(need, filters), needs)


def _need(analysis: Analysis, concepts: tuple[Concept, ...]) -> Analysis:
    terms = tuple(dict.fromkeys(t for c in concepts for t in (c.term, *c.alternatives[:3])))
    return replace(analysis, concepts=concepts, search_terms=terms)


def _every(evidence: tuple[ReportEvidence, ...]) -> ReportEvidence:
    """One report's verdicts on each part: supported when all are, quoting each part's best
    sentence; else the first part it misses, with its reason."""
    first = evidence[0]
    missed = next((ev for ev in evidence if not ev.supported), None)
    if missed is not None:
        return replace(missed, hits=(), supported=False)
    hits = tuple(h for ev in evidence for h in ev.hits[:1])
    return ReportEvidence(first.info, hits, True, min(ev.score for ev in evidence), "各项均提到")
