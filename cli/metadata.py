"""``reportqa eval-metadata GOLD.jsonl``: per-field metadata accuracy and the misses.

``--min FIELD=VALUE`` turns it into a check (exit code 1 below a floor), which is how CI
keeps metadata extraction from regressing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reportqa.errors import ReportQAError
from reportqa.settings import Settings


def _floors(specs: list[str]) -> dict[str, float]:
    from ingest.meta_eval import FIELDS

    out = {}
    for spec in specs:
        name, _, value = spec.partition("=")
        try:
            out[name] = float(value)
        except ValueError:
            out[name] = -1.0
        if name not in FIELDS or not 0.0 <= out[name] <= 1.0:
            raise ReportQAError(
                f"无效的下限「{spec}」：应为 字段=0到1的数，字段取 {'、'.join(FIELDS)}"
            )
    return out


def cmd_eval_metadata(args: argparse.Namespace, settings: Settings) -> int:
    from ingest.meta_eval import FIELDS, evaluate

    floors = _floors(args.min)
    score = evaluate(Path(args.gold), Path(args.dir) if args.dir else None)
    failed = {f: v for f, v in floors.items() if score.accuracy(f) < v}
    if args.json:
        out = score.to_json()
        out["below_floor"] = sorted(failed)
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        n = len(score.rows)
        accs = "  ".join(f"{f} {score.accuracy(f):.2f}" for f in FIELDS)
        sys.stdout.write(f"{args.gold}: {n} 份  {accs}\n")
        for m in score.to_json()["misses"]:
            sys.stdout.write(
                f"  ✗ {m['source']}: 单位={m['unit'] or '?'} 上级={m['parent'] or '-'} "
                f"层级={m['level'] or '?'} 年度={m['year'] or '?'}  错：{'、'.join(m['wrong'])}\n"
            )
        for f, v in failed.items():
            sys.stdout.write(f"低于下限：{f} {score.accuracy(f):.3f} < {v}\n")
    return 1 if failed else 0


def register(sub) -> None:
    p = sub.add_parser("eval-metadata", help="元数据准确率（对照金标准 JSONL）")
    p.add_argument(
        "gold", help="gold JSONL: source, unit[], county[], county_in_text, year[], level"
    )
    p.add_argument("--dir", help="folder of the reports (default: the gold file's folder)")
    p.add_argument("--min", action="append", default=[], metavar="FIELD=VALUE", help="floor")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_eval_metadata)
