"""Section-aware chunking of cleaned report text.

Reports are answered section by section (a township's 「存在的问题」 is not its 「主要举措」), so
chunks follow the report's own heading structure and carry the heading path. Every chunk is an
exact ``[start, end)`` span of the cleaned text, which is what makes citations verifiable.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from reportqa.patterns import ENUM_POINT, LEVEL1, LEVEL2, LEVEL3, SENTENCE_END
from reportqa.types import Section

PREAMBLE = "前言"
_HEADING_STOP = re.compile(r"[。；;：:！？!?]")
_MAX_HEADING = 60
_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for part in text.split("\n"):
        if part.strip():
            out.append(_Line(pos, pos + len(part), part))
        pos += len(part) + 1
    return out


def _without_chrome(lines: list[_Line], chrome: tuple[tuple[int, int], ...]) -> list[_Line | None]:
    """Lines with page chrome taken out: a chrome line becomes ``None`` (a break no section
    spans), and a line whose head is chrome (「发布时间：2024-02-20 09:302023年，…」, the line
    break lost in copying) keeps only the report after it."""
    out: list[_Line | None] = []
    for ln in lines:
        cut = ln.start
        while True:  # chrome pieces run on one after another in a line lose no report
            while cut < ln.end and ln.text[cut - ln.start].isspace():
                cut += 1
            ends = [e for s, e in chrome if s <= cut < e]
            if not ends:
                break
            cut = max(ends)
        if cut >= ln.end:
            out.append(None)
            continue
        if cut > ln.start:
            out.append(None)
        out.append(_Line(cut, ln.end, ln.text[cut - ln.start :]))
    return out


def _heading_text(line: str) -> str:
    m = _HEADING_STOP.search(line)
    head = line[: m.start()] if m else line
    return head[:_MAX_HEADING].rstrip("，,、 ")


def _unnumbered_heading(line: str) -> bool:
    """Short stand-alone lines such as 「存在的问题」 or 「2013年工作回顾」."""
    if len(line) > 30 or len(line) < 4:
        return False
    body = line.rstrip("。")
    return (not _HEADING_STOP.search(body) and "，" not in body[:-1]) or (
        line.endswith("。") and "，" in line and len(line) <= 26 and line.count("。") == 1
    )


def heading_level(line: str, inside_level1: bool) -> int:
    """0 for body text, else 1–3 (unnumbered headings nest under an open level-1 section)."""
    if LEVEL1.match(line):
        return 1
    if LEVEL2.match(line):
        return 2
    if LEVEL3.match(line):
        return 3
    if _unnumbered_heading(line):
        return 2 if inside_level1 else 1
    return 0


def split_sections(
    text: str, title_end: int = 0, chrome: tuple[tuple[int, int], ...] = ()
) -> list[Section]:
    """Sections in reading order; text before ``title_end`` (the title block) is skipped, and
    no section holds a ``chrome`` span (portal furniture around a copied page is not the report:
    a breadcrumb 「首页 > 政务公开」 must not make the report answer for 政务公开)."""
    stack: list[tuple[int, str]] = []  # (level, heading)
    sections: list[Section] = []
    cur_start: int | None = None
    cur_path: tuple[str, ...] = (PREAMBLE,)
    prev_end = 0
    for ln in _without_chrome(_lines(text), chrome):
        if ln is None:  # a section ends before chrome and the body after it starts anew
            if cur_start is not None:
                sections.append(Section(cur_path, cur_start, prev_end))
            cur_start = None
            continue
        prev_end = ln.end
        if ln.end <= title_end:
            continue
        level = heading_level(ln.text, any(lv == 1 for lv, _ in stack))
        if level:
            if cur_start is not None and cur_start < ln.start:
                sections.append(Section(cur_path, cur_start, ln.start - 1))
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, _heading_text(ln.text)))
            cur_path = tuple(h for _, h in stack)
            cur_start = ln.start
        elif cur_start is None:
            cur_start = ln.start
    if cur_start is not None and cur_start < len(text):
        sections.append(Section(cur_path, cur_start, len(text.rstrip())))
    return [s for s in sections if text[s.start : s.end].strip()]


def _split_points(segment: str) -> tuple[list[int], set[int]]:
    """Offsets inside a long segment where a cut keeps sentences whole, sorted, and the
    preferred ones among them (item starts and line starts)."""
    enum = {m.start() for m in ENUM_POINT.finditer(segment)}
    newline = {m.end() for m in _NEWLINE.finditer(segment)}
    sent = {m.start() for m in SENTENCE_END.finditer(segment)}
    return sorted((enum | newline | sent) - {0, len(segment)}), enum | newline


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    seg = text[start:end]
    if len(seg) <= max_chars:  # no cut to make: the points are never looked at
        return [(start, end)] if seg.strip() else []
    points, preferred = _split_points(seg)
    spans: list[tuple[int, int]] = []
    cur = 0
    while len(seg) - cur > max_chars:
        # the points in (cur, cur + max_chars], found by bisection: a scan of every point
        # per cut made a long section's chunking quadratic
        lo = bisect_right(points, cur)
        window = points[lo : bisect_right(points, cur + max_chars, lo)]
        good = [p for p in window if p in preferred and p - cur >= max_chars // 3]
        if good:
            cut = good[-1]
        elif window:
            cut = window[-1]
        else:  # one sentence longer than the bound: cut it, as a last resort
            cut = cur + max_chars
        spans.append((start + cur, start + cut))
        cur = cut
    spans.append((start + cur, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _common_prefix(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        out.append(x)
    return tuple(out) or a[:1]


def _merged_path(a: tuple[str, ...], alen: int, b: tuple[str, ...], blen: int) -> tuple[str, ...]:
    """A bare heading merged into its first subsection takes the subsection's path; two
    comparable siblings share their parent's path."""
    small, big = sorted(((alen, a), (blen, b)))
    if small[0] < 0.4 * big[0]:
        return big[1]
    return _common_prefix(a, b)


def chunk_spans(
    text: str, sections: list[Section], max_chars: int, min_chars: int
) -> list[tuple[tuple[str, ...], int, int]]:
    """(section path, start, end) for every chunk: long sections split, tiny ones merged."""
    pieces: list[tuple[tuple[str, ...], int, int]] = []
    for sec in sections:
        for s, e in _split_long(text, sec.start, sec.end, max_chars):
            s, e = _strip_span(text, s, e)
            if e > s:
                pieces.append((sec.path, s, e))
    merged: list[tuple[tuple[str, ...], int, int]] = []
    for path, s, e in pieces:
        if merged:
            mpath, ms, me = merged[-1]
            same_parent = mpath[:1] == path[:1]
            small = (me - ms) < min_chars or (e - s) < min_chars
            if same_parent and small and (e - ms) <= max_chars:
                merged[-1] = (_merged_path(mpath, me - ms, path, e - s), ms, e)
                continue
        merged.append((path, s, e))
    return merged
