"""The which-answer listing the reports that have a part of their own, each by one quoted line.

Two questions ask about a report's structure rather than its sentences — which reports have a
standard part (「存在的不足」, ``part_which``) and which give a topic a section of its own
(「单独列成一大块」, ``own_section``). Both answer the same way: every report in scope that has
it, listed by the heading (or opening sentence) found, the others named 「未提及」, so the two
share this one builder and cannot drift apart in how they cite or count.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from answering.extractive import CitationBook, _label, _quoted, _unique_townships, no_evidence
from answering.sentences import Span
from reportqa.answer import Answer, Bullets, Completeness, Kind, Paragraph, Text, verdicts
from reportqa.types import Chunk, ReportInfo

if TYPE_CHECKING:
    from retrieval.query import Analysis

__all__ = ["heading_list_answer"]


def heading_list_answer(
    analysis: Analysis,
    infos: Sequence[ReportInfo],
    found: Mapping[str, tuple[Chunk, Span]],
    head: str,
) -> Answer:
    """The list answer over ``infos``: those whose report id is in ``found`` quoted by their
    span, headed by ``head`` (given the number of units as ``{n}``); no evidence when none is."""
    book = CitationBook()
    lines: list[tuple[Text, ...]] = []
    having = [i for i in infos if i.report_id in found]
    for info in having:
        chunk, span = found[info.report_id]
        lines.append((*_label(info), _quoted(span.text, book.cite(chunk, span), "：")))
    names = _unique_townships(having)
    lacking = [
        t for t in _unique_townships([i for i in infos if i not in having]) if t not in names
    ]
    if not having:
        return no_evidence(analysis, len(infos), lacking)
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.WHICH,
        mode="extractive",
        body=(Paragraph((Text(head.replace("{n}", str(len(names)))),)), Bullets(tuple(lines))),
        units=verdicts(names, lacking),
        completeness=Completeness(len(infos), tuple(lacking)),
        citations=tuple(book.items),
        searched=len(infos),
    )
