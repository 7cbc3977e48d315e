"""``reportqa eval``: runs a question file through the real answer path and scores it.

Metrics follow ``shared/eval/README.md``: township-set precision/recall/F1, fact accuracy,
cited-township accuracy, doc-hit@1/@3, citation faithfulness, plus retrieval recall@k.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from answering.followup import Turn
from answering.service import AnswerService
from reportqa.errors import ReportQAError


@dataclass
class Row:
    id: str
    kind: str
    question: str
    resolved: str
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    fact_ok: bool | None = None
    cited_ok: bool | None = None
    doc_hit1: bool | None = None
    doc_hit3: bool | None = None
    faithful: bool = True
    retrieval_recall: float | None = None
    ms: float = 0.0
    got: tuple[str, ...] = ()
    error: str = ""


def load_questions(path: Path) -> list[dict]:
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ReportQAError(f"{path}:{n}: 不是合法的 JSON 行: {exc}") from exc
    return items


def _prf(got: set[str], want: set[str], optional: set[str]) -> tuple[float, float, float]:
    counted = got - optional
    tp = len(counted & want)
    p = tp / len(counted) if counted else (1.0 if not want else 0.0)
    r = tp / len(want) if want else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _groups_ok(text: str, groups: list[list[str]]) -> bool:
    return all(any(alt in text for alt in group) for group in groups)


def evaluate(service: AnswerService, items: list[dict]) -> dict:
    rows: list[Row] = []
    lib = service.lib
    k = lib.settings.top_k
    t0 = time.perf_counter()
    service.warm_up()  # latency figures are steady-state; the cold start is reported apart
    cold_ms = (time.perf_counter() - t0) * 1000
    for item in items:
        history = [Turn(h["q"]) for h in item.get("history", [])]
        row = Row(item.get("id", str(len(rows) + 1)), item.get("kind", ""), item["question"], "")
        t0 = time.perf_counter()
        try:
            ans = service.ask(item["question"], history)
        except ReportQAError as exc:
            row.error = str(exc)
            row.ms = (time.perf_counter() - t0) * 1000
            row.faithful = True
            rows.append(row)
            continue
        row.ms = (time.perf_counter() - t0) * 1000
        row.resolved = ans.resolved_question
        row.got = ans.townships
        text = ans.answer
        for c in ans.citations:
            report_text = lib.report_text(c.report_id)
            if report_text[c.start : c.end] != c.quote:
                row.faithful = False
        if item.get("kind") in ("which", "compare"):
            want, opt = set(item.get("townships", [])), set(item.get("optional", []))
            row.precision, row.recall, row.f1 = _prf(set(ans.townships), want, opt)
            analysis = service.retriever.analyze(ans.resolved_question.split(" （")[0])
            evidence = service.retriever.fan_out(analysis, _filters_for(service, analysis))
            found = {e.info.township for e in evidence if e.supported}
            row.retrieval_recall = len(found & want) / len(want) if want else 1.0
        if item.get("expect_any"):
            row.fact_ok = _groups_ok(text, item["expect_any"])
        if item.get("kind") == "fact" and item.get("township"):
            row.cited_ok = any(c.township == item["township"] for c in ans.citations)
            analysis = service.retriever.analyze(ans.resolved_question.split(" （")[0])
            hits = service.retriever.search(
                analysis.question, k, analysis=analysis, filters=_filters_for(service, analysis)
            )
            passages = " ".join(h.chunk.text for h in hits)
            if item.get("expect_any"):
                row.retrieval_recall = 1.0 if _groups_ok(passages, item["expect_any"]) else 0.0
        if item.get("doc"):
            docs = set(item["doc"])
            ranked = list(dict.fromkeys(c.source for c in ans.citations))
            row.doc_hit1 = bool(ranked[:1]) and ranked[0] in docs
            row.doc_hit3 = any(s in docs for s in ranked[:3])
        rows.append(row)
    overall = _overall(rows)
    overall["warm_up_ms"] = round(cold_ms, 1)
    return {"overall": overall, "questions": [r.__dict__ for r in rows]}


def _filters_for(service: AnswerService, analysis):
    from retrieval.search import Filters

    return Filters(analysis.townships, analysis.counties, analysis.years, levels=analysis.levels)


def _mean(values) -> float | None:
    vals = [float(v) for v in values if v is not None]
    return round(statistics.fmean(vals), 4) if vals else None


def _overall(rows: list[Row]) -> dict:
    set_rows = [r for r in rows if r.f1 is not None]
    ms = sorted(r.ms for r in rows)
    return {
        "questions": len(rows),
        "errors": sum(1 for r in rows if r.error),
        "township_precision": _mean(r.precision for r in set_rows),
        "township_recall": _mean(r.recall for r in set_rows),
        "township_f1": _mean(r.f1 for r in set_rows),
        "fact_accuracy": _mean(r.fact_ok for r in rows),
        "cited_township_accuracy": _mean(r.cited_ok for r in rows),
        "doc_hit@1": _mean(r.doc_hit1 for r in rows),
        "doc_hit@3": _mean(r.doc_hit3 for r in rows),
        "citation_faithfulness": _mean(r.faithful for r in rows),
        "retrieval_recall@k": _mean(r.retrieval_recall for r in rows),
        "latency_ms_p50": round(ms[len(ms) // 2], 2) if ms else None,
        "latency_ms_p95": round(ms[min(len(ms) - 1, int(len(ms) * 0.95))], 2) if ms else None,
    }


def format_table(result: dict) -> str:
    def fmt(v):
        if v is None:
            return "-"
        if isinstance(v, bool):
            return "✓" if v else "✗"
        if isinstance(v, float):
            return f"{v:.2f}"
        return str(v)

    lines = ["id\tkind\tF1\tfact\tcited\tfaithful\tms\tgot\tquestion"]
    for q in result["questions"]:
        lines.append(
            "\t".join(
                [
                    q["id"],
                    q["kind"],
                    fmt(q["f1"]),
                    fmt(q["fact_ok"]),
                    fmt(q["cited_ok"]),
                    fmt(q["faithful"]),
                    f"{q['ms']:.1f}",
                    "、".join(q["got"]) or q["error"][:30],
                    q["question"],
                ]
            )
        )
    lines.append("")
    for key, val in result["overall"].items():
        lines.append(f"{key}: {fmt(val)}")
    return "\n".join(lines)
