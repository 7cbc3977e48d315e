"""A named unit's value read from its own report when the question words the topic otherwise.

A user names the unit and words the topic in everyday speech: 「甲镇老百姓打12345反映的事儿
一年回了多少件」 where the report writes 「受理答复12345诉求655件」. Once the unit is named the
search is over its report alone, so the topic may match loosely — parts of the question's
words (two characters of a compound, a number such as a hotline), counted only over the words
the report uses at all (an asker's word the report never writes cannot tell its sentences
apart) — provided the sentence carries a value of the asked kind (``value_kinds``) next to
the topic. The kind is the strict part: no value of the kind, no answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from answering.sentence_cuts import is_heading
from answering.value_kinds import Asked, values_in
from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.query import Analysis

FLOOR = 0.5  # idf-weighted share of the topic's bigrams a span holds
_UNKNOWN = 2.0  # the weight of a word when the library knows none of the question's words
NEAR = 14  # characters before a value within which a word of its topic stands
_PAIR_MAX = 220  # a topic's sentence and the next one that holds its value, quoted together
_SENT = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_ITEM = re.compile(
    r"^\s*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、])"
)
_DIGITS = re.compile(r"(?<!\d)\d{3,}(?!\d)(?!\s*年)")  # 8890, 12345: a hotline, never a year


@dataclass(frozen=True)
class Found:
    """A span of report ``info``'s text (report offsets) giving ``values`` of the kind asked."""

    info: ReportInfo
    start: int
    end: int
    text: str
    values: tuple[str, ...]
    score: float


def topic_terms(
    analysis: Analysis, question: str, idf: Mapping[str, float]
) -> list[tuple[tuple[str, ...], float | None]]:
    """The topic as (spellings, weight): each required concept (all of them when none is)
    weighted by its idf in the library, None for a word the library never uses (the asker's
    own: it counts only where the report has it after all), and each number of three digits
    or more the question says (a hotline: the most specific word a question can have)."""
    concepts = [c for c in analysis.concepts if c.required] or list(analysis.concepts)
    out: list[tuple[tuple[str, ...], float | None]] = [
        (tuple(to_simplified(a) for a in c.alternatives if a) or (c.term,), idf.get(c.term))
        for c in concepts
    ]
    top = max((w for _, w in out if w), default=_UNKNOWN)
    out += [((m.group(0),), 2 * top) for m in _DIGITS.finditer(to_simplified(question))]
    return [(forms, w) for forms, w in out if forms]


def _bigrams(word: str) -> set[str]:
    return {word[i : i + 2] for i in range(len(word) - 1)} or {word}


def _coverage(text: str, forms: tuple[str, ...]) -> float:
    """The share of a word's bigrams ``text`` holds (its best spelling)."""
    best = 0.0
    for form in forms:
        grams = _bigrams(form)
        best = max(best, sum(g in text for g in grams) / len(grams))
    return best


def _spans(text: str) -> list[tuple[int, int]]:
    """Sentences, and each sentence with the next one of its paragraph (「…共165条。其中市级
    排名第5。」: the value in the next sentence, its topic in this one)."""
    sents = [(m.start(), m.end()) for m in _SENT.finditer(text) if m.group(0).strip()]
    out = list(sents)
    for (s, e), (s2, e2) in pairwise(sents):
        gap = text[e:s2]
        if "\n" in gap or _ITEM.match(text[s2:e2]) or e2 - s > _PAIR_MAX:
            continue
        out.append((s, e2))
    return out


def find_valued(
    analysis: Analysis,
    asked: Asked,
    infos: Sequence[ReportInfo],
    text_of: Callable[[str], str],
    idf: Mapping[str, float],
    question: str = "",
) -> Found | None:
    """The best span of ``infos``' reports (one unit's) that carries a value of the asked
    kind beside a loosely matched topic, or None."""
    terms = topic_terms(analysis, question or analysis.question, idf)
    if not terms:
        return None
    known = [w for _, w in terms if w]
    usual = sum(known) / len(known) if known else _UNKNOWN
    best: Found | None = None
    for info in infos:
        original = text_of(info.report_id)
        text = to_simplified(original)
        # a word the library knows counts even where this report lacks it (the report does
        # not say that); the asker's own word only where the report has it
        present = [(f, w or usual) for f, w in terms if w is not None or _coverage(text, f) > 0]
        weight = sum(w for _, w in present)
        if weight <= 0 or not any(_coverage(text, f) > 0 for f, _ in present):
            continue
        grams = {g for f, _ in present for form in f for g in _bigrams(form) if len(g) == 2}
        for s, e in _spans(text):
            span = text[s:e]
            if is_heading(span.strip()):
                continue
            score = sum(w * _coverage(span, f) for f, w in present) / weight
            if score < FLOOR or (best is not None and score <= best.score):
                continue
            ends = [m.end() for g in grams for m in re.finditer(re.escape(g), span)]

            def near(i: int, ends: list[int] = ends) -> int | None:
                return min((i - x for x in ends if i - NEAR <= x <= i + 1), default=None)

            values = values_in(span, asked, near)
            if not values:
                continue
            if (e - s) > len(_SENT.match(text, s).group(0)) and not _second_holds(text, s, asked):
                continue  # a pair is quoted only for a value its first sentence lacks
            lo, hi = _stripped(original, s, e)
            best = Found(info, lo, hi, original[lo:hi], tuple(values), score)
    return best


def _second_holds(text: str, s: int, asked: Asked) -> bool:
    """A pair stands only when its first sentence alone gives no value of the kind."""
    first = _SENT.match(text, s)
    return not values_in(first.group(0) if first else "", asked, lambda _i: 0)


def _stripped(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\u3000，,":
        s += 1
    while e > s and text[e - 1] in " \t\u3000":
        e -= 1
    return s, e
