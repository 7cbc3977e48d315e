"""``metadata.csv`` beside the reports: user corrections that win over extraction.

Columns: ``file`` (the file name) and any of ``title, township, county, level, year``;
empty cells keep the extracted value. Editing the sidecar never requires touching a report.
"""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path

from ingest.encoding import decode_text
from reportqa.errors import IngestError

log = logging.getLogger(__name__)
FIELDS = ("title", "township", "county", "level", "year")
SIDECAR = "metadata.csv"


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
