"""Which-questions that set a condition on the answering sentence (``retrieval.conditions``):
a role held (「党委书记挂帅当组长的」), a count stated (「开了3次法治专题会的」), a count bound
(「超过1000件的」, ``retrieval.count_bounds``) or some count stated (「写了具体人次的」); and what does not count (「光看录像的不算」, ``retrieval.exclusions``).

Every report in scope is judged on the topic as usual; a supported report then counts only
when one of its supporting sentences meets the condition. A report whose first sentences do
not is read again by itself, so a sentence further on that does is found. The verbs of
holding leave the need first: 挂帅 is the user's word for what reports write as 任.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from answering import which
from answering.count_beside import topic_forms
from reportqa.answer import Answer
from reportqa.text import to_simplified
from reportqa.types import ReportEvidence
from retrieval.but_not import ButNot, but_not_text
from retrieval.conditions import HOLDING_VERBS, count_stated, figure_asked, role_asked
from retrieval.count_bounds import bound_asked
from retrieval.exclusions import excluded_parts, exclusion
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
    bound = bound_asked(analysis.question)  # 「超过1000件的」: a stated count must meet it
    if bound is not None:
        topics = [topic_forms([c]) for c in analysis.concepts]  # whose count (``count_deeds``)
        return lambda sentence: bound.met_in(sentence, topics)
    figure = figure_asked(analysis.question)
    return None if figure is None else figure.stated_in


def answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer | None:
    """The which-answer under the question's conditions, or None when it sets none."""
    tests = [condition(analysis), _allowed(ctx, analysis), _without_b(ctx, analysis)]
    tests = [t for t in tests if t is not None]
    if not tests:
        return None
    if role_asked(analysis.question) is not None:
        analysis = _without_holding(analysis)
    idf = ctx.retriever.concept_idf(analysis, filters)
    evidence = [
        meeting(ctx, analysis, filters, ev, lambda s: all(t(s) for t in tests))
        for ev in ctx.retriever.fan_out(analysis, filters)
    ]
    return which.compose_which(analysis, evidence, idf)


def _allowed(ctx: Context, analysis: Analysis) -> Callable[[str], bool] | None:
    """「光看录像的不算」: a sentence whose only support is the excluded thing is none
    (``retrieval.exclusions``)."""
    parts = excluded_parts(analysis.question)
    if not parts:
        return None
    excluded = [c.alternatives for p in parts for c in ctx.retriever.analyze(p).concepts]
    found = exclusion(excluded, [c.alternatives for c in analysis.concepts if c.required])
    return None if found is None else found.allows


def _without_b(ctx: Context, analysis: Analysis) -> Callable[[str], bool] | None:
    """「有A但一件没输的」: A's sentence must not say B happened (``retrieval.but_not``)."""
    b = but_not_text(analysis.question)
    if b is None:
        return None
    spellings = [a for c in ctx.retriever.analyze(b).concepts for a in c.alternatives]
    return ButNot(tuple(spellings)).allows if spellings else None


def _without_holding(analysis: Analysis) -> Analysis:
    concepts = tuple(c for c in analysis.concepts if c.term not in HOLDING_VERBS)
    terms = tuple(t for t in analysis.search_terms if t not in HOLDING_VERBS)
    return replace(analysis, concepts=concepts, search_terms=terms)


_ALL = 10_000  # every supporting sentence of one report


def kept(ev: ReportEvidence, test: Callable[[str], bool]) -> ReportEvidence:
    hits = tuple(h for h in ev.hits if test(to_simplified(h.chunk.text)))
    return replace(ev, hits=hits, supported=bool(hits))


def meeting(
    ctx: Context,
    analysis: Analysis,
    filters: Filters,
    ev: ReportEvidence,
    test: Callable[[str], bool],
) -> ReportEvidence:
    """``ev`` kept only with the sentences passing ``test``; a report whose shown sentences all
    fail is searched again on its own (its best hits may not be the ones meeting the
    condition: 「调解矛盾纠纷超过200件的」 over a report whose best sentences on 调解 are of its
    mediation committees, its count 「矛盾纠纷242件」 further on), so every sentence of it on
    the topic is tested, not only the few a report shows. Shared by every condition read per
    sentence (``conditioned``, ``rated``)."""
    if not ev.supported:
        return ev
    got = kept(ev, test)
    if got.supported:
        return got
    alone = replace(filters, report_ids=(ev.info.report_id,))
    again = [e for e in ctx.retriever.fan_out(analysis, alone, keep=_ALL) if e.info == ev.info]
    return kept(again[0], test) if again else got
