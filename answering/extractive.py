"""The offline answerer: every statement is a verbatim quote or a short connective.

It reads like an analyst's note (count, list, completeness statement), never names a
township without a citation, and says plainly when the reports hold nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from answering.sentences import (
    Span,
    best_sentences,
    whole_span,
)
from reportqa.answer import (
    Answer,
    Citation,
    Kind,
    Paragraph,
    Text,
    verdicts,
)
from reportqa.types import Chunk, ReportEvidence, ReportInfo
from retrieval.evidence import QUANTITY
from retrieval.query import Analysis, counted_noun

WHO = re.compile(r"谁|哪位|什么人|姓名|名字")


class CitationBook:
    """Numbers quotes [1], [2]… in order of first use; the same span keeps its number."""

    def __init__(self) -> None:
        self.items: list[Citation] = []
        self._by_span: dict[tuple[str, int, int], int] = {}

    def cite(self, chunk: Chunk, span: Span) -> int:
        key = (chunk.report_id, span.start, span.end)
        if key not in self._by_span:
            info = chunk.info
            self.items.append(
                Citation(
                    n=len(self.items) + 1,
                    report_id=info.report_id,
                    source=info.source,
                    title=info.title,
                    township=info.township,
                    county=info.county,
                    year=info.year,
                    section=chunk.section,
                    quote=span.text,
                    start=span.start,
                    end=span.end,
                )
            )
            self._by_span[key] = len(self.items)
        return self._by_span[key]


def _label(info: ReportInfo) -> tuple[Text, ...]:
    """A unit's name (in bold) with its county and year: the head of its line."""
    extra = "，".join(x for x in (info.county, f"{info.year}年" if info.year else "") if x)
    return (Text(info.township or info.source, strong=True), Text(f"（{extra}）" if extra else ""))


def _quoted(text: str, n: int, before: str = "") -> Text:
    return Text(f"{before}「{text}」", (n,))


def _unique_townships(infos: Sequence[ReportInfo]) -> list[str]:
    return list(dict.fromkeys(i.township or i.source for i in infos))


def _quote_for(ev: ReportEvidence, analysis: Analysis, idf: dict[str, float], value: bool = False):
    """The best sentence across the report's supporting passages; with ``value`` (a compare
    cell) any sentence giving a count or an amount beats every one that only names the
    topic: the cell is there to hold the value."""
    best = None
    noun = counted_noun(analysis.question) if value else ""
    # 「多少个村」: a count of villages (「17个村」「下辖5个行政村」) beats a count of anything else
    of_noun = (
        re.compile(rf"[0-9０-９一二两三四五六七八九十百]\s*[个座所]?\s*(?:行政|自然)?{noun}")
        if noun
        else None
    )
    for hit in ev.hits:
        spans = best_sentences(hit.chunk, analysis.concepts, idf, analysis.question)
        if not spans and hit.retriever == "fanout":
            # the judged sentence itself: it matched through a compound's parts or its heading
            whole = whole_span(hit.chunk, analysis.concepts, idf, analysis.question)
            spans = [replace(whole, score=0.0)] if whole else []
        for span in spans:
            counted = bool(of_noun and of_noun.search(span.text))
            score = (counted, bool(value and QUANTITY.search(span.text)), span.score)
            if best is None or score > best[0]:
                best = (score, hit.chunk, span)
    return best[1:] if best else None


def no_evidence(
    analysis: Analysis, searched: int, not_mentioned: Sequence[str], nearby: Sequence[str] = ()
) -> Answer:
    topic = analysis.topic or analysis.question
    text = f"在已导入的报告中没有找到关于「{topic}」的内容（已检索 {searched} 份报告）。"
    body = [Paragraph((Text(text),))]
    if nearby:
        body.append(Paragraph((Text("相近的主题：" + "；".join(nearby)),)))
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind(analysis.kind),
        mode="extractive",
        body=tuple(body),
        units=verdicts((), not_mentioned),
        searched=searched,
    )
