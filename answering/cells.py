"""A named unit's comparison cell when the evidence judge found nothing in its report.

「甲街道和乙街道的领导班子一年搞了几次法治专题学习，对比下」: one report writes 「中心组开展法治
专题学习10余次」 — no 领导班子, so the judge leaves the cell 「未提及」 though the report answers
it. As for a fact about one unit (``valued``), the unit's own report is read with the topic
matched loosely, and a span counts only when it carries a value of the kind asked (a count in
the asked measure beside the topic); 「各搞了些啥，有数字最好」 asks for figures, so any count
beside the topic does. The request for figures is no topic: its words leave the need.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from answering.sentences import Span
from answering.unit_value import chunk_at
from answering.value_kinds import COUNT, Asked, asked_value, figures_wanted
from answering.valued import find_valued
from reportqa.types import Chunk, ReportInfo
from retrieval.query import Analysis

Cell = Callable[[ReportInfo], "tuple[Chunk, Span] | None"]


def without_figure_request(analysis: Analysis) -> Analysis:
    """「…各搞了些啥，有数字最好」: 数字 and 最好 leave the concepts."""
    said = figures_wanted(analysis.question)
    if not said:
        return analysis
    keep = tuple(c for c in analysis.concepts if c.term not in said)
    return replace(analysis, concepts=keep) if keep else analysis


def cell_finder(
    analysis: Analysis,
    words: Callable[[str], list[str]],
    text_of: Callable[[str], str],
    chunks: Callable[[], Sequence[Chunk]],
    idf: Mapping[str, float],
    measure: str = "",
    refuse: Callable[[str], bool] | None = None,
) -> Cell | None:
    """The reader of a unit's cell, or None when the question asks no value of a kind;
    ``idf``: the library-wide weights of the concepts (a word no report compared uses
    still counts); ``measure``: one the question names as the thing compared (「覆盖的人次
    比一比」, ``cell_measure``), a count asked though no question word says so; ``refuse``: a
    reader of any figure beside the topic that skips the spans it refuses (the indicator's total
    asked, its ratios refused: ``ratio_base``)."""
    asked = asked_value(analysis.question, words)
    if asked is None and measure:
        asked = Asked(COUNT, measure)
    if asked is None and (refuse is not None or figures_wanted(analysis.question)):
        asked = Asked(COUNT)
    if asked is None:
        return None

    def cell(info: ReportInfo) -> tuple[Chunk, Span] | None:
        found = find_valued(analysis, asked, [info], text_of, idf, refuse=refuse)
        chunk = chunk_at(chunks(), info.report_id, found.start) if found else None
        if found is None or chunk is None:
            return None
        return chunk, Span(found.start, found.end, found.text, found.score)

    return cell
