"""What every written format says the same way: a citation's unit label, the resolved
question line, and writing a file so a failed export leaves nothing half-written."""

from __future__ import annotations

import os
from pathlib import Path

from reportqa.answer import Answer, Citation, Kind


def unit_label(c: Citation) -> str:
    extra = "，".join(x for x in (c.county, f"{c.year}年" if c.year else "") if x)
    return c.shown + (f"（{extra}）" if extra else "")


def differs(answer: Answer) -> bool:
    """Was the question answered as something else (a follow-up made whole)?"""
    resolved = answer.resolved_shown.strip()
    return bool(resolved) and resolved != answer.question.strip()


def is_compare(answer: Answer) -> bool:
    return answer.kind == Kind.COMPARE and bool(answer.table)


def one_line(text: str) -> str:
    return " ".join(text.split())


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same directory, so a failed export leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
