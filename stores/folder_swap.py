"""An index folder replaced whole: written beside it under this process's own name, then
swapped in by two renames.

Why: a crash while writing must leave the old index whole, and two processes saving at
once (a writer and a reader rewriting an older layout) must never write into one folder.
When the swap fails (a read-only volume, another process's copy renamed in between), the
new folder is removed and the old one put back if no copy took its place, so the index is
never left missing; the error is raised for the caller to decide (log it or fail).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

__all__ = ["fresh_folder", "swap_in"]


def fresh_folder(target: Path) -> Path:
    """An empty folder beside ``target``, named for this process (``bm25.<pid>.tmp``)."""
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    return tmp


def swap_in(tmp: Path, target: Path) -> None:
    """``tmp`` renamed to ``target``, the old ``target`` kept aside until it has."""
    old = target.with_name(f"{target.name}.{os.getpid()}.old")
    shutil.rmtree(old, ignore_errors=True)
    try:
        if target.exists():
            target.rename(old)
        tmp.rename(target)  # another process's copy may have come in between
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        if old.exists() and not target.exists():
            old.rename(target)  # nobody's copy came in: the old one put back
        shutil.rmtree(old, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)
