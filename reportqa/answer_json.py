"""An answer as JSON and back: the one record the web history, the JSON export and the
benchmark store, kept apart from the answer's types so each file holds one concept.

``answer_from`` reads what ``answer_json`` wrote and also records saved before a field
existed (an answer without blocks keeps its text as one block of prose).
"""

from __future__ import annotations

from typing import Any

from reportqa.answer import (
    Answer,
    Asked,
    Block,
    Bullets,
    Citation,
    CompareRow,
    CompareTable,
    Completeness,
    Kind,
    Paragraph,
    Prose,
    Text,
    UnitVerdict,
    Unsaid,
    Verdict,
    verdicts,
)

__all__ = ["answer_from", "answer_json"]


def answer_json(answer: Answer) -> dict:
    done = answer.completeness
    return {
        "question": answer.question,
        "resolved_question": answer.resolved_question,
        "resolution_note": answer.resolution_note,
        "kind": str(answer.kind),
        "mode": answer.mode,
        "answer": answer.answer,
        "townships": list(answer.townships),
        "picked": list(answer.picked),
        "not_mentioned": list(answer.not_mentioned),
        "citations": [c.to_json() for c in answer.citations],
        "related": [c.to_json() for c in answer.related],
        "table": [r.to_json() for r in answer.table],
        "notice": answer.notice,
        "notices": list(answer.notices),
        "searched": answer.searched,
        "scope": list(answer.scope),
        "unsaid": list(answer.unsaid),
        "read_by": list(answer.read_by),
        "units": [{"unit": u.unit, "verdict": str(u.verdict)} for u in answer.units],
        "completeness": (
            {
                "searched": done.searched,
                "not_mentioned": list(done.not_mentioned),
                "line": done.line,
            }
            if done
            else None
        ),
        "blocks": [_block_json(b, answer.compare) for b in answer.body],
    } | ({"parts": [p.to_json() for p in answer.parts]} if answer.parts else {})


def answer_from(data: dict) -> Answer:
    """The inverse of :func:`answer_json`. A record saved before answers had blocks keeps
    its text as one block of prose (its ``[n]`` markers then stay in that text)."""
    citations = tuple(Citation.from_json(c) for c in data.get("citations", ()))
    by_n = {c.n: c for c in citations}
    compare = _table_from(data["table"], by_n) if data.get("table") else None
    if "blocks" in data:
        body = tuple(_block_from(b, compare, by_n) for b in data["blocks"])
    else:
        body = (Prose((Text(data.get("answer", "")),)),)
    if "units" in data:
        units = tuple(UnitVerdict(u["unit"], Verdict(u["verdict"])) for u in data["units"])
    else:
        units = verdicts(data.get("townships", ()), data.get("not_mentioned", ()))
    done = data.get("completeness")
    notices = data.get("notices")
    if notices is None:
        notices = [data["notice"]] if data.get("notice") else []
    return Answer(
        question=data.get("question", ""),
        kind=Kind(data.get("kind", "fact")),
        mode=data.get("mode", "extractive"),
        body=body,
        citations=citations,
        units=units,
        completeness=(
            Completeness(done["searched"], tuple(done.get("not_mentioned", ()))) if done else None
        ),
        compare=compare,
        resolved_question=data.get("resolved_question", ""),
        resolution_note=data.get("resolution_note", ""),
        notices=tuple(notices),
        searched=data.get("searched", 0),
        scope=tuple(data.get("scope", ())),
        related=tuple(Citation.from_json(c) for c in data.get("related", ())),
        picked=tuple(data.get("picked", ())),
        parts=tuple(answer_from(p) for p in data.get("parts", ())),
    )


def _runs_json(runs: tuple[Text, ...]) -> list[dict]:
    return [{"text": r.text, "refs": list(r.refs), "strong": r.strong} for r in runs]


def _runs_from(data: list[dict]) -> tuple[Text, ...]:
    return tuple(Text(r["text"], tuple(r.get("refs", ())), r.get("strong", False)) for r in data)


def _block_json(block: Block, compare: CompareTable | None = None) -> dict[str, Any]:
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "runs": _runs_json(block.runs)}
    if isinstance(block, Prose):
        return {"type": "prose", "runs": _runs_json(block.runs)}
    if isinstance(block, Bullets):
        return {"type": "bullets", "items": [_runs_json(i) for i in block.items]}
    if isinstance(block, Unsaid):
        out = {"type": "unsaid", "words": list(block.words), "near": block.near}
        out |= {"read_as": list(block.read_as)} if block.read_as else {}
        return out | ({"read_by": list(block.read_by)} if block.read_by else {})
    if isinstance(block, Asked):
        return {"type": "asked", "question": block.question} | {
            "resolved": block.resolved,
            "note": block.note,
            "text": block.text,
        }
    if isinstance(block, Completeness):
        return {"type": "completeness", "searched": block.searched, "line": block.line} | {
            "not_mentioned": list(block.not_mentioned)
        }
    if block is compare:
        return {"type": "compare_table"}  # its rows are the answer's "table"
    return {"type": "compare_table", "rows": [r.to_json() for r in block.rows]}  # a part's


def _block_from(data: dict, compare: CompareTable | None, by_n: dict[int, Citation]) -> Block:
    kind = data["type"]
    if kind == "paragraph":
        return Paragraph(_runs_from(data["runs"]))
    if kind == "prose":
        return Prose(_runs_from(data["runs"]))
    if kind == "bullets":
        return Bullets(tuple(_runs_from(i) for i in data["items"]))
    if kind == "unsaid":
        return Unsaid(
            tuple(data["words"]),
            data.get("near", False),
            tuple(data.get("read_as", ())),
            tuple(data.get("read_by", ())),
        )
    if kind == "asked":
        return Asked(data["question"], data.get("resolved", ""), data.get("note", ""))
    if kind == "completeness":
        return Completeness(data["searched"], tuple(data.get("not_mentioned", ())))
    if "rows" in data:  # a part's table, not the answer's own
        return _table_from(data["rows"], by_n)
    return compare or CompareTable(())


def _table_from(rows: list[dict], by_n: dict[int, Citation]) -> CompareTable:
    return CompareTable(
        tuple(
            CompareRow(
                unit=r["township"],
                value=r["quote"],
                number=r.get("number"),
                citation=by_n.get(r["n"]) if r.get("n") else None,
                year=r.get("year"),
                scale=r.get("scale", ""),
                measure=r.get("measure", ""),
                by_year=r.get("by_year", False),
            )
            for r in rows
        )
    )
