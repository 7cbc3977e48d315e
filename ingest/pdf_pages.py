"""PDF pages → one text: running headers and footers removed, lines that were only broken by
the page layout joined again.

Facts about PDF reports: a PDF's text layer is visual lines, page by page. Official
documents set a fixed measure (GB/T 9704: 28 characters a line), so a line that fills the
measure and does not end a sentence continues on the next line — also across a page break,
and also when it is a heading that wrapped. Lines that repeat at the top or bottom of most
pages (the title as a running header, the unit's name, 「第 3 页 共 10 页」, 「- 3 -」) are page
furniture, not report text.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from reportqa.patterns import HEADING_START

_PAGE_NO = re.compile(
    r"^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|"
    r"\d{1,4}\s*/\s*\d{1,4}|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$"
)
_ENDS = "。！？；;!?：:」』”）)》…"
_ZONE = 2  # lines at the top and at the bottom of a page where furniture sits


def _key(line: str) -> str:
    """Page furniture differs only in its numbers (「第 3 页」 / 「第 4 页」)."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line))


def _width(line: str) -> float:
    """Visual width: CJK characters are full width, ASCII half."""
    return sum(0.5 if ord(c) < 128 else 1.0 for c in line)


def _furniture(pages: list[list[str]]) -> set[str]:
    """Keys of lines that sit in the top or bottom zone of at least half the pages."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        zone = {_key(ln) for ln in (*lines[:_ZONE], *lines[-_ZONE:])}
        seen.update(zone)
    return {k for k, n in seen.items() if n >= max(2, (len(pages) + 1) // 2)}


def _strip_page(lines: list[str], furniture: set[str], first: bool) -> list[str]:
    out = list(lines)
    for edge in ("top", "bottom"):
        removed: set[str] = set()  # each furniture line once: a title below it stays
        for _ in range(_ZONE):
            if not out:
                break
            i = 0 if edge == "top" else -1
            ln = out[i].strip()
            key = _key(ln)
            repeat = key in furniture and key not in removed and not _keeps_title(out, i, first)
            if _PAGE_NO.match(ln) or repeat:
                removed.add(key)
                out.pop(i)
            else:
                break
    return out


def _keeps_title(lines: list[str], i: int, first: bool) -> bool:
    """The title repeated as a running header is still the title at the top of page one,
    unless another title line follows it there."""
    if not first or i != 0 or len(lines) < 2:
        return False
    nxt = lines[1]
    return bool(re.search(r"[，,。]", nxt)) or len(nxt) > 40


def _measure(lines: list[str]) -> float:
    """The width of a full line: what most long lines reach."""
    widths = sorted(_width(ln) for ln in lines if ln)
    if len(widths) < 4:
        return float("inf")
    return widths[int(len(widths) * 0.8)]


def _indents_paragraphs(lines: list[tuple[bool, str]]) -> bool:
    """Does this document indent its paragraphs (首行缩进)? Judged on the lines after a
    sentence end, where paragraphs start."""
    starts = [ind for (_, prev), (ind, _) in pairwise(lines) if prev[-1] in _ENDS]
    return len(starts) >= 3 and sum(starts) >= len(starts) / 2


def join_pages(pages: list[str]) -> str:
    """One text from the pages' text layers (see the module docstring)."""
    split = [[ln.rstrip() for ln in page.split("\n") if ln.strip()] for page in pages]
    furniture = _furniture([[ln.strip() for ln in page] for page in split])
    lines = [
        (ln[:1].isspace(), ln.strip())
        for n, page in enumerate(split)
        for ln in _strip_page(page, furniture, n == 0)
    ]
    full = _measure([ln for _, ln in lines]) * 0.9
    indented = _indents_paragraphs(lines)
    out: list[str] = []
    carry = False
    for ind, ln in lines:
        if carry and out and not (indented and ind) and not HEADING_START.match(ln):
            out[-1] += ln
        else:
            out.append(ln)
        open_end = ln[-1] not in _ENDS
        carry = (_width(ln) >= full and (indented or open_end)) or (indented and open_end)
    return "\n".join(out)
