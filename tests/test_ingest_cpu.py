"""The ingest's CPU cuts of round 10 (perf15) change no output: each faster step is checked
against the plain definition it replaced, on made-up report text (not corpus files)."""

from __future__ import annotations

import random

from ingest import clean
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


def _clean_per_line(raw: str) -> str:
    """``clean_text`` as it was: the four space rules run on each kept line alone."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = clean._EDITOR_RESIDUE.sub("", text)
    lines = []
    for line in text.split("\n"):
        line = line.strip(" \t\u3000\u00a0\u200b")
        if not line or clean._PAGE_NUMBER.match(line):
            continue
        for rule in (
            clean._SPACE_CJK_DIGIT,
            clean._SPACE_DIGIT_CJK,
            clean._SPACE_CJK_CJK,
            clean._SPACE_AFTER_PAREN,
        ):
            line = rule.sub("", line)
        lines.append(line)
    merged: list[clean._Paragraph] = []
    for line in lines:
        if merged and clean._joins_next(merged[-1], line):
            merged[-1].add(line)
        else:
            merged.append(clean._Paragraph([line], len(line)))
    return "\n".join("".join(p.parts) for p in merged)


def test_space_rules_over_joined_lines_equal_per_line():
    rng = random.Random(15)
    texts = [_made_up(rng, rng.randint(0, 400)) for _ in range(600)]
    texts += ["", "\n\n", "  \n\u3000", "镇 2023 年 调解 15 件 （ 一 ） 法治 \n 第 3 页 \n- 2 -"]
    for raw in texts:
        assert clean.clean_text(raw) == _clean_per_line(raw), repr(raw)


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
