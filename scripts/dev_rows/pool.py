"""Pool the per-file ``reportqa eval --json`` results of ``run.sh`` into one rows file.

Why: a change is judged row by row over every dev set at once (which rows went up, which
down), not by a table of per-file averages that hides a lost row behind a gained one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def pool(out: Path) -> list[dict]:
    rows = []
    for f in sorted((out / "sets").glob("*.json")):
        cmd = f.with_suffix(".cmd").read_text(encoding="utf-8").split()
        qfile = next(c for c in cmd if c.endswith(".jsonl"))
        lib = Path(cmd[0]).name
        try:
            result = json.loads(f.read_text(encoding="utf-8"))
        except ValueError as exc:
            sys.stderr.write(f"unreadable {f} ({qfile}): {exc}\n")
            continue
        name = qfile.split("/tests/data/")[-1].split("/shared/")[-1]
        rows.extend({**q, "set": f"{lib}:{name}"} for q in result["questions"])
    return rows


def main() -> None:
    out = Path(sys.argv[1])
    rows = pool(out)
    with (out / "rows.jsonl").open("w", encoding="utf-8") as w:
        for r in rows:
            w.write(json.dumps(r, ensure_ascii=False) + "\n")
    sys.stdout.write(f"{len(rows)} rows in {out / 'rows.jsonl'}\n")


if __name__ == "__main__":
    main()
