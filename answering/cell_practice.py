"""A named unit's comparison cell for a practice its report writes without the word 行政.

「甲镇和乙街道在行政执法方面各有什么做法」: one report writes 「组织开展行政执法检查220余次」,
the other 「推行“综合查一次”…减少多头执法」 and 「分类分级执法」 — never 行政执法. The judge
counts 执法 as a part of 行政执法 at half its weight, so the second cell read 「未提及」 though
the report answers. A government's own law enforcement, penalties, licences, coercive measures,
inspections, reviews and rulings are administrative acts by definition (the 行政处罚法,
行政许可法, 行政强制法 and 行政复议法 name them so); its report writes them bare (综合执法,
执法检查, 审批) because no other kind is its to do. So for a unit's own report the modifier
行政 before such an act names no other practice, and the act alone is the practice asked.
The sentence is judged by the same judge at the same bar as the first search
(``retrieval.evidence``); only that one spelling is added. 行政 before anything else
(行政诉讼: a court's, 公益诉讼 is another; 行政村: a place) keeps its full spelling.

The bare act must be said of the unit's own work: a slogan in quotation marks (「“谁执法谁
普法”普法责任制」 is a publicity duty) or an item in a list of fields (「贯穿决策、执法、
治理、普法各环节」) names the act without saying anything done about it, so neither is a cell.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from answering.cell_reread import deed_concepts
from answering.sentence_cuts import is_heading
from answering.sentences import Span
from answering.unit_value import chunk_at
from answering.valued import spans_of, stripped
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.concept import Concept
from retrieval.evidence import SUPPORT, Score, library_needs
from retrieval.query import Analysis

log = logging.getLogger(__name__)

Cell = Callable[[ReportInfo], "tuple[Chunk, Span] | None"]
_GENRE = "行政"
# acts only an administrative organ performs; its report writes them without 行政
_OWN_ACTS = ("执法", "处罚", "许可", "强制", "检查", "复议", "裁决", "审批", "征收")
_QUOTED = re.compile(r"[“\"「『][^”\"」』]{1,40}[”\"」』]")


def said_of_work(span: str, acts: Sequence[str]) -> bool:
    """Is one of ``acts`` written in ``span`` outside quotation marks and not as an item of
    a list (、 on either side of its word)?"""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(span)]
    for act in acts:
        for m in re.finditer(re.escape(act), span):
            if any(a <= m.start() < b for a, b in quoted):
                continue
            lo, hi = m.start(), m.end()
            while lo > 0 and "\u4e00" <= span[lo - 1] <= "\u9fff":
                lo -= 1  # the whole word the act ends or begins: 综合执法, 执法人员
            while hi < len(span) and "\u4e00" <= span[hi] <= "\u9fff":
                hi += 1
            if span[lo - 1 : lo] != "、" and span[hi : hi + 1] != "、":
                return True
    return False


def bare_act(term: str) -> str:
    """The act a ``行政…`` term names, as a government's report writes it bare, or ''."""
    rest = term[len(_GENRE) :] if term.startswith(_GENRE) else ""
    return rest if rest in _OWN_ACTS else ""


def _widened(c: Concept) -> Concept:
    act = bare_act(c.term)
    if not act or act in c.alternatives:
        return c
    return replace(c, alternatives=(*c.alternatives, act))


def practice_reader(retriever, analysis: Analysis, text_of: Callable[[str], str]) -> Cell | None:
    """The reader of a unit's cell with 行政 acts read bare, or None when the question names
    no such act (nothing the first search did not already try)."""
    concepts = deed_concepts(analysis)
    widened = [_widened(c) for c in concepts]
    if widened == concepts:
        return None
    lib = retriever.lib
    needs = library_needs(retriever, widened, analysis.question, analysis.quoted)
    if not needs:
        return None
    score = Score(needs)
    acts = [a for c in concepts if (a := bare_act(c.term))]

    def cell(info: ReportInfo) -> tuple[Chunk, Span] | None:
        original = text_of(info.report_id)
        text = to_simplified(original)
        best: tuple[float, int, int] | None = None
        for s, e in spans_of(text):
            span = text[s:e]
            if e - s > len(span.split("。")[0]) + 1 or is_heading(span.strip()):
                continue  # one sentence, never a heading
            got = score(span)
            if got >= SUPPORT and not said_of_work(span, acts):
                continue  # 「“谁执法谁普法”」, 「决策、执法、治理」: named, nothing done
            if got >= SUPPORT and (best is None or got > best[0]):
                best = (got, s, e)
        if best is None:
            return None
        got, s, e = best
        chunks = [c for c in lib.chunks if c.report_id == info.report_id]
        chunk = chunk_at(chunks, info.report_id, s)
        if chunk is None:
            return None
        lo, hi = stripped(original, s, e)
        log.debug("practice %s (%.2f): %s", info.township, got, original[lo:hi])
        return chunk, Span(lo, hi, original[lo:hi], got)

    return cell
