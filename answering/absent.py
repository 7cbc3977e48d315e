"""A how-many question whose number the report does not give.

A report often gives a number *next to* the one asked for: the cases brought but not the
cases lost, consultations in 人次 but not cases in 件. Quoting that number as the answer
would state a fact the report never states. So the answer says the report does not give
it, and shows the nearest passage apart, labelled as related and not as the answer: it
names no unit as answering and carries no citation of the answer's evidence: the passage is
a citation whose role is RELATED (``Answer.related``), which the renderers list apart and the
eval never counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from answering.extractive import CitationBook, _quoted
from answering.sentences import Span
from reportqa.answer import Answer, Kind, Paragraph, Role, Text, verdicts
from reportqa.types import Chunk, ReportInfo
from retrieval.query import Analysis


def not_given(
    analysis: Analysis,
    related: Sequence[tuple[float, int, Chunk, Span]],
    scope: Sequence[ReportInfo],
    what: str = "数字",
) -> Answer:
    """``related``: the scored sentences that mention the topic but carry no count of it
    (score, rank, chunk, span), best first after sorting. ``scope``: the reports of the one
    unit the question is about, every sentence of which was judged: only then may the answer
    say what that unit's reports do not write (``absent_scope``). ``what``: the value asked
    (数字; 等次 for a grade, ``answering.grades``)."""
    _, _, chunk, span = min(related, key=lambda c: (-c[0], c[1]))
    info = chunk.info
    unit = scope[0].township or scope[0].source
    years = sorted({i.year for i in scope if i.year})
    year = f"{'、'.join(map(str, years))}年" if years else ""
    topic = analysis.topic or analysis.question  # 败诉 too
    said = f"{unit}{year}的报告没有写明「{topic}」的{what}（已检索 {len(scope)} 份报告）。"
    book = CitationBook()
    n = book.cite(chunk, span)
    where = f"据《{info.title}》（{chunk.section}）："
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.FACT,
        mode="extractive",
        body=(
            Paragraph((Text(said),)),
            Paragraph(
                (Text(f"相关内容（不是所问的{what}，仅供参考）："), _quoted(span.text, n, where))
            ),
        ),
        units=verdicts((), (unit,)),
        searched=len(scope),
        related=(replace(book.items[0], role=Role.RELATED),),
    )


def absent_scope(scope: Sequence[ReportInfo], few: int) -> tuple[ReportInfo, ...]:
    """The reports a "not given" answer may speak for: one unit's reports, few enough that
    every sentence of them was judged (``retrieval.question_scope.with_judged``); else ()
    and the answer only says what the search did not find."""
    units = {i.township or i.source for i in scope}
    return tuple(scope) if scope and len(scope) <= few and len(units) == 1 else ()
