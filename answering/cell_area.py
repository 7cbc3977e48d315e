"""A comparison asking an area (「新增绿地面积对比」): a unit's report re-read for the area of
the thing named, never for any area.

面积 names the kind of the value (``cell_measure``: an area, in 平方米/公顷/亩/平方公里), and
the noun before it names whose area (绿地 of 绿地面积, 海绵城市 of 海绵城市面积). A report
gives many areas — 新增商业面积, 新增海绵城市面积, 城市绿廊20万平方米 — so a sentence with an
area and the question's verb (新增) says nothing of 绿地 unless it names 绿地: the re-read cuts
面积 off the concept (the measure requires it anyway) and requires the rest to be written in
the sentence, not merely weighed as a part (``retrieval.needs.PARTIAL``). A question whose
面积 stands alone (「辖区面积各多少」: 辖区 is a holder word) names no thing, so no area in
a report is read as its answer: the judge's cell stands, as with no measure asked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from answering.cell_measure import AREA_MEASURE, asks_area
from answering.cell_reread import Reread, measured_reader, valued_reader
from answering.cells import Cell
from answering.own_counts import counts_own_things
from answering.sentences import Span
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.concept import Concept
from retrieval.measures import counts_with
from retrieval.query import Analysis

_AREA_WORD = "面积"


def _owners(analysis: Analysis) -> tuple[Concept, ...]:
    """The question's nouns whose area is asked, 面积 cut off (绿地面积 → 绿地)."""
    out: list[Concept] = []
    for c in analysis.concepts:
        if not c.required:
            continue
        head = c.term[: -len(_AREA_WORD)] if c.term.endswith(_AREA_WORD) else c.term
        if len(head) >= 2:
            out.append(c if head == c.term else replace(c, term=head, alternatives=(head,)))
    return tuple(out)


def _owner_named(analysis: Analysis, measure: str) -> tuple[Analysis, Callable[[str], bool]] | None:
    """(the analysis with 面积 cut off its nouns, does a span name them all) when the question
    asks the area of a named thing; None otherwise."""
    if measure != AREA_MEASURE or not asks_area(analysis.question):
        return None
    owners = _owners(analysis)
    if not owners:  # 「辖区面积」 (辖区 a holder word): no thing named, no area is its answer
        return analysis, lambda _span: False
    rest = tuple(c for c in analysis.concepts if not c.required)

    def names_owner(span: str) -> bool:
        t = to_simplified(span)
        return all(any(a in t for a in (c.term, *c.alternatives)) for c in owners)

    return replace(analysis, concepts=(*rest, *owners)), names_owner


def area_cell(cell: Cell | None, analysis: Analysis, measure: str) -> Cell | None:
    """``cell`` (``cells.cell_finder``) keeping only an area cell that names the thing whose
    area is asked."""
    owned = _owner_named(analysis, measure)
    if cell is None or owned is None:
        return cell
    names_owner = owned[1]
    if not _owners(analysis):
        return None

    def named(info: ReportInfo) -> tuple[Chunk, Span] | None:
        found = cell(info)
        return found if found is not None and names_owner(found[1].text) else None

    return named


def area_done(done: Callable | None, analysis: Analysis, measure: str) -> Callable | None:
    """``done`` (``cell_done``: a cell moved out of the plan part) keeping the cell found when
    the review's sentence it would move to names no thing whose area is asked."""
    owned = _owner_named(analysis, measure)
    if done is None or owned is None:
        return done
    names_owner = owned[1]

    def moved(found, info: ReportInfo):
        got = done(found, info)
        return got if got is None or got is found or names_owner(got[1].text) else found

    return moved


def area_reader(
    retriever, analysis: Analysis, measure: str, text_of: Callable[[str], str]
) -> Reread | None:
    """The reader of a unit's area cell when the question asks the area of a named thing;
    otherwise ``measured_reader``'s (None when no measure is asked)."""
    owned = _owner_named(analysis, measure)
    if owned is None:
        return measured_reader(retriever, analysis, measure, text_of)
    sized, names_owner = owned
    if not _owners(analysis):
        return None
    counts = counts_with(measure)

    def carries(span: str, _chunk=None) -> bool:
        return (
            bool(counts.search(span))
            and names_owner(span)
            and not counts_own_things(span, measure, sized.concepts)
        )

    reread = valued_reader(
        retriever, sized, text_of, carries, lambda span, got, alone: (got, alone)
    )
    if reread is None:
        return None
    return Reread(reread.cell, lambda quote: reread.on_topic(quote) and names_owner(quote))


__all__ = ["area_cell", "area_done", "area_reader"]
