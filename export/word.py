"""The conversation as a Word document: each block of an answer becomes its own Word shape
(paragraph, bullet list, table), citation numbers are superscript runs, and every turn ends
with a table of its sources."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

from export.common import differs, one_line, unit_label, write_atomic
from reportqa.answer import (
    Answer,
    Asked,
    Block,
    Bullets,
    Citation,
    CompareTable,
    Completeness,
    Paragraph,
    Prose,
    Text,
    Unsaid,
)
from reportqa.answer_markdown import COMPARE_HEADER, NO_CITATION, RELATED_HEADING

SOURCE_COLUMNS = ("编号", "单位", "报告标题", "章节", "引文")
EAST_ASIAN_FONT = "SimSun"

# the little Markdown a language model writes around its sentences
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_HEADING = re.compile(r"^(#{1,6})\s+")
_NUMBERED = re.compile(r"^\d+[.、)]\s+")
_BULLET = re.compile(r"^[-*]\s+")


def to_docx(answers: Sequence[Answer], path: Path) -> Path:
    path = Path(path)
    write_atomic(path, docx_bytes(answers))
    return path


def docx_bytes(answers: Sequence[Answer]) -> bytes:
    from docx import Document

    doc = Document()
    _use_east_asian_font(doc)
    doc.add_heading("问答记录", level=0)
    for i, answer in enumerate(answers, 1):
        doc.add_heading(f"第 {i} 问：{one_line(answer.question)}", level=1)
        if differs(answer):
            doc.add_paragraph(f"（按上下文理解为：{one_line(answer.resolved_shown)}）")
        for block in answer.body:
            _add_block(doc, block)
        if answer.completeness is not None:
            doc.add_paragraph(answer.completeness.line)
        if answer.notice:
            doc.add_paragraph().add_run(answer.notice).italic = True
        if answer.citations:
            doc.add_heading("来源", level=2)
            _add_sources(doc, answer.citations)
        if answer.related:
            doc.add_heading(RELATED_HEADING, level=2)
            _add_sources(doc, answer.related)
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


def _add_block(doc, block: Block) -> None:
    if isinstance(block, Paragraph):
        _add_runs(doc.add_paragraph(), block.runs)
    elif isinstance(block, Bullets):
        for item in block.items:
            _add_runs(doc.add_paragraph(style="List Bullet"), item)
    elif isinstance(block, CompareTable):
        _add_compare(doc, block)
    elif isinstance(block, Prose):
        _add_prose(doc, block)
    elif isinstance(block, Unsaid):
        _word_run(doc.add_paragraph(), block.text, False)
    elif isinstance(block, Asked):  # one question of several asked at once heads its part
        doc.add_heading(block.text, level=2)
    elif isinstance(block, Completeness):
        doc.add_paragraph(block.line)


def _add_runs(paragraph, runs: Sequence[Text], markdown: bool = False) -> None:
    """Each run as Word runs: bold where it is a unit's name (or, in a model's text, where
    it wrote ``**x**``), its citation numbers superscript after it."""
    for run in runs:
        pieces = _bold_pieces(run.text) if markdown else [(run.text, False)]
        for text, bold in pieces:
            _word_run(paragraph, text, bold or run.strong)
        if run.refs:
            _word_run(paragraph, "".join(f"[{n}]" for n in run.refs), False, superscript=True)


def _bold_pieces(text: str) -> list[tuple[str, bool]]:
    out, pos = [], 0
    for m in _BOLD.finditer(text):
        out += [(text[pos : m.start()], False), (m.group(1), True)]
        pos = m.end()
    return [*out, (text[pos:], False)]


def _word_run(paragraph, text: str, bold: bool, superscript: bool = False) -> None:
    if not text:
        return
    run = paragraph.add_run(text)
    if bold:
        run.bold = True
    if superscript:
        run.font.superscript = True


def _add_compare(doc, block: CompareTable) -> None:
    table = doc.add_table(rows=1 + len(block.rows), cols=len(COMPARE_HEADER))
    table.style = "Table Grid"
    for c, name in enumerate(COMPARE_HEADER):
        _word_run(table.cell(0, c).paragraphs[0], name, True)
    for r, row in enumerate(block.rows, 1):
        table.cell(r, 0).paragraphs[0].add_run(row.shown)
        table.cell(r, 1).paragraphs[0].add_run(row.value)
        mark = table.cell(r, 2).paragraphs[0]
        if row.citation:
            _word_run(mark, f"[{row.citation.n}]", False, superscript=True)
        else:
            mark.add_run(NO_CITATION)


def _add_prose(doc, block: Prose) -> None:
    """A model's text, line by line: its bullets, numbered items and headings kept."""
    for line in _lines(block.runs):
        head = line[0].text.lstrip() if line else ""
        if not head and len(line) == 1 and not line[0].refs:
            continue
        if m := _BULLET.match(head):
            paragraph = doc.add_paragraph(style="List Bullet")
        elif m := _NUMBERED.match(head):
            paragraph = doc.add_paragraph(style="List Number")
        elif m := _HEADING.match(head):
            paragraph = doc.add_heading(level=min(len(m.group(1)) + 1, 9))
        else:
            paragraph = doc.add_paragraph()
        first = Text(head[m.end() :] if m else head, line[0].refs, line[0].strong)
        _add_runs(paragraph, [first, *line[1:]], markdown=True)


def _lines(runs: Sequence[Text]) -> list[list[Text]]:
    """Runs cut at line breaks; a run's citations stay with its last line."""
    lines: list[list[Text]] = [[]]
    for run in runs:
        pieces = run.text.split("\n")
        for piece in pieces[:-1]:
            lines[-1].append(Text(piece, (), run.strong))
            lines.append([])
        lines[-1].append(Text(pieces[-1], run.refs, run.strong))
    return [line for line in lines if line]


def _add_sources(doc, citations: Sequence[Citation]) -> None:
    table = doc.add_table(rows=1, cols=len(SOURCE_COLUMNS))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, SOURCE_COLUMNS, strict=True):
        cell.paragraphs[0].add_run(name).bold = True
    for c in citations:
        cells = table.add_row().cells
        cells[0].text = f"[{c.n}]"
        cells[1].text = unit_label(c)
        cells[2].text = f"《{c.title}》" if c.title else ""
        cells[2].add_paragraph().add_run(f"文件 {c.source}，字符 {c.start}–{c.end}").italic = True
        cells[3].text = c.section
        cells[4].text = c.quote
