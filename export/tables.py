"""The machine-readable formats: JSON (every answer's public shape) and CSV (the rows of
the comparison tables, each with its citation's report, section and file)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from export.common import is_compare
from reportqa.answer import Answer
from reportqa.errors import ReportQAError

# 「报告未用的说法」: the question's words no report writes (``Answer.unsaid``), on each row of
# its answer, last so the columns before keep their places
CSV_COLUMNS = (
    "轮次",
    "单位",
    "报告原文",
    "引用编号",
    "数值",
    "报告",
    "章节",
    "文件",
    "报告未用的说法",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def to_json(answers: Sequence[Answer]) -> str:
    """``{"turns": [...]}`` with each answer's public JSON shape."""
    return json.dumps({"turns": [a.to_json() for a in answers]}, ensure_ascii=False, indent=2)


def to_csv(answers: Sequence[Answer]) -> str:
    """The comparison tables as CSV rows (without BOM; the writer adds it).

    Cells that a spreadsheet would run as a formula get a leading apostrophe.
    """
    if not any(is_compare(p) for a in answers for p in a.parts or (a,)):
        raise ReportQAError(
            "CSV 导出仅用于比较类问题的表格；这些回答中没有比较结果，请改用 .md、.docx 或 .json。"
        )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for i, turn in enumerate(answers, 1):
        for answer in turn.parts or (turn,):  # a message of several questions: each part's
            _write_rows(writer, i, answer)
    return out.getvalue()


def _write_rows(writer, i: int, answer: Answer) -> None:
    if not is_compare(answer):
        return
    unsaid = "、".join(answer.unsaid)
    for row in answer.table:
        cite = row.citation
        cells = [
            i,
            row.unit,
            row.value,
            cite.n if cite else "",
            _number(row.number),
            cite.title if cite else "",
            cite.section if cite else "",
            cite.source if cite else "",
            unsaid,
        ]
        writer.writerow([_safe_cell(c) for c in cells])


def _number(value: float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
