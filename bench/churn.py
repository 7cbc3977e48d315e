"""What keeping a large library up to date costs: re-ingest with 1 % of the files edited,
then a ``--prune`` after 1 % were deleted (``reportqa bench`` on synthetic corpora).

Run last in a bench child, after every other figure, because it edits and deletes files
of the generated corpus (which is regenerated on the next run).
"""

from __future__ import annotations

import time
from pathlib import Path

EDIT = "\n\n（本报告于年底补充：全年共办理行政复议案件{n}件。）\n"


def churn(shelf, folder: Path, share: float = 0.01) -> dict:
    """``shelf``: the library's use cases (``library.Shelf``), as the CLI ingests."""
    files = sorted(folder.glob("*.txt"))
    step = max(1, round(1 / share))
    edited, removed = files[::step], files[step // 2 :: step]
    for n, f in enumerate(edited):
        f.write_text(f.read_text(encoding="utf-8") + EDIT.format(n=n + 3), encoding="utf-8")
    t0 = time.perf_counter()
    update = shelf.add([folder])
    update_s = time.perf_counter() - t0
    for f in removed:
        f.unlink()
    t0 = time.perf_counter()
    prune = shelf.add([folder], prune=True)
    prune_s = time.perf_counter() - t0
    return {
        "update": {"files": len(edited), "updated": update.updated, "s": round(update_s, 2)},
        "prune": {"files": len(removed), "removed": prune.removed, "s": round(prune_s, 2)},
    }
