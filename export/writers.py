"""Writing answers to files: one module so the CLI and the web app export the same documents.

Every format keeps what makes an answer checkable: the [n] markers, and for each citation the
report, section, verbatim quote and character span in the source file.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path

from answering.types import Answer, Citation
from reportqa.errors import ReportQAError

SUFFIXES = (".md", ".docx", ".json", ".csv")
CSV_COLUMNS = ("轮次", "单位", "报告原文", "引用编号", "数值", "报告", "章节", "文件")
SOURCE_COLUMNS = ("编号", "单位", "报告标题", "章节", "引文")
EAST_ASIAN_FONT = "SimSun"

_MARKER = re.compile(r"\[\d+(?:\s*[,，、]\s*\d+)*\]")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_TABLE_SEPARATOR = re.compile(r"^:?-{3,}:?$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_NUMBERED = re.compile(r"^\d+[.、)]\s+")
_SCRIPT_SCHEME = re.compile(r"(?i)(javascript|vbscript|data)\s*:")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_answers(answers: Sequence[Answer], path: Path, lib=None) -> Path:
    """Write ``answers`` to ``path`` in the format its suffix names; returns ``path``.

    ``lib`` is optional and unused for now: it is kept so callers can already pass the library
    for future context lookups (e.g. surrounding text of a quote).
    """
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
        data = _docx_bytes(answers)
    _write_atomic(path, data)
    return path


# --- Markdown ---------------------------------------------------------------------------


def to_markdown(answers: Sequence[Answer]) -> str:
    """The conversation as one Markdown document, each turn followed by its sources.

    Report text and questions are untrusted: whatever Markdown viewer opens the file must
    show them as text, never run HTML or follow a script link (:func:`inert`).
    """
    parts = ["# 问答记录"]
    for i, answer in enumerate(answers, 1):
        parts.append(f"## 第 {i} 问：{inert(_one_line(answer.question))}")
        if _differs(answer):
            parts.append(f"（按上下文理解为：{inert(_one_line(answer.resolved_question))}）")
        parts.append(inert(answer.answer.strip()))
        if answer.notice:
            parts.append("\n".join(f"> {inert(line)}" for line in answer.notice.splitlines()))
        if answer.citations:
            parts.append("**来源**")
            parts.append("\n".join(f"- {inert(source_line(c))}" for c in answer.citations))
    return "\n\n".join(parts) + "\n"


def inert(text: str) -> str:
    """Markdown that renders as the text it says: HTML escaped, script-capable link schemes
    broken, images shown as text."""
    text = html.escape(text, quote=False)
    text = _SCRIPT_SCHEME.sub(lambda m: m.group(1) + "&#58;", text)
    return text.replace("![", "!\\[")


def source_line(c: Citation) -> str:
    """``[n] 乡镇（县，年）《报告标题》 章节：「引文」（文件 source，字符 start–end）``."""
    where = f"《{c.title}》" if c.title else ""
    if c.section:
        where += f" {c.section}"
    return f"[{c.n}] {_unit(c)}{where}：「{c.quote}」（文件 {c.source}，字符 {c.start}–{c.end}）"


# --- JSON -------------------------------------------------------------------------------


def to_json(answers: Sequence[Answer]) -> str:
    """``{"turns": [...]}`` with each answer's public JSON shape."""
    return json.dumps({"turns": [a.to_json() for a in answers]}, ensure_ascii=False, indent=2)


# --- CSV --------------------------------------------------------------------------------


def to_csv(answers: Sequence[Answer]) -> str:
    """The comparison tables as CSV rows (without BOM; :func:`export_answers` adds it).

    Cells that a spreadsheet would run as a formula get a leading apostrophe.
    """
    if not any(_is_compare(a) for a in answers):
        raise ReportQAError(
            "CSV 导出仅用于比较类问题的表格；这些回答中没有比较结果，请改用 .md、.docx 或 .json。"
        )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for i, answer in enumerate(answers, 1):
        if not _is_compare(answer):
            continue
        by_n = {c.n: c for c in answer.citations}
        for row in answer.table:
            n = row.get("n")
            cite = by_n.get(n) if n else None
            cells = [
                i,
                row.get("township") or "",
                row.get("quote") or "",
                n if n else "",
                _number(row.get("number")),
                cite.title if cite else "",
                cite.section if cite else "",
                cite.source if cite else "",
            ]
            writer.writerow([_safe_cell(c) for c in cells])
    return out.getvalue()


def _is_compare(answer: Answer) -> bool:
    return answer.kind == "compare" and bool(answer.table)


def _number(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


# --- Word -------------------------------------------------------------------------------


def to_docx(answers: Sequence[Answer], path: Path) -> Path:
    """Write the conversation as a Word document with superscript markers and a sources table."""
    path = Path(path)
    _write_atomic(path, _docx_bytes(answers))
    return path


def _docx_bytes(answers: Sequence[Answer]) -> bytes:
    from docx import Document

    doc = Document()
    _use_east_asian_font(doc)
    doc.add_heading("问答记录", level=0)
    for i, answer in enumerate(answers, 1):
        doc.add_heading(f"第 {i} 问：{_one_line(answer.question)}", level=1)
        if _differs(answer):
            doc.add_paragraph(f"（按上下文理解为：{_one_line(answer.resolved_question)}）")
        _add_markdown(doc, answer.answer)
        if answer.notice:
            doc.add_paragraph().add_run(answer.notice).italic = True
        if answer.citations:
            doc.add_heading("来源", level=2)
            _add_sources(doc, answer.citations)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _use_east_asian_font(doc) -> None:
    """Word picks CJK glyphs from ``w:eastAsia``; theme fonts would override it, so drop them."""
    from docx.oxml.ns import qn

    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        try:
            style = doc.styles[name]
        except KeyError:
            continue
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
        fonts.attrib.pop(qn("w:eastAsiaTheme"), None)


def _add_markdown(doc, text: str) -> None:
    """A light Markdown reader: bullets, numbered items, headings, tables, bold, markers."""
    lines = text.strip().splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if line.startswith("|"):
            block = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                block.append(lines[i].strip())
                i += 1
            _add_table(doc, block)
            continue
        heading = _HEADING.match(line)
        if line.startswith(("- ", "* ")):
            _add_inline(doc.add_paragraph(style="List Bullet"), line[2:])
        elif _NUMBERED.match(line):
            _add_inline(doc.add_paragraph(style="List Number"), _NUMBERED.sub("", line, 1))
        elif heading:
            _add_inline(doc.add_heading(level=min(len(heading.group(1)) + 1, 9)), heading.group(2))
        else:
            _add_inline(doc.add_paragraph(), line)
        i += 1


def _add_table(doc, block: Sequence[str]) -> None:
    rows = [_cells(line) for line in block]
    rows = [r for r in rows if not (r and all(_TABLE_SEPARATOR.match(c) for c in r))]
    if not rows:
        return
    width = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, cells in enumerate(rows):
        for c in range(width):
            paragraph = table.cell(r, c).paragraphs[0]
            _add_inline(paragraph, cells[c] if c < len(cells) else "", bold=r == 0)


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [c.strip().replace("\\|", "|") for c in _CELL_SPLIT.split(inner)]


def _add_inline(paragraph, text: str, bold: bool = False) -> None:
    """Runs for ``text``: ``**x**`` bold, ``[n]`` superscript, the rest plain."""
    pos = 0
    for m in _BOLD.finditer(text):
        _add_marked(paragraph, text[pos : m.start()], bold)
        _add_marked(paragraph, m.group(1), True)
        pos = m.end()
    _add_marked(paragraph, text[pos:], bold)


def _add_marked(paragraph, text: str, bold: bool) -> None:
    pos = 0
    for m in _MARKER.finditer(text):
        _run(paragraph, text[pos : m.start()], bold)
        _run(paragraph, m.group(0), bold, superscript=True)
        pos = m.end()
    _run(paragraph, text[pos:], bold)


def _run(paragraph, text: str, bold: bool, superscript: bool = False) -> None:
    if not text:
        return
    run = paragraph.add_run(text)
    if bold:
        run.bold = True
    if superscript:
        run.font.superscript = True


def _add_sources(doc, citations: Sequence[Citation]) -> None:
    table = doc.add_table(rows=1, cols=len(SOURCE_COLUMNS))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, SOURCE_COLUMNS, strict=True):
        cell.paragraphs[0].add_run(name).bold = True
    for c in citations:
        cells = table.add_row().cells
        cells[0].text = f"[{c.n}]"
        cells[1].text = _unit(c)
        cells[2].text = f"《{c.title}》" if c.title else ""
        cells[2].add_paragraph().add_run(f"文件 {c.source}，字符 {c.start}–{c.end}").italic = True
        cells[3].text = c.section
        cells[4].text = c.quote


# --- shared -----------------------------------------------------------------------------


def _unit(c: Citation) -> str:
    extra = "，".join(x for x in (c.county, f"{c.year}年" if c.year else "") if x)
    return (c.township or c.source) + (f"（{extra}）" if extra else "")


def _differs(answer: Answer) -> bool:
    resolved = answer.resolved_question.strip()
    return bool(resolved) and resolved != answer.question.strip()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same directory, so a failed export leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


__all__ = ["export_answers", "source_line", "to_csv", "to_docx", "to_json", "to_markdown"]
