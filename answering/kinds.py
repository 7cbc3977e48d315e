"""Answer kinds as a registry: one module a kind, one entry point each.

``answer(ctx, analysis, filters) -> Answer`` in ``which``, ``compare`` and ``fact``; the
service looks the question's ``Kind`` up here instead of branching on strings. A new shape
is a new module and one line in ``answerers``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportqa.answer import Answer, Kind

if TYPE_CHECKING:
    from retrieval.filters import Filters
    from retrieval.query import Analysis
    from retrieval.search import HybridRetriever


@dataclass(frozen=True)
class Context:
    """What every kind's answerer may use: the retriever, how many passages a ranked search
    returns, and the test of whether a sentence names someone (「法律顾问是谁」)."""

    retriever: HybridRetriever
    top_k: int
    person: Callable[[str], bool]


Answerer = Callable[[Context, "Analysis", "Filters"], Answer]


def answerers() -> dict[Kind, Answerer]:
    """The registry (built on first use: the kind modules import this one for ``Context``)."""
    from answering import compare_unsaid

    return {Kind.WHICH: _which, Kind.COMPARE: compare_unsaid.answer, Kind.FACT: _fact}


def _fact(ctx: Context, analysis: Analysis, filters: Filters) -> Answer:
    """A count of a glossary's entries (「名词解释有多少条」) is read off the report's
    structure (``glossary_count``); any other fact question is the plain ``fact.answer``."""
    from answering import fact
    from answering.glossary_count import glossary_count_answer

    return glossary_count_answer(ctx, analysis, filters) or fact.answer(ctx, analysis, filters)


def _which(ctx: Context, analysis: Analysis, filters: Filters) -> Answer:
    """A role condition (「书记挂帅、镇长当副组长的」) is read per unit by ``roles``; else the
    question passes through ``glossed``: a gloss or an elaboration in the question is no
    extra requirement; without one it is the plain ``which.answer``."""
    from answering import glossed, roles
    from answering.defined import which_defined
    from answering.glossary_count import glossary_count_answer

    return (
        glossary_count_answer(ctx, analysis, filters)  # 「哪份的名词解释条目最多」: a count
        or which_defined(ctx, analysis, filters)  # 「“新四样”包括哪些」: the report's explanation
        or roles.answer(ctx, analysis, filters)
        or glossed.answer(ctx, analysis, filters)
    )
