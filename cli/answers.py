"""``reportqa ask`` and ``reportqa eval``: command-line adapters over the answer service."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reportqa.answer_markdown import RELATED_HEADING
from reportqa.errors import ReportQAError
from reportqa.settings import Settings


def load_history(value: str | None):
    """Earlier turns, validated as the web API's history is: a JSON file's path, or the JSON
    list itself — a script that holds the last answer in a variable should not need a file."""
    from library import turns_from_json

    if not value:
        return []
    inline = value.lstrip().startswith("[")
    try:
        raw = json.loads(value if inline else Path(value).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReportQAError(f"无法读取历史文件 {value}: {exc}") from exc
    except json.JSONDecodeError as exc:
        where = "历史 JSON" if inline else f"历史文件 {value}"
        raise ReportQAError(f"{where}不是有效的 JSON：{exc}") from exc
    return turns_from_json(raw)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from library import build, scope_of

    reading = build(settings).reading
    scope = scope_of(args.township, args.year)
    answer = reading.ask(args.question, load_history(args.history), scope)
    if args.export:
        from export.writers import export_answers

        export_answers([answer], Path(args.export))
    if args.json:
        sys.stdout.write(json.dumps(answer.to_json(), ensure_ascii=False, indent=2) + "\n")
        return 0
    if answer.resolved_shown != answer.question:
        sys.stdout.write(f"（理解为：{answer.resolved_shown}）\n\n")
    # an answer with nothing cited (no unit found, or only silent units) shows no empty heading
    sys.stdout.write(answer.answer + ("\n\n来源：\n" if answer.citations else "\n"))
    for c in answer.citations:
        sys.stdout.write(f"[{c.n}] {c.shown}《{c.title}》{c.section}：「{c.quote}」\n")
    if answer.related:
        sys.stdout.write(f"\n{RELATED_HEADING}：\n")
    for c in answer.related:
        sys.stdout.write(f"[{c.n}] {c.shown}《{c.title}》{c.section}：「{c.quote}」\n")
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from answering.evaluate import FLOORS, below_floors, evaluate, format_table, load_questions
    from answering.scoring import Gold, find_gold
    from library import build

    path = Path(args.questions)
    if not path.exists():
        raise ReportQAError(f"找不到问题文件 {path}")
    gold = Gold.load(find_gold(path, args.gold))
    service = build(settings).service
    if args.calibrate:
        from answering.calibrate import pairs, table
        from answering.graded_calibrate import decisions, graded_table

        service.warm_up()
        items = load_questions(path)
        sys.stdout.write(table(pairs(service, items, gold)) + "\n\n")
        sys.stdout.write(graded_table(decisions(service, items, gold)) + "\n")
        return 0
    result = evaluate(service, load_questions(path), gold)
    if args.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_table(result) + "\n")
    failed = below_floors(result["overall"], {k: getattr(args, k) for k in FLOORS})
    if failed:
        sys.stderr.write("低于下限 / below floor: " + "；".join(failed) + "\n")
        return 1
    return 0


def register(sub) -> None:
    p = sub.add_parser("ask", help="提问（带引用的回答）")
    p.add_argument("question")
    p.add_argument("--history", help="earlier turns: a JSON file, or the JSON list itself")
    p.add_argument("--township", action="append", help="restrict to these townships")
    p.add_argument("--year", action="append", type=int, help="restrict to these years")
    p.add_argument("--export", help="write the answer to .md/.docx/.json/.csv")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_ask)

    p = sub.add_parser("eval", help="评测问题集")
    p.add_argument("questions", help="questions .jsonl (see shared/eval/README.md)")
    p.add_argument("--gold", help="meta_gold.jsonl with unit aliases (default: beside questions)")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--calibrate", action="store_true", help="precision/recall of the evidence threshold"
    )
    for opt, key in (
        ("--min-f1", "which F1"),
        ("--min-facts", "fact accuracy"),
        ("--min-compare", "compare score"),
        ("--min-none", "share of none questions answered 'not in the reports'"),
    ):
        p.add_argument(opt, type=float, help=f"exit 1 when {key} is below this floor")
    p.set_defaults(run=cmd_eval)
