"""A comparison's cells when the question asks what each unit actually came to (done, not plan).

「光明23年、宝安21年、福田19年GDP实际增长各多少」: a work report writes the same indicator twice,
in its review (「GDP同比增长11.3%」, what the year came to) and in its plan part (「主要预期目标
是：地区生产总值增长6.3%左右」, what the next year is set to reach). A word of the result (实际,
做到, 完成了, 实现了, 达到了) with no word of the plan asks the review's figure: a cell quoting
the plan part answers another question (the target), so the unit's report is read again for a
sentence outside its plan part on the deed with a figure in the measure asked (and so is a
unit whose cell the judge left empty). A report whose review gives none keeps the cell found
(its quote names the target as a target). 实际 itself is no topic word (``without_done_word``).
A question with no word of the plan at all (「青禾21年、白鹭19年GDP增长各多少」「宝安两份报告里的
GDP总量各是多少」) asks the same: what a report states as done is its review's figure, and its
plan part sets the next year's (or the term's) — unless a year is asked that the report does
not review (「光明24年」 is the year r02 plans: ``plan_years``), where the cell found stays. A question
asking both the plan and the result is ``plan_done``'s; one asking the plan alone is
``cell_plan``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from answering.cell_reread import valued_reader
from answering.cells import Cell
from answering.sentences import Span, wants_number
from answering.unit_years import attached_years
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.measures import counts_with, how_many
from retrieval.more_of_two import plain_ranking
from retrieval.plan_intent import names_will
from retrieval.query import Analysis
from retrieval.report_parts import PLAN, part_of

# the result asked: 实际 (not 实际上/实际工作, nor the indicator 实际利用外资/实际到位资金), 做到了, 完成了 (完成 alone is also a plan's verb:
# 「计划完成投资」), 实现了, 达到了
_DONE = re.compile(
    r"实际(?!上|工作|情况|问题|困难|需要|需求|利用|使用|到位)|做到了?|完成了|实现了|达到了"
)
# a word of the plan: the plan's figure is asked, or may be (明年, 下一步, 今后, 预计; 今年 is the
# year a work report is delivered in and plans)
_PLANNED = re.compile(r"计划|目标|预期|预计|打算|原定|定的|力争|要|明年|下一步|今后|未来|今年|规划")


_SPAN_OF_YEARS = re.compile(r"[一二两三四五六七八九十\d]+年")


def asks_done(question: str) -> bool:
    """Does the question ask what was actually reached, and not what was planned?"""
    q = to_simplified(question)
    return bool(_DONE.search(q)) and not _PLANNED.search(q) and not names_will(q)


def without_done_word(analysis: Analysis) -> Analysis:
    """「GDP实际增长各多少」 without 实际 as a topic when the result is asked: the word says
    which figure (the review's), and a review writes it bare (「GDP同比增长11.3%」). Kept
    when it is all the question names."""
    if not asks_done(analysis.question):
        return analysis
    said = {c.term for c in analysis.concepts if _DONE.fullmatch(c.term)}
    kept = tuple(c for c in analysis.concepts if c.term not in said)
    if not said or not kept:
        return analysis
    terms = tuple(t for t in analysis.search_terms if t not in said)
    return replace(analysis, concepts=kept, search_terms=terms)


def _in_plan(found: tuple[Chunk, Span]) -> bool:
    chunk, span = found
    return part_of(span.text, chunk.section, chunk.info) == PLAN


def done_reader(
    retriever, analysis: Analysis, text_of: Callable[[str], str], measure: str = ""
) -> Callable[[tuple[Chunk, Span] | None, ReportInfo], tuple[Chunk, Span] | None] | None:
    """The reader that moves a unit's cell out of its report's plan part when the question
    asks the result with a figure; None when it asks no such thing. ``measure``: the one the
    cells are asked in ('' for any count)."""
    q = analysis.question
    done = asks_done(q)
    pinned = attached_years(q, analysis.townships)
    dated = not done and not _PLANNED.search(to_simplified(q)) and not names_will(q)
    if not (done or dated):
        return None
    if not (wants_number(q) or plain_ranking(q)):
        return None

    def review_asked(info: ReportInfo) -> bool:
        """The result asked, or no plan asked and no year but the one the report reviews: its
        plan part sets the next year's figures, another year's."""
        years = (pinned[info.township],) if info.township in pinned else analysis.years
        return done or not years or (info.year is not None and info.year in years)

    counts = counts_with(measure) if measure else how_many()
    asked = without_done_word(analysis)
    # 「龙华五年」「近三年」: a span of years says which period or report, never the deed read
    deed = tuple(c for c in asked.concepts if not _SPAN_OF_YEARS.fullmatch(c.term))
    asked = replace(asked, concepts=deed) if deed else asked

    def carries(span: str, chunk: Chunk | None) -> bool:
        if chunk is None or not counts.search(span):
            return False
        return part_of(span, chunk.section, chunk.info) != PLAN

    reread = valued_reader(
        retriever, asked, text_of, carries, lambda span, got, alone: (got, alone)
    )
    if reread is None:
        return None

    def cell(found: tuple[Chunk, Span] | None, info: ReportInfo) -> tuple[Chunk, Span] | None:
        if (found is not None and not _in_plan(found)) or not review_asked(info):
            return found
        if found is None and not done:
            return None  # the judge found nothing: only a result asked reads the review anew
        return reread.cell(info) or found

    return cell


__all__ = ["Cell", "asks_done", "done_reader", "without_done_word"]
