"""The frame every quoted fact answer shares, written once.

A fact answer read off the reports (a value, a plan against its outcome, a numbered list's
item, or the statement that a unit's report holds no such item) is the question as asked —
follow-ups are resolved by the service afterwards (``service._finish``) — with kind FACT and
the extractive mode, the units whose quotes answer as supported and any unit whose report
was read and lacks the thing as not mentioned. Each answering path built that frame by hand;
one function keeps the paths from drifting apart in what an answer claims of its units.
"""

from __future__ import annotations

from collections.abc import Iterable

from answering.extractive import CitationBook
from reportqa.answer import Answer, Block, Kind, verdicts
from retrieval.query import Analysis


def fact_answer(
    analysis: Analysis,
    body: Iterable[Block],
    searched: int,
    supported: Iterable[str] = (),
    *,
    unsaid: Iterable[str] = (),
    book: CitationBook | None = None,
) -> Answer:
    """A quoted fact answer to ``analysis``: ``body`` cites ``book``'s items, ``supported``
    units answer, ``unsaid`` units' reports lack the thing; ``searched`` reports were read."""
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.FACT,
        mode="extractive",
        body=tuple(body),
        units=verdicts(tuple(supported), tuple(unsaid)),
        citations=tuple(book.items) if book else (),
        searched=searched,
    )
