"""A one-unit fact answer held to the kind its question asks for (``retrieval.asked_head``).

When no sentence of the unit's reports says the kind asked (装备, 专家) nor the act that
yields it (配, 请), the report does not tell it: the answer says so plainly — 「甲镇的报告未提到
「装备」」 — and shows the closest passage apart, labelled as related, never as the answer
(a related citation, ``Role.RELATED``, which the eval never counts as the answer's evidence).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from answering.absent import unit_said
from answering.extractive import no_evidence
from reportqa.answer import Answer, Paragraph, Text
from reportqa.types import ReportInfo
from retrieval.asked_head import asked_head
from retrieval.query import Analysis


def held_to_kind(
    analysis: Analysis, candidates: list, judged: Sequence[ReportInfo], number: bool, carries=None
):
    """(the candidates that say the asked kind or act, an answer saying the unit's report does
    not mention it or None). ``candidates``: (score, rank, chunk, span). With no kind asked,
    every candidate stays, as for a how-many question (``number``: its count judged by
    ``retrieval.carrier``; ``carries``: that judge, whose spellings of the kind count); with none
    kept and no one unit judged whole, the list is empty."""
    head = None if number else asked_head(analysis.question, analysis.concepts)
    if number or head is None or not candidates:
        return candidates, None
    spelled = dict(getattr(carries, "spellings", ())).get(head.head.term, ())
    kept = [c for c in candidates if head.answered_by(c[3].text, spelled)]
    if kept or not judged:
        return kept, None
    return kept, unmentioned(analysis, candidates, judged, head.head.term)


def unmentioned(
    analysis: Analysis, related: list, scope: Sequence[ReportInfo], word: str
) -> Answer:
    """「X的报告未提到「word」」 and the best related passage, labelled as such."""
    unit = scope[0].township or scope[0].source
    said = f"{unit}的报告未提到「{word}」（已检索 {len(scope)} 份报告）。"
    return unit_said(analysis, related, scope, said, "不是所问的答案")


def unit_untold(
    analysis: Analysis, judged: Sequence[ReportInfo], searched: int, nearby: Sequence[str]
) -> Answer:
    """Nothing found for a question about one unit whose reports were read whole: the answer
    names the unit — 「甲镇的报告未提到「法律顾问」」 — and marks it not mentioned, rather than
    speak of the whole library; other scopes get the library's "nothing found"."""
    if not judged:
        return no_evidence(analysis, searched, [], nearby)
    unit = judged[0].township or judged[0].source
    got = no_evidence(analysis, len(judged), [unit], nearby)
    topic = analysis.topic or analysis.question
    said = Paragraph((Text(f"{unit}的报告未提到「{topic}」（已检索 {len(judged)} 份报告）。"),))
    return replace(got, body=(said, *got.body[1:]))
