"""The person a who-question asks for, named in the sentence beside the topic's.

Reports tell an event and then who did it in the next sentence: 「深入学习贯彻习近平法治思想
…。2022年9月21日邀请省司法厅…处长陈欢欢同志专题授课。」 The topic's words (习近平法治思想)
stand in one sentence, the person and the deed asked of (请来 ~ 邀请, 讲 ~ 授课) in the next,
which names no topic word and so never ranks. A who-question (「请来讲…的是谁」) is answered
by that neighbour when it names a person and says a word of the question; a neighbour naming
a person with none of the question's words is about something else and is not read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from answering.sentences import Span
from reportqa.text import to_simplified
from retrieval.concept import Concept

_STOPS = "。；;！!？?\n"


def _sentence_at(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The sentence of ``text`` that starts at or after ``lo`` (its stop excluded), cut at
    ``hi``; (lo, lo) when there is none."""
    while lo < hi and text[lo] in _STOPS + " \t，,":
        lo += 1
    ends = [i for i in (text.find(ch, lo, hi) for ch in _STOPS) if i >= 0]
    return lo, min(ends) + 1 if ends else hi


def person_beside(
    span: Span,
    text: str,
    base: int,
    person: Callable[[str], bool],
    concepts: Sequence[Concept],
) -> Span | None:
    """The sentence right after or right before ``span`` in ``text`` (the passage it was cut
    from, at report offset ``base``) that names a person and a word of the question, at the
    span's score; None when neither does or ``span`` already names a person."""
    lo, hi = span.start - base, span.end - base
    if lo < 0 or hi > len(text) or person(span.text):
        return None
    words = {a for c in concepts for a in c.alternatives if len(a) >= 2}
    after = _sentence_at(text, hi, len(text))
    before_end = max((text.rfind(ch, 0, lo) for ch in _STOPS), default=-1)
    start = max((text.rfind(ch, 0, max(before_end, 0)) for ch in _STOPS), default=-1) + 1
    before = _sentence_at(text, start, before_end + 1) if before_end > 0 else (0, 0)
    for a, b in (after, before):
        said = text[a:b]
        if b - a < 4 or not person(said):
            continue
        if any(w in to_simplified(said) for w in words):
            return Span(base + a, base + b, said, span.score)
    return None
