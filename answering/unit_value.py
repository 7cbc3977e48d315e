"""The fact answer of one named unit when the usual judge found nothing: its own report read
for a value of the asked kind beside a loosely worded topic (``valued``), quoted and cited;
and the strict side of the kind: a rate asked is answered only by a sentence giving it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from answering.extractive import CitationBook, _quoted
from answering.fact_frame import fact_answer
from answering.headline import part_values
from answering.ratio_base import RatioBase
from answering.sentences import Span
from answering.undone import unplanned
from answering.value_kinds import RATE, Asked, rate_given
from answering.valued import find_valued
from reportqa.answer import Answer, Paragraph, Text
from reportqa.types import Chunk, ReportInfo
from retrieval.carrier import Carrier
from retrieval.measures import YEARS, is_measure_word
from retrieval.negative_content import denied_topic
from retrieval.query import Analysis
from retrieval.report_parts import of_part


def chunk_at(chunks: Sequence[Chunk], report_id: str, start: int) -> Chunk | None:
    """The passage of ``report_id`` holding offset ``start`` (its section is cited)."""
    return next((c for c in chunks if c.report_id == report_id and c.start <= start < c.end), None)


def rescue(
    analysis: Analysis,
    asked: Asked | None,
    scope: Sequence[ReportInfo],
    text_of: Callable[[str], str],
    chunks: Callable[[], Sequence[Chunk]],
    idf: Mapping[str, float],
) -> Answer | None:
    """A cited answer from the unit's own report, or None (the caller's answer stands).
    ``idf``: the library's weights of the question's concepts (``concept_idf``)."""
    if asked is None or not scope or asked.measure == YEARS:
        # every honour and duty runs 连续N年: a span of years answers only the sentence the
        # usual judge reads as naming the asked thing (「连续8年…法治建设先进」 is no span of
        # 平安建设先进), never a loosely worded one
        return None
    # the measure word asked (学时, 钟头 ~ 学时) is the value's unit, no word of its topic: a
    # sentence holding 「40学时」 says nothing of whose study it was
    kept = tuple(c for c in analysis.concepts if not is_measure_word(c.term))
    analysis = replace(analysis, concepts=kept)
    found = find_valued(analysis, asked, scope, text_of, idf)
    chunk = chunk_at(chunks(), found.info.report_id, found.start) if found else None
    if found is None or chunk is None:
        return None
    ratio = RatioBase(analysis.concepts, analysis.question)
    if ratio.total_asked and ratio(found.text):
        return None  # 「人均GDP 2.1万美元」「总额增长6.3%」: no value of 「GDP是多少」 (``ratio_base``)
    span = Span(found.start, found.end, found.text, found.score)
    if not of_part([(span.score, 0, chunk, span)], analysis.question):
        return None  # another part's value (a plan year's review: ``report_parts``) answers nothing
    if not unplanned([(span.score, 0, chunk, span)], analysis.question):
        return None  # a later year's plan (「计划2023年培育3名」) is no count now (``undone``)
    if denied_topic(found.text, analysis.concepts):
        return None  # 「未发生行政复议案件，行政诉讼案件1件」: the count is another topic's
    book = CitationBook()
    n = book.cite(chunk, span)
    where = f"据《{found.info.title}》（{chunk.section}）："
    body = [Paragraph((_quoted(found.text, n, where),))]
    each = part_values(analysis.question, [found.text])  # 「讲了多少场？听的人有多少」
    if each and len(each) >= 2:
        unit = Text(found.info.shown, strong=True)
        runs = [Text(f"{'；' if i else '：'}{v}", (n,)) for i, (v, _) in enumerate(each)]
        body.insert(0, Paragraph((unit, *runs)))
    elif asked.kind != RATE:
        value = "；".join(dict.fromkeys(found.values))
        unit = Text(found.info.shown, strong=True)
        body.insert(0, Paragraph((unit, Text(f"：{value}", (n,)))))
    return fact_answer(analysis, body, len(scope), (found.info.township,), book=book)


def strict(carrier: Carrier | None, asked: Asked | None) -> Carrier | None:
    """A rate asked (「满意度到底多少」): only a sentence giving the rate carries it, however
    well it matches otherwise (「…办理1500余件，群众满意度」 gives none)."""
    if carrier is None or asked is None or asked.kind != RATE:
        return carrier
    judge, measured = carrier.judge, carrier.measured

    def gives(text: str, heading: str = "") -> bool:
        return rate_given(text, asked.cue) and judge(text, heading)

    def stated(text: str, heading: str = "") -> bool:
        return rate_given(text, asked.cue) and (measured is None or measured(text, heading))

    return replace(carrier, judge=gives, measured=stated, parts=())
