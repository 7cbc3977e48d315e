"""A comparison's cells when the question asks what each unit means to do (plan, not done).

「再把南山加进来比一比，要新增多少学位」「坪山今年要筹集多少保障房」: a verb of intent (要, 计划,
打算, 拟) with no year, the year a work report is delivered in, or a year after the one a report
covers, asks what the report plans (``retrieval.plan_intent.asks_will``). A report writes the
same deed in its review (「新增基础教育学位7880个」, done) and in its plan part (「力争新增基础
教育学位3000个以上」, to do); the first sentence holding the topic is most often the review's,
since the review comes first. So a unit's cell is its plan part's sentence on the deed with a
figure in the asked measure (``retrieval.report_parts.part_of``), as the fact path answers one
unit (``plan_first``); a plan silent on it keeps the cell found before. The deed is read by the
first search's judge (``cell_reread``), where the user's verb (筹集, 新增) is a concept as the
noun is: a plan sentence that only names the noun (保障性住房配租配售) is not the deed asked.
"""

from __future__ import annotations

from collections.abc import Callable

from answering.cell_reread import Reread, valued_reader
from answering.cells import Cell
from answering.sentences import Span, wants_number
from reportqa.types import Chunk, ReportInfo
from retrieval.measures import counts_with, how_many
from retrieval.more_of_two import plain_ranking
from retrieval.plan_intent import asks_will, holds_asked, names_will
from retrieval.query import Analysis
from retrieval.report_parts import PLAN, part_of


def plan_reader(
    retriever, analysis: Analysis, text_of: Callable[[str], str], measure: str = ""
) -> Cell | None:
    """The reader of a unit's plan cell (None for a unit whose report is not asked its plan,
    or whose plan part gives no figure of the deed), or None when the question asks no
    count; ``measure``: the one the cells are asked in ('' for any count)."""
    q = analysis.question
    if not names_will(q) or not (wants_number(q) or plain_ranking(q)):
        return None
    counts = counts_with(measure) if measure else how_many()

    def carries(span: str, chunk: Chunk | None) -> bool:
        if chunk is None or not counts.search(span) or not holds_asked(q, span):
            return False
        return part_of(span, chunk.section, chunk.info) == PLAN

    reread: Reread | None = valued_reader(
        retriever, analysis, text_of, carries, lambda span, got, alone: (got, alone)
    )
    if reread is None:
        return None

    def cell(info: ReportInfo) -> tuple[Chunk, Span] | None:
        return reread.cell(info) if asks_will(q, info) else None

    return cell
