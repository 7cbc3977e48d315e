"""Metadata accuracy against a gold file: the measure that keeps extraction honest.

Gold rows (one JSON object a line): ``source``, ``unit`` (accepted names), ``county``
(accepted names of the unit above), ``county_in_text`` (whether the text names it),
``year`` (accepted covered years), ``level``. Predictions come from exactly the path
``reportqa ingest`` takes (load → clean → extract → metadata.csv), without an index.

The parent is right when it is an accepted name, or when it is empty and the text does not
name it: a product must never guess a parent, so silence there is correct, not a miss.
Names are compared after traditional → simplified normalisation.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.clean import clean_text
from ingest.loaders import load_text
from ingest.pipeline import parse_report
from ingest.sidecar import read_sidecar
from reportqa.errors import IngestError, ReportQAError
from reportqa.text import to_simplified

log = logging.getLogger(__name__)
FIELDS = ("unit", "year", "unit+year", "parent", "level", "all")


@dataclass(frozen=True)
class Row:
    source: str
    unit: str
    parent: str
    level: str
    year: int | None
    right: dict[str, bool]


@dataclass
class MetaScore:
    rows: list[Row] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return sum(r.right[name] for r in self.rows) / len(self.rows) if self.rows else 0.0

    def misses(self) -> list[Row]:
        return [r for r in self.rows if not r.right["all"]]

    def to_json(self) -> dict:
        return {
            "n": len(self.rows),
            "accuracy": {f: round(self.accuracy(f), 4) for f in FIELDS},
            "misses": [
                {
                    "source": r.source,
                    "unit": r.unit,
                    "parent": r.parent,
                    "level": r.level,
                    "year": r.year,
                    "wrong": [f for f in FIELDS[:5] if not r.right[f] and f != "unit+year"],
                }
                for r in self.misses()
            ],
        }


def read_gold(path: Path) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(ln) for ln in lines if ln.strip()]
    except (OSError, ValueError) as exc:
        raise ReportQAError(f"无法读取金标准文件 {path}：{exc}。请检查路径和 JSONL 格式。") from exc


def _names(values: Iterable[str]) -> set[str]:
    return {to_simplified(v) for v in values}


def score_row(gold: dict, unit: str, parent: str, level: str, year: int | None) -> dict[str, bool]:
    unit_ok = to_simplified(unit) in _names(gold["unit"])
    year_ok = year in set(gold["year"])
    if parent:
        parent_ok = to_simplified(parent) in _names(gold["county"])
    else:
        parent_ok = not gold.get("county_in_text", True)
    level_ok = level == gold["level"]
    return {
        "unit": unit_ok,
        "year": year_ok,
        "unit+year": unit_ok and year_ok,
        "parent": parent_ok,
        "level": level_ok,
        "all": unit_ok and year_ok and parent_ok and level_ok,
    }


def evaluate(gold_path: Path, folder: Path | None = None) -> MetaScore:
    folder = folder or gold_path.parent
    sidecar = read_sidecar(folder)
    score = MetaScore()
    for gold in read_gold(gold_path):
        path = folder / gold["source"]
        try:
            text = clean_text(load_text(path))
        except IngestError as exc:  # a file ingest refuses is a miss, not the end of the run
            log.warning("%s", exc)
            score.rows.append(Row(path.name, "", "", "", None, dict.fromkeys(FIELDS, False)))
            continue
        info, _ = parse_report(path, text, sidecar.get(path.name))
        right = score_row(gold, info.unit, info.parent, info.level, info.year)
        score.rows.append(Row(path.name, info.unit, info.parent, info.level, info.year, right))
    return score
