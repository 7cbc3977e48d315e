"""Which-questions that set a condition on the answering sentence (``retrieval.conditions``):
a role held (「党委书记挂帅当组长的」) or a count stated (「开了3次法治专题会的」).

Every report in scope is judged on the topic as usual; a supported report then counts only
when one of its supporting sentences meets the condition. A report whose first sentences do
not is read again by itself, so a sentence further on that does is found. The verbs of
holding leave the need first: 挂帅 is the user's word for what reports write as 任.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from answering import which
from reportqa.answer import Answer
from reportqa.text import to_simplified
from reportqa.types import ReportEvidence
from retrieval.conditions import HOLDING_VERBS, count_stated, role_asked
from retrieval.query import Analysis

if TYPE_CHECKING:
    from collections.abc import Callable

    from answering.kinds import Context
    from retrieval.filters import Filters


def condition(analysis: Analysis) -> Callable[[str], bool] | None:
    """The test a supporting sentence must pass, or None when the question sets none."""
    role = role_asked(analysis.question)
    if role is not None:
        return role.held_in
    count = count_stated(analysis.question)
    if count is not None:
        return count.stated_in
    return None


def answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer | None:
    """The which-answer under the question's condition, or None when it sets none."""
    test = condition(analysis)
    if test is None:
        return None
    if role_asked(analysis.question) is not None:
        analysis = _without_holding(analysis)
    idf = ctx.retriever.concept_idf(analysis, filters)
    evidence = [
        _meeting(ctx, analysis, filters, ev, test)
        for ev in ctx.retriever.fan_out(analysis, filters)
    ]
    return which.compose_which(analysis, evidence, idf)


def _without_holding(analysis: Analysis) -> Analysis:
    concepts = tuple(c for c in analysis.concepts if c.term not in HOLDING_VERBS)
    terms = tuple(t for t in analysis.search_terms if t not in HOLDING_VERBS)
    return replace(analysis, concepts=concepts, search_terms=terms)


def _kept(ev: ReportEvidence, test: Callable[[str], bool]) -> ReportEvidence:
    hits = tuple(h for h in ev.hits if test(to_simplified(h.chunk.text)))
    return replace(ev, hits=hits, supported=bool(hits))


def _meeting(
    ctx: Context,
    analysis: Analysis,
    filters: Filters,
    ev: ReportEvidence,
    test: Callable[[str], bool],
) -> ReportEvidence:
    if not ev.supported:
        return ev
    got = _kept(ev, test)
    if got.supported:
        return got
    alone = replace(filters, report_ids=(ev.info.report_id,))
    again = [e for e in ctx.retriever.fan_out(analysis, alone) if e.info == ev.info]
    return _kept(again[0], test) if again else got
