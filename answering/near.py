"""A which-question no report answers strictly: the reports that say all of it but one word.

The strict reading asks one sentence to cover ``SUPPORT`` of the question's IDF mass. A
question in the user's own words often carries one word of framing the reports never put
next to the thing (「让法律顾问把关」: the reports write 「重大行政决策…发挥法律顾问的作用」;
「征地拆迁跟法治扯上关系」: 「征地拆迁…中传递法治能量」). Its weight alone keeps every report
under the line, and the answer is 「没有」 although reports say the rest.

No rule about how that word is built tells framing from a thing the library lacks (「把关」
and 「奖金」 are both ordinary words). So the near reading never claims the thing: it reads the
question again without one word — never the rarest one, which names what is asked most
narrowly, so a thing no report spells keeps the answer 「没有」 — and shows the reports that
say all the rest in one sentence as **related, not as the answer**: their quotes are
``Role.RELATED`` citations (``Answer.related``), the units stay 「未提及」, and the answer says
which word no report writes beside the others. ``NEAR`` is the one threshold: the share of the
question's IDF mass the words left must carry, calibrated on the development sets (see
``docs/evidence.md``, round qa38).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from answering.extractive import (
    CitationBook,
    Quoter,
    _label,
    _quoted,
    _unique_townships,
    no_evidence,
)
from reportqa.answer import (
    Answer,
    Bullets,
    Completeness,
    Kind,
    Paragraph,
    Role,
    Text,
    verdicts,
)
from reportqa.types import ReportEvidence
from retrieval.concept import Concept
from retrieval.query import Analysis

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters

log = logging.getLogger(__name__)

NEAR = 0.55  # share of the question's IDF mass the words left must carry
FEWEST = 3  # concepts a question needs for one to be left out: two must stay
SHOWN = 10  # related units quoted, best first: they are pointers for the reader, not a census


@dataclass(frozen=True)
class Near:
    """The reading without ``left_out``: its analysis and the reports it supports."""

    left_out: Concept
    analysis: Analysis
    evidence: tuple[ReportEvidence, ...]


def droppable(concepts: Sequence[Concept], idf: dict[str, float]) -> list[Concept]:
    """The concepts the near reading may leave out, least weighty first: every one but the
    rarest (a concept no report in scope spells has no IDF here and counts as rarest), and
    only while what is left carries ``NEAR`` of the mass. A question of fewer than
    ``FEWEST`` concepts has none: one word alone is no reading of a question."""
    if len(concepts) < FEWEST or any(c.term not in idf for c in concepts):
        return []
    total = sum(idf[c.term] for c in concepts)
    rarest = max(concepts, key=lambda c: idf[c.term])
    return sorted(
        (c for c in concepts if c is not rarest and 1 - idf[c.term] / total >= NEAR),
        key=lambda c: idf[c.term],
    )


def near_reading(
    ctx: Context, analysis: Analysis, filters: Filters, idf: dict[str, float]
) -> Near | None:
    """The first reading without one droppable concept that some report supports."""
    for c in droppable(analysis.concepts, idf):
        concepts = tuple(x for x in analysis.concepts if x is not c)
        if not any(x.required for x in concepts):
            continue
        reduced = replace(analysis, concepts=concepts)
        evidence = tuple(e for e in ctx.retriever.fan_out(reduced, filters) if e.supported)
        if evidence:
            log.debug("near reading without %s: %d reports", c.term, len(evidence))
            return Near(c, reduced, evidence)
    return None


def near_answer(analysis: Analysis, near: Near, evidence: Sequence[ReportEvidence], idf) -> Answer:
    """「没有找到…；写到相近内容的有：…」: the strict answer's 「没有」 first, then each
    near unit with its sentence as a related citation. No unit is named as answering."""
    book = CitationBook()
    quote = Quoter(near.analysis, idf)
    lines = []
    ranked = sorted(near.evidence, key=lambda e: -e.score)
    for ev in ranked[:SHOWN]:
        got = quote(ev)
        if got is None:
            continue
        chunk, span = got
        lines.append((*_label(ev.info), _quoted(span.text, book.cite(chunk, span), "：")))
    not_mentioned = _unique_townships([ev.info for ev in evidence])
    topic = analysis.topic or analysis.question
    said = f"在已导入的报告中没有找到关于「{topic}」的内容（已检索 {len(evidence)} 份报告）。"
    if not lines:
        return no_evidence(analysis, len(evidence), not_mentioned)
    rest = "、".join(c.term for c in near.analysis.concepts)
    # the strict judge found no sentence saying it all; whether a quote below also says the
    # word left out in some other way (another spelling, another kind) is not established
    more = f"（共 {len(ranked)} 个，列出最相近的 {len(lines)} 个）" if len(ranked) > SHOWN else ""
    head = (
        f"以下 {len(lines)} 个单位写到了相近内容{more}（按「{rest}」找到，"
        f"未能确认写到「{near.left_out.term}」；不是所问内容的依据，仅供参考）："
    )
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.WHICH,
        mode="extractive",
        body=(Paragraph((Text(said),)), Paragraph((Text(head),)), Bullets(tuple(lines))),
        units=verdicts((), not_mentioned),
        completeness=Completeness(len(evidence), tuple(not_mentioned)),
        related=tuple(replace(c, role=Role.RELATED) for c in book.items),
        searched=len(evidence),
    )
