"""「哪几份报告有写存在的不足和问题」「哪些报告写了下一步工作打算」: the reports having a part.

A which-question whose whole topic is a standard part of an annual report asks whether each
report has that part (``retrieval.part_presence``): every report in scope is listed by its
part's heading (or the sentence opening it), and the others are named 「未提及」, as any
which-answer does. Its sentences that merely say 问题 or 安排 in the review are no answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from answering.heading_list import heading_list_answer
from answering.sentences import Span
from reportqa.answer import Answer
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
    spans = {
        report_id: (where.chunk, Span(where.start, where.end, where.text, 1.0))
        for report_id, where in found.items()
    }
    head = f"共 {{n}} 个单位的报告写有「{_SHOWN[part]}」部分："
    return heading_list_answer(analysis, infos, spans, head)
