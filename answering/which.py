"""Which-questions (「哪些乡镇…」): every report in scope judged on its own evidence, so the
answer lists every unit whose report says it and names those whose reports do not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from answering.extractive import (
    CitationBook,
    Quoter,
    _label,
    _quoted,
    _unique_townships,
    no_evidence,
)
from answering.near import near_answer, near_reading
from answering.unsaid_words import unsaid_answer
from reportqa.answer import Answer, Bullets, Completeness, Kind, Paragraph, Text, verdicts
from reportqa.text import to_simplified
from reportqa.types import ReportEvidence, ReportInfo
from retrieval.evidence import Need, counts_need
from retrieval.query import Analysis

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters


def answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer:
    """The entry point of this kind (``answering.kinds.answerers``)."""
    idf = ctx.retriever.concept_idf(analysis, filters)
    evidence = ctx.retriever.fan_out(analysis, filters)
    if analysis.number:
        evidence = [_with_count(ctx, analysis, filters, ev) for ev in evidence]
    got = compose_which(analysis, evidence, idf)
    if got.townships or analysis.number or not evidence:
        return got
    told = unsaid_answer(ctx, analysis, filters, evidence, idf, got)  # 「没有“X”这个说法」
    if told is not None:
        return told
    near = near_reading(ctx, analysis, filters, idf)  # 「没有」: what says all of it but one word
    return near_answer(analysis, near, evidence, idf) if near else got


def _counted(ev: ReportEvidence, needs: Sequence[Need]) -> ReportEvidence:
    hits = tuple(h for h in ev.hits if counts_need(to_simplified(h.chunk.text), needs))
    return replace(ev, hits=hits, supported=bool(hits))


def _with_count(
    ctx: Context, analysis: Analysis, filters: Filters, ev: ReportEvidence
) -> ReportEvidence:
    """「哪几份报告给出了X的具体数字」: a report answers only with a sentence that gives a count
    of X (``retrieval.evidence.counts_need``); one that names X without a number does not. A
    report judged on its first supporting sentence alone is read again by itself, so a count
    further on is found."""
    if not ev.supported:
        return ev
    needs = [Need(c, tuple(c.alternatives), (), 1.0) for c in analysis.concepts]
    got = _counted(ev, needs)
    if got.supported:
        return got
    alone = replace(filters, report_ids=(ev.info.report_id,))
    again = [e for e in ctx.retriever.fan_out(analysis, alone) if e.info == ev.info]
    return _counted(again[0], needs) if again else got


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
