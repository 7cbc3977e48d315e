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
from retrieval.measures import DIGIT_QUANTITY

_TERMINATORS = "。！？；;!?\n"
_SENT = re.compile(r"[^。！？；;!?\n]+[。！？；;!?]?")
_CLAUSE = re.compile(r"[^，,。！？；;!?\n]+[，,。！？；;!?]?")
_ITEM = re.compile(
    r"^(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、])"
)
_NUMBER = DIGIT_QUANTITY  # a count with its measure word (宗, 人次, 天次 too)


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


_LEAD_MAX = 40


def is_lead(text: str) -> bool:
    """「一是开展法治宣传活动。」「（五）依法化解矛盾纠纷方面。」: a numbered item's short lead
    sentence announces a topic like a heading does; it carries no action detail or count.
    Quoted only when the report has nothing better."""
    t = text.strip()
    return (
        len(t) <= _LEAD_MAX
        and bool(_ITEM.match(t) or HEADING_START.match(t))
        and not _NUMBER.search(t)
    )


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
