"""``reportqa eval --calibrate``, second table: the graded reading's ``MAJORITY`` per value.

Every which- or none-question of a question file whose strict reading supports no report and
which holds unspelled words and a core of ``graded.LEAST`` words is one decision: the graded
reading at any share (``majority`` 0) and the units it would answer, scored against the gold
set (``optional`` units left out). A none-question answered at a value is an invention there —
the guard the value must keep at zero. This is how ``answering.graded.MAJORITY`` was chosen;
the table is printed, not applied.
"""

from __future__ import annotations

from dataclasses import dataclass

from answering.graded import LEAST, core_of, graded_reading, said, share
from answering.kinds import Context
from answering.scoring import Gold
from answering.service import AnswerService
from answering.unsaid_words import unsaid
from reportqa.answer import Kind
from retrieval.search import Filters

VALUES = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


@dataclass(frozen=True)
class Decision:
    """One question's graded reading: the core's share and how its units fare."""

    share: float
    tp: int
    fp: int
    fn: int
    none: bool  # a none-question: any unit is an invention


def decisions(service: AnswerService, items: list[dict], gold: Gold) -> list[Decision]:
    """The graded reading of every strict-empty question that has one at any share."""
    retriever, lib = service.retriever, service.lib
    ctx = Context(retriever, lib.settings.top_k, lambda _text: False)
    out = []
    for item in items:
        if item.get("kind") not in (Kind.WHICH, Kind.NONE) or item.get("history"):
            continue
        analysis = retriever.analyze(item["question"])
        if analysis.kind != Kind.WHICH or analysis.number:
            continue
        if service.metadata.answer(item["question"], analysis, lib.reports(), lib.reports()):
            continue
        filters = Filters(years=analysis.years, levels=analysis.levels, excluded=analysis.excluded)
        if any(ev.supported for ev in retriever.fan_out(analysis, filters)):
            continue  # the strict reading answers
        idf = retriever.concept_idf(analysis, filters)
        words, core = unsaid(analysis, idf), core_of(analysis, idf)
        if not words or said(core) < LEAST:
            continue
        got = graded_reading(ctx, analysis, filters, idf, words, majority=0.0)
        if got is None:
            continue
        units = {gold.report_unit(ev.info.source, ev.info.township) for ev in got.evidence}
        want = {gold.canonical(t) for t in item.get("townships") or ()}
        units -= {gold.canonical(t) for t in item.get("optional") or ()}
        none = item["kind"] == Kind.NONE
        out.append(
            Decision(
                share(core, words), len(units & want), len(units - want), len(want - units), none
            )
        )
    return out


def graded_table(got: list[Decision]) -> str:
    lines = ["majority\tanswered\tprecision\ttp\tfp\tfn\tnone_answered"]
    for t in VALUES:
        on = [d for d in got if d.share > t]
        tp, fp = sum(d.tp for d in on), sum(d.fp for d in on)
        fn = sum(d.fn for d in on) + sum(d.tp + d.fn for d in got if d.share <= t)
        nones = sum(1 for d in on if d.none)
        lines.append(f"{t:.2f}\t{len(on)}\t{tp / max(1, tp + fp):.3f}\t{tp}\t{fp}\t{fn}\t{nones}")
    return "\n".join(lines)
