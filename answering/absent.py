"""A how-many question whose number the report does not give.

A report often gives a number *next to* the one asked for: the cases brought but not the
cases lost, consultations in 人次 but not cases in 件. Quoting that number as the answer
would state a fact the report never states. So the answer says the report does not give
it, and shows the nearest passage apart, labelled as related and not as the answer: it
names no unit as answering and carries no citation (the renderers and the eval treat
citations as the answer's evidence).
"""

from __future__ import annotations

from collections.abc import Sequence

from answering.sentences import Span
from reportqa.answer import Answer, Kind, Paragraph, Text, verdicts
from reportqa.types import Chunk
from retrieval.query import Analysis


def not_given(
    analysis: Analysis, related: Sequence[tuple[float, int, Chunk, Span]], searched: int
) -> Answer:
    """``related``: the scored sentences that mention the topic but carry no count of it
    (score, rank, chunk, span), best first after sorting."""
    _, _, chunk, span = min(related, key=lambda c: (-c[0], c[1]))
    info = chunk.info
    unit = info.township or info.source
    year = f"{info.year}年" if info.year else ""
    topic = "".join(c.term for c in analysis.concepts) or analysis.question  # 败诉 too
    said = f"{unit}{year}的报告没有写明「{topic}」的数字（已检索 {searched} 份报告）。"
    related_text = f"据《{info.title}》（{chunk.section}）：「{span.text}」"
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.FACT,
        mode="extractive",
        body=(
            Paragraph((Text(said),)),
            Paragraph((Text("相关内容（不是所问的数字，仅供参考）："), Text(related_text))),
        ),
        units=verdicts((), (unit,)),
        searched=searched,
    )
