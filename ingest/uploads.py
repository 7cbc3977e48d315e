"""Where uploaded report files are kept, so that no upload silently replaces another.

Two different reports may arrive under one name (报告.docx from two folders) or under names
that become one once made safe (报告#1 and 报告&1 → 报告_1). A report's identity is its
stored path, so writing the second over the first would drop a report nobody asked to
drop: the second gets the first free 「name (2).ext」 instead. The same file uploaded again
lands on its earlier copy (and ingest then finds it unchanged).
"""

from __future__ import annotations

import filecmp
import logging
import re
import shutil
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)
_SAFE_NAME = re.compile(r"[^\w\u4e00-\u9fff.\-（）()]+")
_MAX_NAME = 120


def safe_name(name: str) -> str:
    """A file name that cannot escape the uploads folder."""
    base = Path(name.replace("\\", "/")).name
    base = _SAFE_NAME.sub("_", base).strip("._") or "upload"
    return base[:_MAX_NAME]


def store_upload(src: Path, dest: Path) -> Path:
    """Copy ``src`` into ``dest`` under its safe name, or the first free numbered variant
    when that name holds a different file; returns the stored path."""
    dest.mkdir(parents=True, exist_ok=True)
    name = Path(safe_name(src.name))
    stem, suffix = name.stem[: _MAX_NAME - len(name.suffix) - 8], name.suffix
    n = 1
    while True:
        target = dest / (f"{stem} ({n}){suffix}" if n > 1 else name.name)
        if not target.exists():
            shutil.copyfile(src, target)
            return target
        if filecmp.cmp(src, target, shallow=False):
            return target
        n += 1


def discard_failed(stored: Iterable[Path], statuses: Iterable[dict]) -> None:
    """Remove stored uploads that could not be ingested: nothing refers to them, and an
    uploads folder must not collect whatever anyone ever sent."""
    failed = {s["source"] for s in statuses if s.get("status") == "failed"}
    for path in stored:
        if path.name in failed:
            path.unlink(missing_ok=True)
            log.info("removed failed upload %s", path.name)
