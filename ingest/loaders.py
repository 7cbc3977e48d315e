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

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ingest.encoding import decode_text
from ingest.limits import LoadLimits, human_size
from ingest.sidecar import SIDECAR
from reportqa.errors import IngestError

_NOT_REPORTS = {"README", "SOURCE", "LICENSE", "CHANGELOG", "NOTES"}

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
_TEXT_SUFFIXES = (".txt", ".md")


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
    elif suffix == ".docx":  # python-docx and pypdf are imported by the first such file:
        from ingest.docx_text import read_docx  # ~0.1 s in every ingest worker otherwise

        text = read_docx(name, data, limits)
    else:
        from ingest.pdf_text import read_pdf

        text = read_pdf(name, data, limits)

    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError(f"{name}: 文件为空 / file is empty (no text)")
    return text


def brief(exc: BaseException) -> str:
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return detail if len(detail) <= 200 else detail[:199] + "…"
