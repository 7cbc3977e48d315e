"""A which-answer composed from judged evidence: every supported report with its quote, every
other report in scope named 「未提及」. Apart from ``answering.which`` so the readings that
decide the evidence otherwise (``answering.graded``, ``both``, ``glossed``) compose the same
answer without importing the entry point that calls them.
"""

from __future__ import annotations

from collections.abc import Sequence

from answering.extractive import (
    CitationBook,
    Quoter,
    _label,
    _quoted,
    _unique_townships,
    no_evidence,
)
from reportqa.answer import Answer, Bullets, Completeness, Kind, Paragraph, Text, verdicts
from reportqa.types import ReportEvidence, ReportInfo
from retrieval.query import Analysis


def _quotes(ev: ReportEvidence, quote: Quoter, parts: Sequence[Quoter]) -> list:
    """The report's quote, or one per part of a question asking several at once (the same
    sentence once); a part with no sentence of its own falls back to the one quote."""
    found = [part(ev) for part in parts]
    if parts and all(found):
        return [q for i, q in enumerate(found) if all(q[1] != p[1] for p in found[:i])]
    one = quote(ev)
    return [one] if one is not None else []


def compose_which(
    analysis: Analysis,
    evidence: Sequence[ReportEvidence],
    idf: dict[str, float],
    parts: Sequence[Analysis] = (),
) -> Answer:
    """``parts``: the needs of a question asking several at once (``answering.both``): each
    supported report quotes its sentence for every part."""
    book = CitationBook()
    lines: list[tuple[Text, ...]] = []
    supported: list[ReportInfo] = []
    quote, part_quotes = Quoter(analysis, idf), [Quoter(part, idf) for part in parts]
    for ev in evidence:
        if not ev.supported:
            continue
        quotes = _quotes(ev, quote, part_quotes)
        if not quotes:
            continue
        supported.append(ev.info)
        cited = [
            _quoted(span.text, book.cite(chunk, span), "；" if i else "：")
            for i, (chunk, span) in enumerate(quotes)
        ]
        lines.append((*_label(ev.info), *cited))
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
