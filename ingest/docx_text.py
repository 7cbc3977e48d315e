""".docx reading (python-docx), imported only when a .docx file is read."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml.etree import _Element

from ingest.limits import LoadLimits, check_text, check_unpacked
from ingest.loaders import brief
from reportqa.errors import IngestError

log = logging.getLogger(__name__)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc / .wps containers
_W_P, _W_TBL, _W_SDT, _W_SDT_CONTENT = (qn(t) for t in ("w:p", "w:tbl", "w:sdt", "w:sdtContent"))


def read_docx(name: str, data: bytes, limits: LoadLimits) -> str:
    if data.startswith(_OLE_MAGIC):
        raise IngestError(
            f"{name}: 这是旧版 Word/WPS（.doc）文件，请在 Word 或 WPS 中另存为 .docx / "
            "legacy .doc file with a .docx name; re-save it as .docx"
        )
    check_unpacked(name, data, limits)
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        chars = 0
        for line in _block_lines(document.element.body, document):
            lines.append(line)
            chars += len(line) + 1
            check_text(name, chars, limits)
    except IngestError:
        raise
    except Exception as exc:  # zipfile, KeyError, lxml, ValueError…: all mean unreadable
        log.debug("%s: python-docx failed", name, exc_info=True)
        raise IngestError(
            f"{name}: 无法读取 docx / cannot read .docx (corrupt or truncated): {brief(exc)}"
        ) from exc
    return "\n".join(lines)


def _block_lines(container: _Element, parent: DocxDocument | _Cell) -> Iterator[str]:
    """Paragraphs and table rows of a body or cell, in document order.

    Tables are kept where they stand because report statistics live in them and belong to the
    section around them. Content controls (``w:sdt``) are unwrapped.
    """
    for child in container.iterchildren():
        if child.tag == _W_P:
            yield Paragraph(child, parent).text  # type: ignore[arg-type]
        elif child.tag == _W_TBL:
            yield from _table_lines(Table(child, parent))  # type: ignore[arg-type]
        elif child.tag == _W_SDT:
            content = child.find(_W_SDT_CONTENT)
            if content is not None:
                yield from _block_lines(content, parent)


def _table_lines(table: Table) -> Iterator[str]:
    """One line per row, cells joined by `` | ``; empty rows are skipped."""
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:  # a horizontally merged cell repeats per grid column
                continue
            previous = cell._tc
            parts = (line.strip() for line in _block_lines(cell._tc, cell))
            cells.append(" ".join(part for part in parts if part))
        if any(cells):
            yield " | ".join(cells)
