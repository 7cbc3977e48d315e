"""``reportqa eval --calibrate``: precision and recall of the evidence judge per threshold.

Every (which-question, report) pair of a question file is one decision: the report's best
sentence score against the gold set (``optional`` units and metadata questions left out).
This is how ``retrieval.evidence.SUPPORT`` was chosen; the table is printed, not applied.
"""

from __future__ import annotations

from answering.scoring import Gold
from answering.service import AnswerService
from reportqa.answer import Kind
from retrieval.search import Filters

THRESHOLDS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


def pairs(service: AnswerService, items: list[dict], gold: Gold) -> list[tuple[float, bool]]:
    """(best sentence score, unit in the gold set) for every judged report."""
    retriever, lib = service.retriever, service.lib
    out = []
    for item in items:
        if item.get("kind") != Kind.WHICH or item.get("history"):
            continue
        analysis = retriever.analyze(item["question"])
        if service.metadata.answer(item["question"], analysis, lib.reports(), lib.reports()):
            continue
        want = {gold.canonical(t) for t in item.get("townships") or ()}
        optional = {gold.canonical(t) for t in item.get("optional") or ()}
        filters = Filters(years=analysis.years, levels=analysis.levels, excluded=analysis.excluded)
        for ev in retriever.fan_out(analysis, filters, floor=0.0):
            unit = gold.report_unit(ev.info.source, ev.info.township)
            if unit not in optional:
                out.append((ev.score, unit in want))
    return out


def table(decisions: list[tuple[float, bool]]) -> str:
    lines = ["threshold\tprecision\trecall\ttp\tfp\tfn"]
    for t in THRESHOLDS:
        tp = sum(1 for s, y in decisions if s >= t and y)
        fp = sum(1 for s, y in decisions if s >= t and not y)
        fn = sum(1 for s, y in decisions if s < t and y)
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        lines.append(f"{t:.2f}\t{p:.3f}\t{r:.3f}\t{tp}\t{fp}\t{fn}")
    return "\n".join(lines)
