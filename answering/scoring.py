"""Scoring rules for ``reportqa eval``: unit names compared as the gold file names them.

A report's unit may be written in traditional characters (丹東街道) or with its parent
(铜梁区永嘉镇); the gold file ``meta_gold.jsonl`` lists the aliases, and every name is compared
after traditional→simplified conversion so a correct answer is never scored as wrong for the
script it happens to quote. Nothing else is forgiven: an answered name that is no alias of
the gold unit is wrong even when it cites the right file (metadata accuracy has its own eval).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.clean import drop_layout_spaces
from reportqa.errors import ReportQAError

log = logging.getLogger(__name__)
GOLD_NAME = "meta_gold.jsonl"


def simplified(text: str) -> str:
    """Traditional → simplified; identity when no converter is installed."""
    return _converter()(text)


_CONVERT = None


def _converter():
    global _CONVERT
    if _CONVERT is None:
        try:
            from reportqa.text import to_simplified  # the tokeniser's own normalisation

            _CONVERT = to_simplified
        except ImportError:
            try:
                import opencc

                _CONVERT = opencc.OpenCC("t2s").convert
            except ImportError:  # pragma: no cover - opencc is a dependency
                log.warning("opencc 未安装：评测不做繁简转换")
                _CONVERT = str
    return _CONVERT


@dataclass(frozen=True)
class Gold:
    """Alias → canonical unit name, and source file → canonical unit name."""

    aliases: dict[str, str] = field(default_factory=dict)
    by_source: dict[str, str] = field(default_factory=dict)

    def canonical(self, name: str) -> str:
        """The gold spelling of an answered name: only a listed alias or another script of
        it counts. A name that is no alias stays as it is, so a report whose unit was read
        wrong (its county, 「未知单位」) is scored as the wrong unit the user sees."""
        s = simplified(name or "")
        return self.aliases.get(s, s)

    def report_unit(self, source: str, name: str) -> str:
        """The gold unit of a report file, for labelling evidence by report (calibration),
        never for scoring an answer's names."""
        return self.by_source.get(source) or self.canonical(name)

    @classmethod
    def load(cls, path: Path | None) -> Gold:
        if path is None or not path.exists():
            return cls()
        aliases: dict[str, str] = {}
        by_source: dict[str, str] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ReportQAError(f"{path}:{n}: 不是合法的 JSON 行: {exc}") from exc
            names = row.get("unit") or []
            if not names:
                continue
            canon = simplified(names[0])
            for alias in names:
                aliases[simplified(alias)] = canon
            if row.get("source"):
                by_source[row["source"]] = canon
        return cls(aliases, by_source)


def find_gold(questions: Path, explicit: str | None) -> Path | None:
    """``--gold FILE``, else ``meta_gold.jsonl`` beside the questions file."""
    if explicit:
        path = Path(explicit)
        if not path.exists():
            raise ReportQAError(f"找不到元数据金标准文件 {path}，请检查 --gold 参数")
        return path
    beside = questions.parent / GOLD_NAME
    return beside if beside.exists() else None


def prf(got: set[str], want: set[str], optional: set[str]) -> tuple[float, float, float]:
    counted = got - optional
    tp = len(counted & want)
    p = tp / len(counted) if counted else (1.0 if not want else 0.0)
    r = tp / len(want) if want else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def groups_found(text: str, groups: Iterable[Iterable[str]]) -> list[bool]:
    """Per group: does the text hold one of its alternatives (both sides simplified)."""
    # an expected value copied from the raw page (「37 起」) is compared as the product quotes
    # it, and the answer's own spacing (「共 2 份」) is read the same way
    t = simplified(drop_layout_spaces(text))
    return [any(simplified(drop_layout_spaces(alt)) in t for alt in group) for group in groups]
