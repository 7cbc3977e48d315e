""".pdf reading (pypdf), imported only when a PDF file is read."""

from __future__ import annotations

import io
import logging

import pypdf

from ingest.limits import LoadLimits, check_pdf_pages, check_text
from ingest.loaders import brief
from ingest.pdf_pages import join_pages
from reportqa.errors import IngestError

log = logging.getLogger(__name__)

_MIN_CHARS_PER_PDF_PAGE = 20


def read_pdf(name: str, data: bytes, limits: LoadLimits) -> str:
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
        raise IngestError(f"{corrupt}: {brief(exc)}") from exc
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
            log.warning("%s: page %d unreadable, skipped: %s", name, number, brief(exc))
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
