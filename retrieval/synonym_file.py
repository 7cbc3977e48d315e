"""The editable synonym list (``retrieval/synonyms.txt``): ``head: alt, alt`` per line.

Kept apart from the analyzer so the colloquial list and the test fixtures read it the same way
without importing the whole question analysis."""

from __future__ import annotations

import re
from pathlib import Path


def read_synonyms(path: Path | None) -> dict[str, tuple[str, ...]]:
    """``head → alternatives``; a head listed on several lines gathers all of them."""
    if path is None or not path.exists():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        head, _, rest = line.partition(":")
        alts = tuple(a.strip() for a in re.split(r"[,，、]", rest) if a.strip())
        out[head.strip()] = out.get(head.strip(), ()) + alts
    return out
