"""Which-answers without the reports that state the asked deed only to forswear it.

``retrieval.denied_deed`` reads the sentence: 「不干预司法活动」 is no report of 干预. Here a
supported report keeps only the supporting sentences that do not deny the question's verb;
a report left with none is read again by itself, so a sentence further on that states the
deed is found, and otherwise it does not answer — 「没有」 rather than a unit whose report
says the opposite.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reportqa.types import ReportEvidence
from retrieval.denied_deed import asked_deeds, denies
from retrieval.query import Analysis

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters


def _kept(ev: ReportEvidence, deeds, read: dict[str, bool] | None = None) -> ReportEvidence:
    """``read``: per sentence text, whether it denies the deeds — a pure function of the
    text, so one ask reads each distinct sentence once (reports copy their superior's
    template sentences; ``retrieval.judging`` says how much repeats)."""
    if read is None:
        read = {}
    hits = []
    for h in ev.hits:
        text = h.chunk.text
        no = read.get(text)
        if no is None:
            no = read[text] = denies(text, deeds)
        if not no:
            hits.append(h)
    if len(hits) == len(ev.hits):
        return ev
    return replace(ev, hits=tuple(hits), supported=bool(hits))


def undenied(
    ctx: Context, analysis: Analysis, filters: Filters, evidence: list[ReportEvidence]
) -> list[ReportEvidence]:
    """``evidence`` with each supported report judged without its denying sentences."""
    deeds = asked_deeds(analysis.question, analysis.concepts, ctx.retriever.lib.tokenizer.tagged)
    if not deeds:
        return evidence
    out = []
    read: dict[str, bool] = {}
    for ev in evidence:
        got = _kept(ev, deeds, read) if ev.supported else ev
        if ev.supported and not got.supported:
            alone = replace(filters, report_ids=(ev.info.report_id,))
            again = [e for e in ctx.retriever.fan_out(analysis, alone) if e.info == ev.info]
            if again:
                got = _kept(again[0], deeds, read)
        out.append(got)
    return out
