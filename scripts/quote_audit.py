"""Audit every quote of every dev set (round quote24): counts per fault class, and the faults.

Why: a quote can be verbatim and still not let a reader check the claim (cut before the asked
word, a bare heading, cut inside a word, a whole paragraph). ``tests/quote_audit.py`` says
what each class means. This runs it over the libraries ``/work/brief/ev/dev.sh`` ingested
(its ``OUT/lib``), on the same question files, with the code on ``PYTHONPATH``::

    PYTHONPATH=$PWD python scripts/quote_audit.py /tmp/NAME/dev_X [--show CLASS ...] [--json F]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from library.compose import build  # noqa: E402
from reportqa.settings import Settings  # noqa: E402
from tests.quote_audit import CLASSES, audit  # noqa: E402

SHARED = Path("/work/shared")
SETS = [  # (set, library, questions) as dev.sh runs them
    ("seeds_heldout", "seed", ROOT / "tests/data/heldout_seed.jsonl"),
    ("seeds_dev", "seed", SHARED / "eval/seed_dev.jsonl"),
    ("web", "web", SHARED / "corpus-web/questions.jsonl"),
    ("para", "web", ROOT / "tests/data/para/questions.jsonl"),
    ("para5", "web", ROOT / "tests/data/para5/questions.jsonl"),
    ("broad19", "web", ROOT / "tests/data/broad19/questions.jsonl"),
]
for _n in range(3, 11):
    _b = f"blind{_n}"
    SETS.append((f"own_{_b}", _b, ROOT / f"tests/data/{_b}/web_real/questions.jsonl"))
    for _s in ("para2", "broad20", "broad21", "facts22", "narrow22", "narrow23"):
        SETS.append((f"{_s}_{_b}", _b, ROOT / f"tests/data/{_s}/{_b}.jsonl"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path, help="dev.sh's OUT directory (its lib/ is read)")
    ap.add_argument("--show", nargs="*", default=[], help="print the faults of these classes")
    ap.add_argument("--json", type=Path, help="write every fault here")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    services: dict[str, object] = {}
    total: Counter = Counter()
    rows = []
    for name, lib, questions in SETS:
        if not questions.is_file():
            continue
        if lib not in services:
            services[lib] = build(Settings(data_dir=args.out / "lib" / lib)).service
        items = [json.loads(x) for x in questions.read_text(encoding="utf-8").splitlines() if x]
        found = audit(services[lib], items)
        got = Counter(v.cls for v in found)
        total.update(got)
        sys.stdout.write(
            f"{name:20s} " + " ".join(f"{c}={got[c]}" for c in CLASSES if got[c]) + "\n"
        )
        for v in found:
            rows.append({"set": name, **v.__dict__})
            if v.cls in args.show:
                sys.stdout.write(f"  [{v.cls}] {v.qid} {v.unit} {v.detail} 「{v.quote[:160]}」\n")
    sys.stdout.write("TOTAL " + " ".join(f"{c}={total[c]}" for c in CLASSES) + "\n")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
