"""Resource limits for reading one report file, checked before the expensive work starts.

A report file is untrusted input: a 2 MB ``.docx`` can declare 400 MB of XML (python-docx
then holds ~2.5 GB for minutes, with the ingest lock taken), and a PDF can claim thousands of
pages. Each limit turns such a file into one clear per-file error; the batch carries on.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from reportqa.errors import IngestError


@dataclass(frozen=True)
class LoadLimits:
    max_bytes: int | None = None  # the file on disk
    max_unpacked_bytes: int | None = None  # all parts of a .docx, decompressed
    max_pdf_pages: int | None = None
    max_text_chars: int | None = None  # text extracted from a .docx or .pdf

    @classmethod
    def from_mb(
        cls, file_mb: float, unpacked_mb: float, pdf_pages: int, text_mb: float
    ) -> LoadLimits:
        mb = 1024 * 1024
        return cls(int(file_mb * mb), int(unpacked_mb * mb), pdf_pages, int(text_mb * mb))


def human_size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def check_unpacked(name: str, data: bytes, limits: LoadLimits) -> None:
    """Refuse a zip container whose parts would decompress past the limit.

    The declared sizes are binding: Python's zipfile never yields more bytes for a member
    than its directory entry declares, so summing them bounds what the parser can inflate.
    A file that is not a readable zip is left to the parser, which reports it as corrupt.
    """
    if limits.max_unpacked_bytes is None:
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return
    if total > limits.max_unpacked_bytes:
        raise IngestError(
            f"{name}: 文件解压后过大（{human_size(total)}，上限 "
            f"{human_size(limits.max_unpacked_bytes)}），可能已损坏或是恶意构造的文件，已跳过；"
            "请用 Word/WPS 打开检查后另存，或调大 REPORTQA_MAX_UNPACKED_MB / "
            f"decompresses to {total} bytes, over the limit of {limits.max_unpacked_bytes}"
        )


def check_pdf_pages(name: str, pages: int, limits: LoadLimits) -> None:
    if limits.max_pdf_pages is not None and pages > limits.max_pdf_pages:
        raise IngestError(
            f"{name}: PDF 页数过多（{pages} 页，上限 {limits.max_pdf_pages} 页），已跳过；"
            "请拆分后导入，或调大 REPORTQA_MAX_PDF_PAGES / "
            f"{pages} pages, over the limit of {limits.max_pdf_pages}"
        )


def check_text(name: str, chars: int, limits: LoadLimits) -> None:
    if limits.max_text_chars is not None and chars > limits.max_text_chars:
        raise IngestError(
            f"{name}: 提取出的文字过多（超过 {limits.max_text_chars} 个字符），"
            "可能已损坏或是恶意构造的文件，已跳过；请检查文件，或调大 REPORTQA_MAX_TEXT_MB / "
            f"extracted text exceeds {limits.max_text_chars} characters"
        )
