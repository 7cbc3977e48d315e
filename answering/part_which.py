"""「哪几份报告有写存在的不足和问题」「哪些报告写了下一步工作打算」: the reports having a part.

A which-question whose whole topic is a standard part of an annual report asks whether each
report has that part (``retrieval.part_presence``): every report in scope is listed by its
part's heading (or the sentence opening it), and the others are named 「未提及」, as any
which-answer does. Its sentences that merely say 问题 or 安排 in the review are no answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from answering.extractive import CitationBook, _label, _quoted, _unique_townships, no_evidence
from answering.sentences import Span
from reportqa.answer import Answer, Bullets, Completeness, Kind, Paragraph, Text, verdicts
from retrieval.doc_parts import GLOSSARY, TERM
from retrieval.part_presence import part_asked, reports_with_part
from retrieval.report_parts import PROBLEMS

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters
    from retrieval.query import Analysis

__all__ = ["part_answer"]

_SHOWN = {
    PROBLEMS: "存在的问题和不足",
    "plan": "下一步工作打算/安排",
    TERM: "五年（本届）工作回顾",
    GLOSSARY: "名词解释",
}


def part_answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer | None:
    """The which-answer of a question asking which reports have a part, or None when the
    question asks something else."""
    part = part_asked(analysis)
    if part is None:
        return None
    retriever = ctx.retriever
    retriever.lib.refresh()
    infos = retriever.scope(filters)
    found = reports_with_part(part, infos, retriever.lib.chunks)
    book = CitationBook()
    lines: list[tuple[Text, ...]] = []
    having = [i for i in infos if i.report_id in found]
    for info in having:
        where = found[info.report_id]
        span = Span(where.start, where.end, where.text, 1.0)
        lines.append((*_label(info), _quoted(where.text, book.cite(where.chunk, span), "：")))
    names = _unique_townships(having)
    lacking = [
        t for t in _unique_townships([i for i in infos if i not in having]) if t not in names
    ]
    if not having:
        return no_evidence(analysis, len(infos), lacking)
    head = Text(f"共 {len(names)} 个单位的报告写有「{_SHOWN[part]}」部分：")
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.WHICH,
        mode="extractive",
        body=(Paragraph((head,)), Bullets(tuple(lines))),
        units=verdicts(names, lacking),
        completeness=Completeness(len(infos), tuple(lacking)),
        citations=tuple(book.items),
        searched=len(infos),
    )
