"""Which-questions (「哪些乡镇…」): every report in scope judged on its own evidence, so the
answer lists every unit whose report says it and names those whose reports do not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from answering.extractive import (
    CitationBook,
    _label,
    _quote_for,
    _quoted,
    _unique_townships,
    no_evidence,
)
from reportqa.answer import Answer, Bullets, Completeness, Kind, Paragraph, Text, verdicts
from reportqa.types import ReportEvidence, ReportInfo
from retrieval.query import Analysis

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters


def answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer:
    """The entry point of this kind (``answering.kinds.answerers``)."""
    idf = ctx.retriever.concept_idf(analysis, filters)
    return compose_which(analysis, ctx.retriever.fan_out(analysis, filters), idf)


def compose_which(
    analysis: Analysis, evidence: Sequence[ReportEvidence], idf: dict[str, float]
) -> Answer:
    book = CitationBook()
    lines: list[tuple[Text, ...]] = []
    supported: list[ReportInfo] = []
    for ev in evidence:
        if not ev.supported:
            continue
        found = _quote_for(ev, analysis, idf)
        if found is None:
            continue
        chunk, span = found
        n = book.cite(chunk, span)
        supported.append(ev.info)
        lines.append((*_label(ev.info), _quoted(span.text, n, "：")))
    supported_ids = {i.report_id for i in supported}
    missing = [ev.info for ev in evidence if ev.info.report_id not in supported_ids]
    names = _unique_townships(supported)
    named = set(names)
    not_mentioned = [t for t in _unique_townships(missing) if t not in named]
    topic = analysis.topic or analysis.question
    if not supported:
        return no_evidence(analysis, len(evidence), not_mentioned)
    head = Paragraph((Text(f"共 {len(names)} 个单位的报告提到「{topic}」："),))
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.WHICH,
        mode="extractive",
        body=(head, Bullets(tuple(lines))),
        units=verdicts(names, not_mentioned),
        completeness=Completeness(len(evidence), tuple(not_mentioned)),
        citations=tuple(book.items),
        searched=len(evidence),
    )
