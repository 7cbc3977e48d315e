"""``metadata.csv`` beside the reports: user corrections that win over extraction.

Columns: ``file`` (the file name) and any of ``title, township, county, level, year``
(``unit`` and ``parent`` are accepted for ``township`` and ``county``);
empty cells keep the extracted value. Editing the sidecar never requires touching a report.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from pathlib import Path

from ingest.encoding import decode_text
from ingest.result import IngestResult
from reportqa.errors import IngestError

log = logging.getLogger(__name__)
FIELDS = ("title", "township", "county", "level", "year")
SIDECAR = "metadata.csv"
_YEAR = re.compile(r"[0-9]{4}")
_FIRST_YEAR, _LAST_YEAR = 1900, 2100
ALIASES = {"unit": "township", "parent": "county"}  # the metadata model's names


def read_sidecar(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / SIDECAR
    if not path.exists():
        return {}
    try:
        # Excel on a Chinese Windows saves CSV as GBK: decode it like a report file
        text = decode_text(SIDECAR, path.read_bytes())
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except (OSError, IngestError, csv.Error) as exc:
        raise IngestError(
            f"{folder.name}/{SIDECAR}: 无法读取，请另存为 UTF-8 编码的 CSV 后重新导入 / "
            f"cannot read the metadata sidecar: {exc}"
        ) from exc
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        name = (row.get("file") or "").strip()
        if name:
            row = {ALIASES.get(k, k): v for k, v in row.items() if k}
            out[name] = {k: v.strip() for k in FIELDS if (v := row.get(k) or "").strip()}
    return out


def parse_year(value: str) -> int:
    """A report year as people write one: four ASCII digits in a plausible range. ``isdigit``
    alone lets through 「²」 and 100000000000000000000."""
    text = str(value).strip()
    if _YEAR.fullmatch(text) and _FIRST_YEAR <= int(text) <= _LAST_YEAR:
        return int(text)
    raise IngestError(
        f"年份「{text[:20]}」无效：请填写 {_FIRST_YEAR}–{_LAST_YEAR} 之间的四位数字，如 2023"
    )


def write_sidecar_row(folder: Path, file_name: str, values: dict[str, str]) -> None:
    """Add or replace one row (used by the app's metadata editor). Values are checked
    before anything is written, and the file is replaced whole, never left half written."""
    row = {k: str(v).strip() for k, v in values.items() if k in FIELDS and v not in ("", None)}
    if "year" in row:
        row["year"] = str(parse_year(row["year"]))
    rows = read_sidecar(folder)
    rows[file_name] = row
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=("file", *FIELDS))
    writer.writeheader()
    for name, vals in sorted(rows.items()):
        writer.writerow({"file": name, **vals})
    path = folder / SIDECAR
    tmp = path.with_name(f".{SIDECAR}.tmp")
    tmp.write_text(out.getvalue(), encoding="utf-8", newline="")
    tmp.replace(path)


def sidecar_or_failed(folder: Path, result: IngestResult) -> dict[str, dict[str, str]]:
    """The sidecar beside the reports of ``folder``; an unreadable one fails alone, counted in
    ``result``, and the reports beside it read their own metadata."""
    try:
        return read_sidecar(folder)
    except IngestError as exc:
        result.failed.append({"source": str(folder / SIDECAR), "error": str(exc)})
        result.statuses.append({"source": SIDECAR, "status": "failed", "error": str(exc)})
        return {}
