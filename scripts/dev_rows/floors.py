"""Check a ``run.sh`` output against the floors its recorded commands carry.

Why: ``rec.sh`` never fails, so a dev-rows run records a set that fell under its ``make eval``
floor without saying so, and CI is the first to notice half an hour later (stop 80's blind8
para2). This applies the same gate as ``reportqa eval`` (``below_floors``) to every recorded
set, so the run says what CI would say.

Usage: ``PYTHONPATH=REPO python scripts/dev_rows/floors.py OUT`` — exit 1 when any set is under.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from answering.evaluate import FLOORS, below_floors


def floors_of(cmd: list[str]) -> dict[str, float]:
    """The ``--min-*`` options of one recorded command line."""
    out = {}
    for opt in FLOORS:
        flag = "--" + opt.replace("_", "-")
        if flag in cmd:
            out[opt] = float(cmd[cmd.index(flag) + 1])
    return out


def check(out: Path) -> list[str]:
    failures = []
    for f in sorted((out / "sets").glob("*.json")):
        cmd = f.with_suffix(".cmd").read_text(encoding="utf-8").split()
        floors = floors_of(cmd)
        if not floors:
            continue
        name = next((c for c in cmd if c.endswith(".jsonl")), f.name)
        try:
            overall = json.loads(f.read_text(encoding="utf-8"))["overall"]
        except (ValueError, KeyError) as exc:
            failures.append(f"{Path(cmd[0]).name}:{name} unreadable ({exc})")
            continue
        for miss in below_floors(overall, floors):
            failures.append(f"{Path(cmd[0]).name}:{name} {miss}")
    return failures


def main() -> None:
    out = Path(sys.argv[1])
    failures = check(out)
    for line in failures:
        sys.stdout.write(line + "\n")
    sys.stdout.write(f"{len(failures)} under their floor\n")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
