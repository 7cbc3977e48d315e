"""「云乐镇下一年打算从哪几个字入手」: the keys a report's parallel items are framed by.

A plan (and often a review) frames its items by a key each: 「一是以“法”字推进法治云乐…二是以
“新”字打造特色品牌…三是以“实”字坚持为民服务」. 「哪几个字/哪几个方面」 asks for those keys, a
word the question never spells, so the ranked body sentences that match its verb (推进) answer
nothing. The answer is the items' lead clauses, each cited, from one section of the unit's
report: the section the best passage found stands in, else the report's plan part when the
question asks what is to come (``section_items.keyed_items``); a frame in a section neither
found nor asked answers nothing.
A frame is a run of items marked in order from the first under one parent, every item keyed
(``section_items.keyed_items``), and all of it answers: one quoted name in a list
(「二是建成“一站式”解纷体系」), or the 一是 of two subsections glued by their top section, is no
frame.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from answering.extractive import CitationBook, _quoted
from answering.section_items import KEYS_ASKED, keyed_items
from answering.sentences import Span
from answering.unit_value import chunk_at
from reportqa.answer import Answer, Bullets, Kind, Paragraph, Text, verdicts
from reportqa.text import to_simplified
from reportqa.types import Chunk, Hit
from retrieval.query import Analysis
from retrieval.report_parts import PLAN, part_of

# what is to come asked: the plan part's frame first
_AHEAD = ("下一年", "下一步", "明年", "打算", "计划", "今后", "将要", "准备")


def keyed_answer(
    analysis: Analysis,
    hits: Sequence[Hit],
    text_of: Callable[[str], str],
    chunks: Callable[[], Sequence[Chunk]],
) -> Answer | None:
    """The keyed items answering 「哪几个字」, or None when not asked or no report found has
    two items of one section framed by keys."""
    q = to_simplified(analysis.question)
    if not KEYS_ASKED.search(q):
        return None
    ahead = any(w in q for w in _AHEAD)
    for rid in list(dict.fromkeys(h.chunk.report_id for h in hits))[:3]:
        mine = [c for c in chunks() if c.report_id == rid]
        text = text_of(rid)
        framed: dict[str, list[tuple[Chunk, Span]]] = {}
        for run in keyed_items(text):
            items = [(chunk_at(mine, rid, s), Span(s, e, text[s:e], 1.0)) for s, e, _ in run]
            parents = {_parent(c, span) for c, span in items if c is not None}
            if len(parents) == 1 and all(c is not None for c, _ in items):
                parent = parents.pop()
                framed.setdefault(parent[0] if parent else "", items)  # type: ignore[arg-type]
        if not framed:
            continue
        found = [(h.chunk.section_path or ("",))[0] for h in hits if h.chunk.report_id == rid]
        planned = [t for t, items in framed.items() if _in_plan(items)] if ahead else []
        top = next((t for t in found if t in framed), None) or next(iter(planned), None)
        if top is not None:
            return _answered(analysis, framed[top], len(hits))
    return None


def _parent(chunk: Chunk, span: Span) -> tuple[str, ...]:
    """The section an item stands in: an item written as a heading (「（二）突出“新”字」)
    has its own heading last in its chunk's path."""
    path = tuple(chunk.section_path)
    if path and span.text[:4] == path[-1].strip()[:4]:
        return path[:-1]
    return path


def _in_plan(items: list[tuple[Chunk, Span]]) -> bool:
    chunk, span = items[0]
    return part_of(span.text, chunk.section, chunk.info) == PLAN


def _answered(analysis: Analysis, items: list[tuple[Chunk, Span]], searched: int) -> Answer:
    book = CitationBook()
    lines = tuple((_quoted(span.text, book.cite(chunk, span)),) for chunk, span in items)
    info, section = items[0][0].info, (items[0][0].section_path or ("",))[0]
    head = Paragraph((Text(f"据《{info.title}》（{section}）："),))
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.FACT,
        mode="extractive",
        body=(head, Bullets(lines)),
        units=verdicts((info.township,)),
        citations=tuple(book.items),
        searched=searched,
    )
