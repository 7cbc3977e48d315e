"""The ingest's CPU cuts of round 10 (perf15) change no output: the faster chunk cut points
are checked against the plain scan they replaced, on made-up report text (not corpus files)."""

from __future__ import annotations

import random

from ingest.chunking import _split_long
from reportqa.patterns import ENUM_POINT, SENTENCE_END

_PIECES = [
    "镇政府",
    "法治",
    "2023",
    "年",
    "15",
    "%",
    "件",
    "（一）",
    "(二)",
    "“枫桥经验”",
    "《条例》",
    "，",
    "。",
    "；",
    " ",
    "  ",
    "\t",
    "\u3000",
    "\u00a0",
    "\n",
    "\n\n",
    "第3页",
    "- 2 -",
    "A",
    "一、",
    "1.",
]


def _made_up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(n))


def _split_reference(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """``_split_long`` as it was: every point scanned per cut."""
    seg = text[start:end]
    enum = {m.start() for m in ENUM_POINT.finditer(seg)}
    newline = {i + 1 for i, ch in enumerate(seg) if ch == "\n"}
    sent = {m.start() for m in SENTENCE_END.finditer(seg)}
    points, preferred = sorted((enum | newline | sent) - {0, len(seg)}), enum | newline
    spans, cur = [], 0
    while len(seg) - cur > max_chars:
        window = [p for p in points if cur < p <= cur + max_chars]
        good = [p for p in window if p in preferred and p - cur >= max_chars // 3]
        cut = good[-1] if good else window[-1] if window else cur + max_chars
        spans.append((start + cur, start + cut))
        cur = cut
    spans.append((start + cur, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def test_bisected_cut_points_equal_the_scan():
    rng = random.Random(10)
    for _ in range(400):
        text = _made_up(rng, rng.randint(0, 900))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        for max_chars in (1, 7, 40, 120, 500):
            got = _split_long(text, start, end, max_chars)
            assert got == _split_reference(text, start, end, max_chars), (text, start, end)
