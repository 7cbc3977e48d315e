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

import codecs
import contextlib
import io
import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import docx
import pypdf
from charset_normalizer import from_bytes
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml.etree import _Element

from ingest.pdf_pages import join_pages
from ingest.sidecar import SIDECAR
from reportqa.errors import IngestError

log = logging.getLogger(__name__)
_NOT_REPORTS = {"README", "SOURCE", "LICENSE", "CHANGELOG", "NOTES"}

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
_TEXT_SUFFIXES = (".txt", ".md")

# Encodings a Chinese government report can plausibly be in. Anything else that
# charset_normalizer proposes (cp1252, mac_cyrillic, …) means it found no real text.
_TRUSTED_ENCODINGS = frozenset(
    {
        "ascii",
        "utf-8",
        "gb18030",
        "gbk",
        "gb2312",
        "big5",
        "big5hkscs",
        "cp950",
        "utf-16",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
        "utf-32-le",
        "utf-32-be",
    }
)
# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_TEXTUAL = re.compile(
    "["
    "\t\n\r\x0b\x0c\x20-\x7e"  # ASCII printable and whitespace
    "\u00a0-\u02ff"  # Latin-1 and Latin extended (·, ×, é)
    "\u0370-\u04ff"  # Greek and Cyrillic (α, β, №-style symbols in formulas)
    "\u2000-\u2bff"  # punctuation, number forms (Ⅰ), arrows, maths, ①, box drawing, ■●
    "\u2e80-\u9fff"  # CJK radicals, CJK punctuation, kana, bopomofo, CJK ext. A, unified
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\ufe10-\ufe1f\ufe30-\ufe6f"  # vertical, CJK compatibility and small forms
    "\uff00-\uffef"  # full-width and half-width forms
    "\U00020000-\U0003ffff"  # CJK extensions B and later
    "]"
)
_MAX_CONTROL_RATIO = 0.01
_MAX_NON_TEXT_RATIO = 0.10
_MIN_UTF16_NUL_RATIO = 0.01  # of the bytes on the NUL-heavy side
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


def load_text(path: Path, max_bytes: int | None = None) -> str:
    """The raw text of one report, newlines normalised to ``\\n``.

    Raises :class:`IngestError` (and nothing else) when the file is missing, of an unsupported
    type, larger than ``max_bytes``, empty, not decodable as text, corrupt, encrypted, or a
    scanned PDF without a text layer.
    """
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
                f"{name}: 文件过大（{_human_size(size)}，上限 {_human_size(max_bytes)}）/ "
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
        text = _decode_text(name, data)
    elif suffix == ".docx":
        text = _read_docx(name, data)
    else:
        text = _read_pdf(name, data)

    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError(f"{name}: 文件为空 / file is empty (no text)")
    return text


def _human_size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def _brief(exc: BaseException) -> str:
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return detail if len(detail) <= 200 else detail[:199] + "…"


# ---------------------------------------------------------------------------- plain text


def _decode_text(name: str, data: bytes) -> str:
    text = _decode_with_bom(data)
    if text is None and b"\x00" not in data:
        with contextlib.suppress(UnicodeDecodeError):
            text = data.decode("utf-8")  # fast path: by far the most common case
    if text is None:
        text = _decode_bomless_utf16(data)
    if text is None:
        text = _decode_detected(name, data)
    if not _looks_like_text(text):
        raise IngestError(
            f"{name}: 不是文本文件（内容像二进制数据）/ not a text file (content looks binary)"
        )
    return text


def _decode_with_bom(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
    return None


def _decode_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM, which charset_normalizer does not always recognise.

    ASCII characters (digits, newlines, Latin words) put a NUL in their high byte, CJK
    characters rarely do, so even a mostly Chinese text shows NULs on one side only.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for nuls, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= max(2, half * _MIN_UTF16_NUL_RATIO) and nuls >= 2 * other:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return text if _looks_like_text(text) else None
    return None


def _decode_detected(name: str, data: bytes) -> str:
    best = from_bytes(data).best()
    if best is None:
        raise IngestError(
            f"{name}: 不是文本文件（无法识别编码）/ not a text file (no text encoding fits)"
        )
    try:
        encoding = codecs.lookup(best.encoding).name
    except LookupError:
        encoding = best.encoding
    if encoding not in _TRUSTED_ENCODINGS:
        raise IngestError(
            f"{name}: 无法识别文件编码或不是文本文件（猜测为 {best.encoding}），请另存为 UTF-8 / "
            f"unknown encoding or binary file (best guess {best.encoding}); re-save as UTF-8"
        )
    log.debug("%s: decoded as %s", name, encoding)
    try:
        return str(best)
    except (UnicodeDecodeError, LookupError) as exc:
        raise IngestError(
            f"{name}: 无法按 {encoding} 解码 / cannot decode as {encoding}: {_brief(exc)}"
        ) from exc


def _looks_like_text(text: str) -> bool:
    """Mostly CJK/ASCII printable, hardly any control characters: a decoded report, not junk."""
    if not text:
        return True
    total = len(text)
    if len(_CONTROL.findall(text)) > total * _MAX_CONTROL_RATIO:
        return False
    return len(_TEXTUAL.sub("", text)) <= total * _MAX_NON_TEXT_RATIO


# ---------------------------------------------------------------------------- .docx


def _read_docx(name: str, data: bytes) -> str:
    if data.startswith(_OLE_MAGIC):
        raise IngestError(
            f"{name}: 这是旧版 Word/WPS（.doc）文件，请在 Word 或 WPS 中另存为 .docx / "
            "legacy .doc file with a .docx name; re-save it as .docx"
        )
    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_block_lines(document.element.body, document))
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


def _read_pdf(name: str, data: bytes) -> str:
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
        pages = list(reader.pages)
    except IngestError:
        raise
    except Exception as exc:  # pypdf raises many types on malformed files
        log.debug("%s: pypdf failed", name, exc_info=True)
        raise IngestError(f"{corrupt}: {_brief(exc)}") from exc
    if not pages:
        raise IngestError(f"{name}: 文件为空（PDF 没有页面）/ file is empty (PDF has no pages)")

    texts: list[str] = []
    failed = 0
    for number, page in enumerate(pages, 1):
        try:
            texts.append(page.extract_text() or "")
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
    return join_pages(texts)


def _try_empty_password(reader: pypdf.PdfReader) -> bool:
    """Many official PDFs are "encrypted" only with an owner password and open without one."""
    try:
        return reader.decrypt("") != pypdf.PasswordType.NOT_DECRYPTED
    except Exception:  # e.g. AES without a crypto backend: treat as locked
        log.debug("empty-password decryption failed", exc_info=True)
        return False
