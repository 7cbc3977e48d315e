"""How a chunk is cut into sentences and clauses, and what a sentence is (a heading, an
item's lead): facts of the report text alone, shared by every quote an answer makes.

A chunk that is one sentence (a fan-out hit: the sentence its judge chose, cut out once per
index version) is read here once per chunk record, not once per ask.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from reportqa.frozen import ByRecord
from reportqa.patterns import HEADING_START
from reportqa.text import to_simplified
from reportqa.types import Chunk
from retrieval.leads import _CLAUSE, _ITEM, _SENT, is_lead, lead_body_end  # noqa: F401

_TERMINATORS = "。！？；;!?\n"


def _trimmed(text: str, bounds: Iterable[tuple[int, int]], base: int) -> list[tuple[int, int, str]]:
    """Spans without leading commas or surrounding blanks, in report offsets; fragments
    shorter than four characters are no quote."""
    out = []
    for s, e in bounds:
        while s < e and text[s] in " \t，,":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        if e - s >= 4:
            out.append((base + s, base + e, text[s:e]))
    return out


def _spans(pattern: re.Pattern, text: str, base: int) -> list[tuple[int, int, str]]:
    return _trimmed(text, (m.span() for m in pattern.finditer(text)), base)


def is_heading(text: str) -> bool:
    return bool(HEADING_START.match(text)) and text[-1] not in "。；;！？!?" and len(text) <= 60


def clipped_end(text: str, s: int, e: int, limit: int) -> int:
    """Where a quote of ``text[s:e]`` longer than ``limit`` ends: after its last sentence
    stop within the limit (「。」「；」 end a statement), else after its last clause stop
    (「，」「、」 end a clause that reads on its own), else at the limit. A cut at a fixed
    length lands inside a word (「…考察浙江重要」), and a reader sees a broken quote."""
    if e - s <= limit:
        return e
    window = text[s : s + limit]
    for stops in ("。！？；;!?", "，,、："):
        at = max(window.rfind(ch) for ch in stops)
        if at >= limit // 3:
            return s + at + 1
    return s + limit


def _single(text: str, stops: Sequence[str]) -> bool:
    """Is ``text`` (simplified) one sentence: no sentence stop (of ``stops``, those it
    holds) before its last character?"""
    size = len(text)
    return all(text.find(ch) == size - 1 for ch in stops)


def _whole(original: str, text: str, base: int) -> list[tuple[int, int, str]]:
    """A one-sentence text as its quote, ending before a line break."""
    return _trimmed(original, [(0, len(text) - 1 if text.endswith("\n") else len(text))], base)


# one read of a sentence: (start, end, text, simplified text, a heading?, an item's lead?
# — None when not yet known)
_Read = tuple[int, int, str, str, bool, bool | None]


def _read_once(chunk: Chunk) -> tuple[str, tuple[_Read, ...]] | None:
    """A chunk that is one sentence (a fan-out hit: the sentence its judge chose, cut out
    once per index version) is read the same way on every ask: its simplified text, its
    quote span, and whether that is a heading or an item's lead depend on the library
    alone. A which-question at 10 000 reports quotes ~3 000 of them per ask, so each is
    read once per chunk record (``_one_sentence``). None for a chunk of several sentences
    (which of its sentences are read depends on the question's terms)."""
    original = chunk.text
    text = to_simplified(original)
    facts = None
    if _single(text, [ch for ch in _TERMINATORS if ch in text]):
        spans = _whole(original, text, chunk.start)
        facts = (
            text,
            tuple((s, e, t, to_simplified(t), is_heading(t), is_lead(t)) for s, e, t in spans),
        )
    return facts


_one_sentence = ByRecord(_read_once)
