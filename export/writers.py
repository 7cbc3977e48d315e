"""Writing answers to files: one entry point so the CLI and the web app export the same
documents. Each format is a renderer of the same :class:`reportqa.answer.Answer` blocks
(``markdown``, ``word``, ``tables``); none reads another one's text back.

Every format keeps what makes an answer checkable: the citation numbers, and for each
citation the report, section, verbatim quote and character span in the source file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from export.common import write_atomic
from export.markdown import inert, source_line, to_markdown
from export.tables import CSV_COLUMNS, to_csv, to_json
from export.word import SOURCE_COLUMNS, docx_bytes, to_docx
from reportqa.answer import Answer
from reportqa.errors import ReportQAError

SUFFIXES = (".md", ".docx", ".json", ".csv")


def export_answers(answers: Sequence[Answer], path: Path) -> Path:
    """Write ``answers`` to ``path`` in the format its suffix names; returns ``path``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        shown = f"「{path.suffix}」" if path.suffix else "（无后缀）"
        raise ReportQAError(
            f"不支持的导出格式{shown}：请使用以下文件后缀之一：{'、'.join(SUFFIXES)}。"
        )
    if not answers:
        raise ReportQAError("没有可导出的问答记录。")
    if suffix == ".md":
        data = to_markdown(answers).encode("utf-8")
    elif suffix == ".json":
        data = to_json(answers).encode("utf-8")
    elif suffix == ".csv":
        data = to_csv(answers).encode("utf-8-sig")
    else:
        data = docx_bytes(answers)
    write_atomic(path, data)
    return path


__all__ = [
    "CSV_COLUMNS",
    "SOURCE_COLUMNS",
    "export_answers",
    "inert",
    "source_line",
    "to_csv",
    "to_docx",
    "to_json",
    "to_markdown",
]
