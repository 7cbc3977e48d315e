"""Rows that moved between two pooled runs: ``diff.py OLD/rows.jsonl NEW/rows.jsonl [-v]``.

Why: the dev figures are 2 000+ rows; what a change did is the handful that moved, each
named by set, id and question, with what it answered before and after (``-v``).
"""

from __future__ import annotations

import json
import sys


def _load(path: str) -> dict:
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return {(r["set"], r["id"], r["question"]): r for r in rows}


def score(r: dict) -> float:
    kind = r["kind"]
    if kind == "which":
        return r.get("f1") or 0.0
    if kind == "compare":
        return r.get("compare_score") or 0.0
    return float(bool(r.get("fact_ok") if kind == "fact" else r.get("none_ok")))


def main() -> None:
    old, new = _load(sys.argv[1]), _load(sys.argv[2])
    verbose = "-v" in sys.argv
    up = down = 0
    for key in sorted(old.keys() & new.keys()):
        a, b = score(old[key]), score(new[key])
        if abs(a - b) < 1e-9:
            continue
        up, down = (up + 1, down) if b > a else (up, down + 1)
        tag = "UP  " if b > a else "DOWN"
        sys.stdout.write(f"{tag} {key[0]} {key[1]} {a:.2f}->{b:.2f} {key[2][:60]}\n")
        if verbose:
            sys.stdout.write(f"   old {old[key].get('got')}\n   new {new[key].get('got')}\n")
            sys.stdout.write(f"   miss {new[key].get('miss', '')[:300]}\n")
    only = len(new.keys() - old.keys())
    sys.stdout.write(f"up {up} down {down} of {len(old.keys() & new.keys())} (new rows {only})\n")


if __name__ == "__main__":
    main()
