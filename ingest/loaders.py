"""Report files → raw text, with one clear refusal per bad input.

Reports reach us as whatever the township office had to hand: GBK text from old Windows
machines, UTF-16 from Notepad, Word files with the statistics in tables, PDFs that are really
scans. Everything downstream (cleaning, chunking, citations) quotes this text verbatim, so a
wrong guess here would be a silent, permanent error. We therefore accept only what we can
decode with confidence and otherwise raise :class:`IngestError` with a message the user can act
on; the batch skips that file and goes on. Parser libraries raise a zoo of exception types on
malformed input, so every one of them is turned into ``IngestError`` here.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import docx
import pypdf
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml.etree import _Element

from ingest.encoding import decode_text
from ingest.limits import LoadLimits, check_pdf_pages, check_text, check_unpacked, human_size
from ingest.sidecar import SIDECAR
from reportqa.errors import IngestError

log = logging.getLogger(__name__)
_NOT_REPORTS = {"README", "SOURCE", "LICENSE", "CHANGELOG", "NOTES"}

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
_TEXT_SUFFIXES = (".txt", ".md")

_MIN_CHARS_PER_PDF_PAGE = 20
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc / .wps containers
_W_P, _W_TBL, _W_SDT, _W_SDT_CONTENT = (qn(t) for t in ("w:p", "w:tbl", "w:sdt", "w:sdtContent"))


def iter_report_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Report files under ``paths``: folders are walked recursively in sorted order.

    Inside folders only supported suffixes are kept (case-insensitively); hidden files and
    folders, Office lock files (``~$…``) and the ``metadata.csv`` sidecar are skipped. A path
    given explicitly that is not a folder is yielded as is, whatever its suffix, so that
    :func:`load_text` can say clearly why it cannot be read. Each file is yielded once.
    """
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        candidates = _walk(path) if path.is_dir() else iter((path,))
        for file in candidates:
            key = file.resolve() if file.exists() else file.absolute()
            if key not in seen:
                seen.add(key)
                yield file


def _walk(folder: Path) -> Iterator[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / name for name in files if _is_report_name(name))
    yield from sorted(found)


def _is_report_name(name: str) -> bool:
    if name.startswith((".", "~$")) or name.lower() == SIDECAR:
        return False
    if os.path.splitext(name)[0].upper() in _NOT_REPORTS:  # a folder's own notes
        return False
    return os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES


def load_text(path: Path, max_bytes: int | None = None, limits: LoadLimits | None = None) -> str:
    """The raw text of one report, newlines normalised to ``\\n``.

    Raises :class:`IngestError` (and nothing else) when the file is missing, of an unsupported
    type, larger than ``max_bytes``, empty, not decodable as text, corrupt, encrypted, or a
    scanned PDF without a text layer, or past one of ``limits`` (``max_bytes`` alone is the
    file size limit).
    """
    limits = limits or LoadLimits(max_bytes=max_bytes)
    max_bytes = limits.max_bytes
    path = Path(path)
    name = path.name or str(path)
    if not path.exists():
        raise IngestError(f"{name}: 文件不存在 / file not found: {path}")
    if path.is_dir():
        raise IngestError(f"{name}: 这是一个文件夹，不是文件 / is a folder, not a file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = "、".join(SUPPORTED_SUFFIXES)
        raise IngestError(
            f"{name}: 不支持的文件类型“{suffix or '无扩展名'}”，仅支持 {supported} / "
            f"unsupported file type '{suffix or '(none)'}'; "
            f"supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise IngestError(
                f"{name}: 文件过大（{human_size(size)}，上限 {human_size(max_bytes)}）/ "
                f"file too large ({size} bytes, limit {max_bytes} bytes)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(
            f"{name}: 无法读取文件 / cannot read file: {exc.strerror or exc}"
        ) from exc
    if not data:
        raise IngestError(f"{name}: 文件为空 / file is empty")

    if suffix in _TEXT_SUFFIXES:
        text = decode_text(name, data)
    elif suffix == ".docx":
        text = _read_docx(name, data, limits)
    else:
        text = _read_pdf(name, data, limits)

    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError(f"{name}: 文件为空 / file is empty (no text)")
    return text


def _brief(exc: BaseException) -> str:
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return detail if len(detail) <= 200 else detail[:199] + "…"


# ---------------------------------------------------------------------------- .docx


def _read_docx(name: str, data: bytes, limits: LoadLimits) -> str:
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
            f"{name}: 无法读取 docx / cannot read .docx (corrupt or truncated): {_brief(exc)}"
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


# ---------------------------------------------------------------------------- .pdf


def _read_pdf(name: str, data: bytes, limits: LoadLimits) -> str:
    corrupt = f"{name}: 无法读取 PDF / cannot read PDF (corrupt or truncated)"
    if b"%PDF-" not in data[:1024]:
        raise IngestError(f"{name}: 不是有效的 PDF 文件 / not a valid PDF (no %PDF header)")
    if b"%%EOF" not in data:
        # pypdf can sometimes "repair" a cut-off file; we would rather not quote half a report
        raise IngestError(f"{corrupt}: 缺少 %%EOF 结束标记 / missing %%EOF marker")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _try_empty_password(reader):
            raise IngestError(
                f"{name}: PDF 已加密，请先解除密码保护 / "
                "PDF is encrypted; remove the password first"
            )
        check_pdf_pages(name, len(reader.pages), limits)
        pages = list(reader.pages)
    except IngestError:
        raise
    except Exception as exc:  # pypdf raises many types on malformed files
        log.debug("%s: pypdf failed", name, exc_info=True)
        raise IngestError(f"{corrupt}: {_brief(exc)}") from exc
    if not pages:
        raise IngestError(f"{name}: 文件为空（PDF 没有页面）/ file is empty (PDF has no pages)")

    texts: list[str] = []
    failed = chars = 0
    for number, page in enumerate(pages, 1):
        try:
            texts.append(page.extract_text() or "")
            chars += len(texts[-1]) + 1
            check_text(name, chars, limits)
        except IngestError:
            raise
        except Exception as exc:  # one bad page should not cost the whole report
            failed += 1
            log.warning("%s: page %d unreadable, skipped: %s", name, number, _brief(exc))
            texts.append("")
    if failed == len(pages):
        raise IngestError(f"{corrupt}: 所有页面都无法解析 / no page could be parsed")

    chars = sum(len("".join(text.split())) for text in texts)
    per_page = chars / len(pages)
    if per_page < _MIN_CHARS_PER_PDF_PAGE:
        raise IngestError(
            f"{name}: 这似乎是扫描件 PDF，没有文字层（平均每页 {per_page:.0f} 个字），"
            f"请先 OCR 识别后再导入 / looks like a scanned PDF with no text layer "
            f"({per_page:.0f} characters per page); run OCR on it first"
        )
    return "\n".join(texts)


def _try_empty_password(reader: pypdf.PdfReader) -> bool:
    """Many official PDFs are "encrypted" only with an owner password and open without one."""
    try:
        return reader.decrypt("") != pypdf.PasswordType.NOT_DECRYPTED
    except Exception:  # e.g. AES without a crypto backend: treat as locked
        log.debug("empty-password decryption failed", exc_info=True)
        return False
