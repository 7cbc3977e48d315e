"""``reportqa eval``: runs a question file through the real answer path and scores it.

Kinds (``shared/eval/README.md``, ``corpus-web/README.md``): ``which`` (township-set F1,
``optional`` names neither count for nor against), ``fact`` (every ``expect_any`` group in the
answer, the right report cited; ``headline_ok`` beside it: every group in the answer's first block,
the line read as the answer, not only in a quote below it), ``compare`` (every unit covered and its value given), ``none``
(the reports do not say: the right answer names no unit). Follow-ups replay their ``history``
through the service, as the app does. Names are compared through the gold aliases after
traditional→simplified conversion.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from answering.composed import turns_of_answer
from answering.followup import Turn
from answering.scoring import Gold, groups_found, prf
from answering.service import AnswerService
from reportqa.answer import Kind
from reportqa.answer_markdown import block_markdown, plain_ref
from reportqa.errors import QuestionError, ReportQAError


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
    # the gold in the answer's headline (its first block), not only somewhere in a quote
    # below it: 「**X镇**：3场」 over a quote that says 12场 is a wrong answer ``fact_ok`` passes
    headline_ok: bool | None = None
    compare_score: float | None = None
    none_ok: bool | None = None
    cited_ok: bool | None = None
    doc_hit1: bool | None = None
    doc_hit3: bool | None = None
    faithful: bool = True
    ms: float = 0.0
    got: tuple[str, ...] = ()
    miss: str = ""
    error: str = ""
    answer: str = field(default="", repr=False)


def load_questions(path: Path) -> list[dict]:
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ReportQAError(f"{path}:{n}: 不是合法的 JSON 行: {exc}") from exc
    return items


def _history(service: AnswerService, item: dict) -> list[Turn]:
    """Earlier turns answered for real, so a follow-up sees what the user saw."""
    turns: list[Turn] = []
    for h in item.get("history", []):
        try:
            ans = service.ask(h["q"], turns)
        except QuestionError:
            turns.append(Turn(h["q"]))
            continue
        turns.extend(turns_of_answer(ans))  # a turn per question of the message
    return turns


def _score(row: Row, item: dict, ans, gold: Gold) -> None:
    kind = item.get("kind", "")
    # a which-question answered by a pick (「其中哪家最多」) is answered by the units picked
    named = ans.picked if kind == Kind.WHICH and ans.picked else ans.townships
    got = {gold.canonical(t) for t in named}
    row.got = tuple(sorted(got))
    want = {gold.canonical(t) for t in item.get("townships") or ()}
    opt = {gold.canonical(t) for t in item.get("optional") or ()}
    groups = item.get("expect_any") or []
    if kind in (Kind.WHICH, Kind.COMPARE):
        row.precision, row.recall, row.f1 = prf(got, want, opt)
        missing, extra = sorted(want - got), sorted(got - want - opt)
        row.miss = " ".join(
            x
            for x in (missing and f"缺:{'、'.join(missing)}", extra and f"多:{'、'.join(extra)}")
            if x
        )
    if kind == Kind.COMPARE:
        found = groups_found(ans.answer, groups)
        covered = [t in got for t in sorted(want)]
        parts = found + covered
        row.compare_score = sum(parts) / len(parts) if parts else 1.0
        if not all(found):
            row.miss += f" 缺值:{[g for g, ok in zip(groups, found, strict=True) if not ok]}"
    if groups and kind != Kind.COMPARE:
        # a value counts only in an answer that cites its evidence: a "not given" answer
        # shows the same number in a related passage it does not cite
        found = groups_found(ans.answer, groups) if ans.citations else [False] * len(groups)
        row.fact_ok = all(found)
        if kind == Kind.FACT:
            row.headline_ok = bool(ans.citations) and all(groups_found(_headline(ans), groups))
        if not row.fact_ok:
            row.miss = f"缺值:{[g for g, ok in zip(groups, found, strict=True) if not ok]}"
    if kind == Kind.FACT and item.get("township"):
        row.cited_ok = any(
            gold.canonical(c.township) == gold.canonical(item["township"]) for c in ans.citations
        )
    if kind == Kind.NONE:
        row.none_ok = not ans.townships and not ans.citations
        if not row.none_ok:
            row.miss = f"不该回答，却引用了 {'、'.join(row.got) or len(ans.citations)}"
    if item.get("doc"):
        docs = set(item["doc"])
        ranked = list(dict.fromkeys(c.source for c in ans.citations))
        row.doc_hit1 = bool(ranked[:1]) and ranked[0] in docs
        row.doc_hit3 = any(s in docs for s in ranked[:3])


def _headline(ans) -> str:
    """The answer's first block as Markdown: the line a reader takes as the answer; for a
    message of several questions, each part's first block."""
    if ans.parts:
        return "\n\n".join(_headline(p) for p in ans.parts)
    return block_markdown(ans.body[0], None, plain_ref) if ans.body else ""


def evaluate(service: AnswerService, items: list[dict], gold: Gold | None = None) -> dict:
    gold = gold or Gold()
    rows: list[Row] = []
    lib = service.lib
    t0 = time.perf_counter()
    service.warm_up()  # latency figures are steady-state; the cold start is reported apart
    cold_ms = (time.perf_counter() - t0) * 1000
    for item in items:
        history = _history(service, item)
        row = Row(item.get("id", str(len(rows) + 1)), item.get("kind", ""), item["question"], "")
        t0 = time.perf_counter()
        try:
            ans = service.ask(item["question"], history)
        except QuestionError as exc:
            row.ms = (time.perf_counter() - t0) * 1000
            row.error = str(exc)
            _score_refusal(row, item)
            rows.append(row)
            continue
        row.ms = (time.perf_counter() - t0) * 1000
        row.resolved = ans.resolved_shown
        row.answer = ans.answer
        for c in ans.citations:
            if lib.report_text(c.report_id)[c.start : c.end] != c.quote:
                row.faithful = False
        _score(row, item, ans, gold)
        rows.append(row)
    overall = _overall(rows)
    overall["warm_up_ms"] = round(cold_ms, 1)
    return {"overall": overall, "questions": [r.__dict__ for r in rows]}


def _score_refusal(row: Row, item: dict) -> None:
    """A refusal (「库中没有…」) is right for ``none`` and wrong for everything else."""
    kind = item.get("kind", "")
    if kind == Kind.NONE:
        row.none_ok = True
        return
    if kind in (Kind.WHICH, Kind.COMPARE):
        want = set(item.get("townships") or ())
        row.precision, row.recall, row.f1 = prf(set(), want, set())
    if kind == Kind.COMPARE:
        row.compare_score = 0.0
    if item.get("expect_any"):
        row.fact_ok = False
        if kind == Kind.FACT:
            row.headline_ok = False
    if item.get("doc"):
        row.doc_hit1 = row.doc_hit3 = False
    if kind == Kind.FACT:
        row.cited_ok = False
    row.miss = f"拒答：{row.error[:40]}"


def _mean(values) -> float | None:
    vals = [float(v) for v in values if v is not None]
    return round(statistics.fmean(vals), 4) if vals else None


def _overall(rows: list[Row]) -> dict:
    set_rows = [r for r in rows if r.f1 is not None]
    ms = sorted(r.ms for r in rows)
    return {
        "questions": len(rows),
        "errors": sum(1 for r in rows if r.error),
        "which_f1": _mean(r.f1 for r in rows if r.kind == Kind.WHICH),
        "facts": _mean(r.fact_ok for r in rows if r.kind == Kind.FACT),
        "fact_headlines": _mean(r.headline_ok for r in rows if r.kind == Kind.FACT),
        "compare": _mean(r.compare_score for r in rows),
        "none_correct": _mean(r.none_ok for r in rows),
        "township_precision": _mean(r.precision for r in set_rows),
        "township_recall": _mean(r.recall for r in set_rows),
        "township_f1": _mean(r.f1 for r in set_rows),
        "fact_accuracy": _mean(r.fact_ok for r in rows),
        "cited_township_accuracy": _mean(r.cited_ok for r in rows),
        "doc_hit@1": _mean(r.doc_hit1 for r in rows),
        "doc_hit@3": _mean(r.doc_hit3 for r in rows),
        "citation_faithfulness": _mean(r.faithful for r in rows),
        "latency_ms_p50": round(ms[len(ms) // 2], 2) if ms else None,
        "latency_ms_p95": round(ms[min(len(ms) - 1, int(len(ms) * 0.95))], 2) if ms else None,
    }


FLOORS = {
    "min_f1": "which_f1",
    "min_facts": "facts",
    "min_compare": "compare",
    "min_none": "none_correct",
}


def below_floors(overall: dict, floors: dict[str, float | None]) -> list[str]:
    """The figures under their floor (a CI gate); a figure the set cannot measure is skipped."""
    out = []
    for opt, key in FLOORS.items():
        floor, value = floors.get(opt), overall.get(key)
        if floor is not None and value is not None and value < floor:
            out.append(f"{key} {value:.2f} < {floor:.2f}")
    if floors.get("min_f1") is not None and (overall.get("citation_faithfulness") or 1.0) < 1.0:
        out.append("citation_faithfulness < 1.00")
    return out


def format_table(result: dict) -> str:
    def fmt(v):
        if v is None:
            return "-"
        if isinstance(v, bool):
            return "✓" if v else "✗"
        if isinstance(v, float):
            return f"{v:.2f}"
        return str(v)

    lines = ["id\tkind\tscore\tfaithful\tms\tgot\tquestion"]
    for q in result["questions"]:
        score = next(
            (q[k] for k in ("f1", "fact_ok", "compare_score", "none_ok") if q[k] is not None), None
        )
        lines.append(
            "\t".join(
                [
                    q["id"],
                    q["kind"],
                    fmt(q["f1"] if q["kind"] == Kind.WHICH else score),
                    fmt(q["faithful"]),
                    f"{q['ms']:.1f}",
                    "、".join(q["got"]) or q["error"][:30],
                    q["question"],
                ]
            )
        )
    misses = [q for q in result["questions"] if q["miss"]]
    if misses:
        lines += ["", f"misses ({len(misses)}):"]
        lines += [f"  {q['id']} {q['kind']} {q['question']} → {q['miss']}" for q in misses]
    lines.append("")
    for key, val in result["overall"].items():
        lines.append(f"{key}: {fmt(val)}")
    return "\n".join(lines)
