"""Bytes of a text file → str, accepting only what decodes with confidence.

Used for report text files and for ``metadata.csv``: both come from township offices as
UTF-8, GBK/GB18030, Big5 or UTF-16, with or without a BOM. A wrong guess would be quoted
verbatim forever, so an unsure or non-textual result raises :class:`IngestError`.
"""

from __future__ import annotations

import codecs
import contextlib
import logging
import re

from charset_normalizer import from_bytes

from reportqa.errors import IngestError

log = logging.getLogger(__name__)

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
    "]+"  # runs: deleting a run per match, not a character, is ~25x less work on a report
)
_MAX_CONTROL_RATIO = 0.01
_MAX_NON_TEXT_RATIO = 0.10
_MIN_UTF16_NUL_RATIO = 0.01  # of the bytes on the NUL-heavy side


def decode_text(name: str, data: bytes) -> str:
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
            f"{name}: 无法按 {encoding} 解码 / cannot decode as {encoding}: {str(exc)[:200]}"
        ) from exc


def _looks_like_text(text: str) -> bool:
    """Mostly CJK/ASCII printable, hardly any control characters: a decoded report, not junk."""
    if not text:
        return True
    total = len(text)
    if len(_CONTROL.findall(text)) > total * _MAX_CONTROL_RATIO:
        return False
    return len(_TEXTUAL.sub("", text)) <= total * _MAX_NON_TEXT_RATIO
