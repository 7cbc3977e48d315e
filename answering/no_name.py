"""A fact answer that says the report mentions the thing but names nothing: 「…提到了「法律顾问」，
但没有提到是哪一家」, the nearest passage shown as related (never as the answer's evidence)."""

from __future__ import annotations

from dataclasses import replace

from answering.extractive import CitationBook, _quoted
from reportqa.answer import Answer, Kind, Paragraph, Role, Text, verdicts
from retrieval.query import Analysis


def no_name(analysis: Analysis, nearest: tuple, searched: int, what: str = "") -> Answer:
    """The report mentions the thing but never names it: say so, and show the nearest
    passage as related (a typed citation, never the answer's evidence). ``nearest``: the
    candidate (score, rank, chunk, span); ``what``: the kind asked (律师事务所), if any."""
    _, _, chunk, span = nearest
    township = chunk.info.township
    topic = what or analysis.topic or analysis.question
    said = f"没有提到是哪一{_measure(what)}" if what else "没有写明其名称或姓名"
    book = CitationBook()
    n = book.cite(chunk, span)
    related = replace(book.items[0], role=Role.RELATED)
    where = f"据《{chunk.info.title}》（{chunk.section}）："
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind(analysis.kind),
        mode="extractive",
        body=(
            Paragraph((Text(f"{township}的报告提到了「{topic}」，但{said}。"),)),
            Paragraph(
                (Text("相关内容（不是所问的名称，仅供参考）："), _quoted(span.text, n, where))
            ),
        ),
        units=verdicts((), (township,)),  # what was asked (the name) is not in the report
        searched=searched,
        related=(related,),
    )


def _measure(kind: str) -> str:
    """「哪一家」律师事务所, 「哪一所」高校."""
    return "所" if kind in ("高校", "大学", "学院", "学校") else "家"
