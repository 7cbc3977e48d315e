"""``metadata.csv`` beside the reports: user corrections that win over extraction.

Columns: ``file`` (the file name) and any of ``title, township, county, level, year``
(``unit`` and ``parent`` are accepted for ``township`` and ``county``);
empty cells keep the extracted value. Editing the sidecar never requires touching a report.
"""

from __future__ import annotations

import csv
import logging
from pathlib import Path

from reportqa.errors import IngestError

log = logging.getLogger(__name__)
FIELDS = ("title", "township", "county", "level", "year")
SIDECAR = "metadata.csv"
ALIASES = {"unit": "township", "parent": "county"}  # the metadata model's names


def read_sidecar(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / SIDECAR
    if not path.exists():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise IngestError(f"{path}: 无法读取 metadata.csv: {exc}") from exc
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        name = (row.get("file") or "").strip()
        if name:
            row = {ALIASES.get(k, k): v for k, v in row.items() if k}
            out[name] = {k: v.strip() for k in FIELDS if (v := row.get(k) or "").strip()}
    return out


def write_sidecar_row(folder: Path, file_name: str, values: dict[str, str]) -> None:
    """Add or replace one row (used by the app's metadata editor)."""
    rows = read_sidecar(folder)
    rows[file_name] = {k: str(v) for k, v in values.items() if k in FIELDS and v not in ("", None)}
    path = folder / SIDECAR
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=("file", *FIELDS))
        writer.writeheader()
        for name, vals in sorted(rows.items()):
            writer.writerow({"file": name, **vals})
