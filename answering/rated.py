"""Which-questions that name the rate a practice is held at (``retrieval.frequency``):
「哪个乡每周召开矛盾纠纷研判会」「哪些镇每季度开展一次法治督查」.

The rate is a condition, not a topic word: the practice is judged without it (a report writes
「每月召开研判会」, and 每月 is no word of the practice), and a supported report then counts
only when one of its supporting sentences spells the asked rate — a report that holds the
practice at another rate, or says only 「定期」, did not say what was asked, and the answer is
「没有」 with no unit invented. A report whose first sentences do not spell it is read again by
itself, so a sentence further on that does is found. Any other condition the question sets
(a count bound, a role: ``answering.conditioned``) must hold in the same sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from answering import which
from answering.conditioned import condition, meeting
from reportqa.answer import Answer
from retrieval.frequency import RATE_WORD, frequency_asked
from retrieval.query import Analysis

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters


def answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer | None:
    """The which-answer under the asked rate, or None when the question names none."""
    rate = frequency_asked(analysis.question)
    if rate is None or analysis.number:
        return None
    other = condition(analysis)
    tests = [t for t in (rate.stated_in, other) if t is not None]
    need = _without_rate(analysis)
    if not any(c.required for c in need.concepts):
        return None
    idf = ctx.retriever.concept_idf(need, filters)
    evidence = [
        meeting(ctx, need, filters, ev, lambda s: all(t(s) for t in tests))
        for ev in ctx.retriever.fan_out(need, filters)
    ]
    return which.compose_which(need, evidence, idf)


def _without_rate(analysis: Analysis) -> Analysis:
    """The need without the words that only spell the rate (每季度, 每月, 一次)."""
    concepts = tuple(c for c in analysis.concepts if not re.fullmatch(RATE_WORD, c.term))
    terms = tuple(t for t in analysis.search_terms if not re.fullmatch(RATE_WORD, t))
    return replace(analysis, concepts=concepts, search_terms=terms)
