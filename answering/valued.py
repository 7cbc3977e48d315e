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

from answering.own_counts import counts_own_things
from answering.sentence_cuts import is_heading
from answering.value_kinds import COUNT, Asked, values_in
from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.counts_near import own_clause_count
from retrieval.legal_spellings import legal_variants
from retrieval.measures import QUANTITY
from retrieval.query import Analysis

FLOOR = 0.5  # idf-weighted share of the topic's bigrams a span holds
_UNKNOWN = 2.0  # the weight of a word when the library knows none of the question's words
NEAR = 14  # characters before a value within which a word of its topic stands
_PAIR_MAX = 220  # a topic's sentence and the next one that holds its value, quoted together
_SENT = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_ITEM = re.compile(
    r"^\s*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、])"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
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


@dataclass(frozen=True)
class Term:
    """A word of the topic: its spellings, its weight (None: a word the library never uses)
    and, for such a word, the spellings with its neighbours in the question."""

    forms: tuple[str, ...]
    weight: float | None
    wide: tuple[str, ...] = ()
    needed: bool = True  # a noun of the need or a number; a bare verb only adds to the score
    # a word a span must hold: one naming the kind of the next word of the topic (法治 of
    # 法治工作汇报), or a verb asked with the report's spellings (砍掉 ~ 取消/精简)
    kind: bool = False

    def strong(self, text: str) -> bool:
        """Held whole or but for one end character (专题学法 for 专题学习), not by its head."""
        return any(f in text or _run(f, text) * len(f) >= len(f) - 1 >= 2 for f in self.forms)

    def coverage(self, text: str) -> float:
        """The share of the word ``text`` holds: the word whole, all of it but one end
        character (专题学习 ~ 专题学法, 联系点 ~ 联系) or a compound's head (班子 of 领导班子),
        never its modifier (法治 of 法治援助);
        for a word the library does not know — likely cut wrong out of the asker's phrase
        (「微信号」 read as 微 + 信号) — the share of its characters."""
        if self.weight is None:
            return max(sum(ch in text for ch in f) / len(f) for f in self.forms)
        return max(_run(f, text) for f in self.forms)

    def grams(self) -> set[str]:
        return {g for f in (*self.forms, *self.wide) for g in _bigrams(f) if len(g) == 2}

    def in_report(self, text: str) -> bool:
        """Known words always count; an unknown one only when a bigram of it, read with
        its neighbours in the question, is in the report."""
        return self.weight is not None or any(g in text for g in self.grams())


def topic_terms(analysis: Analysis, question: str, idf: Mapping[str, float]) -> list[Term]:
    """The topic: each concept weighted by its idf in the library (a verb the question
    asks about, 败诉 of 行政诉讼, is as much the thing asked as its noun), and each number
    of three digits or more the question says (a hotline: the most specific word a
    question can have). Each spelling is also read as reports of another era write it
    (``retrieval.legal_spellings``): 普法宣传's synonym 法治宣传 is 法制宣传 in many reports."""
    q = to_simplified(question)
    out = []
    for c in analysis.concepts:
        forms = tuple(f for f in (to_simplified(a) for a in c.alternatives) if f) or (c.term,)
        forms = tuple(dict.fromkeys(v for f in forms for v in (f, *legal_variants(f))))
        weight = idf.get(c.term)
        wide = () if weight is not None else _widened(q, forms)
        verb = not c.required and len(c.alternatives) > 1
        kind = verb or _modifies(q, c.term, [d.term for d in analysis.concepts])
        out.append(Term(forms, weight, wide, c.required or verb, kind))
    top = max((t.weight for t in out if t.weight), default=_UNKNOWN)
    out += [Term((m.group(0),), 2 * top) for m in _DIGITS.finditer(q)]
    return out


def _modifies(question: str, term: str, terms: list[str]) -> bool:
    """Does ``term`` stand right before another word of the topic in the question (法治 in
    「法治工作汇报」: it says which kind of 工作汇报)?"""
    at = question.find(term)
    end = at + len(term)
    return at >= 0 and any(t != term and question.startswith(t, end) for t in terms)


def _widened(question: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    """Each spelling with one CJK neighbour on each side where the question has it."""
    out = []
    for f in forms:
        at = question.find(f)
        if at < 0:
            continue
        lo = at - 1 if at > 0 and _CJK.match(question[at - 1]) else at
        hi = at + len(f)
        hi = hi + 1 if hi < len(question) and _CJK.match(question[hi]) else hi
        out.append(question[lo:hi])
    return tuple(out)


def _run(word: str, text: str) -> float:
    """The longest run of ``word`` that ``text`` holds, as a share of the word, when it
    lacks at most one end character; else 0."""
    if word in text:
        return 1.0
    cut = len(word) - 1
    if cut >= 2 and (word[:cut] in text or word[1:] in text):
        return cut / len(word)
    if len(word) >= 4 and word[-2:] in text:  # the compound's head: 领导班子 ~ 班子成员
        return 0.5
    return 0.0


def _bigrams(word: str) -> set[str]:
    return {word[i : i + 2] for i in range(len(word) - 1)} or {word}


def spans_of(text: str) -> list[tuple[int, int]]:
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
    refuse: Callable[[str], bool] | None = None,
) -> Found | None:
    """The best span of ``infos``' reports (one unit's) that carries a value of the asked
    kind beside a loosely matched topic, or None; ``refuse``: a span it must not take
    (one naming the indicator only as a ratio's base: ``ratio_base``)."""
    terms = topic_terms(analysis, question or analysis.question, idf)
    known = [t.weight for t in terms if t.weight]
    usual = sum(known) / len(known) if known else _UNKNOWN
    best: Found | None = None
    for info in infos:
        original = text_of(info.report_id)
        text = to_simplified(original)
        # a word the library knows counts even where this report lacks it (the report does
        # not say that); the asker's own word only where the report has it
        present = [(t, t.weight or usual) for t in terms if t.in_report(text)]
        weight = sum(w for _, w in present)
        if weight <= 0 or not any(t.coverage(text) > 0 for t, _ in present):
            continue
        grams = {g for t, _ in present for g in t.grams()}
        for s, e in spans_of(text):
            span = text[s:e]
            if is_heading(span.strip()) or (refuse is not None and refuse(span)):
                continue
            score = sum(w * t.coverage(span) for t, w in present) / weight
            if score < FLOOR or (best is not None and score <= best.score):
                continue
            if not _holds_topic(span, present) or (
                asked.kind == COUNT and not _two_words(span, present, len(terms))
            ):
                continue
            ends = [
                _past_quote(span, m.end()) for g in grams for m in re.finditer(re.escape(g), span)
            ]

            said = _said_at(span, present)

            def near(i: int, ends: list[int] = ends, said=said, span=span) -> int | None:
                if own_clause_count(span, *_value_at(span, i), said):
                    return None  # 「…,研究相关议题12次」: the count of another deed
                return min((i - x for x in ends if i - NEAR <= x <= i + 1), default=None)

            values = values_in(span, asked, near)
            if not values or (
                asked.kind == COUNT and counts_own_things(span, asked.measure, analysis.concepts)
            ):
                continue  # none of the kind, or only counts of the topic's own things
            if (e - s) > len(_SENT.match(text, s).group(0)) and not _second_holds(text, s, asked):
                continue  # a pair is quoted only for a value its first sentence lacks
            lo, hi = stripped(original, s, e)
            best = Found(info, lo, hi, original[lo:hi], tuple(values), score)
    return best


_QUOTE = re.compile(r"[“\"「『][^”\"」』]{1,40}[”\"」』]")


def _past_quote(span: str, end: int) -> int:
    """A word inside a quoted name ends where the name ends: 「开展“法治进乡村、进企业、进家庭”
    专项活动15场」 counts the campaign, however long its name."""
    for m in _QUOTE.finditer(span):
        if m.start() < end <= m.end():
            return m.end()
    return end


def _holds_topic(span: str, present: list[tuple[Term, float]]) -> bool:
    """Loose, not wrong: a word naming the kind of thing asked is in the span at least by
    its head (「法治工作汇报」 is no 安全生产工作汇报, 「砍掉了几项」 no 权责事项98项), and one
    word of the need the library knows is in it whole or but for an end character
    (「普法宣传」 is no 安全生产宣传, whose head alone it shares). The asker's other words
    (「反映的问题」) may be missing: the score weighs them."""
    known = [t for t, _ in present if t.weight is not None and t.needed]
    if any(t.kind and t.coverage(span) <= 0 for t in known):
        return False
    return not known or any(t.strong(span) for t in known)


def _said_at(span: str, present: list[tuple[Term, float]]) -> list[tuple[int, int]]:
    """Where ``span`` spells a word of the topic whole."""
    return [
        (m.start(), m.end())
        for t, _ in present
        for f in t.forms
        for m in re.finditer(re.escape(f), span)
    ]


def _value_at(span: str, i: int) -> tuple[int, int]:
    """The count that starts at ``i``: its start and end (the number and its measure word)."""
    m = QUANTITY.match(span, i)
    return (i, m.end()) if m else (i, i)


def _two_words(span: str, present: list[tuple[Term, float]], topic: int = 2) -> bool:
    """Counts stand in every other sentence of a report, so one word beside a count says
    little (「行政」 of 「打行政官司输了几件」 beside 行政诉讼案件3件): a count answers when two
    words of the topic are in its span, or a number the question says (a hotline). A topic
    that is one word the library knows (「普法宣传搞了几次」) is all there is to hold: its span
    spells it whole, in one of its spellings (法制宣传 for 法治宣传 is whole); a part is too
    little (法治 of 法治进 is any 法治建设领导小组). ``topic``: how many words the whole topic has
    (「打行政官司输了几件」 has more than the 行政 a report holds)."""
    held = [t for t, _ in present if t.coverage(span) > 0]
    if topic == 1 and len(present) == 1 and held and held[0].weight is not None:
        return any(f in span for f in held[0].forms)  # the one word, spelled whole
    return len(held) >= 2 or any(t.forms[0].isdigit() for t in held)


def _second_holds(text: str, s: int, asked: Asked) -> bool:
    """A pair stands only when its first sentence alone gives no value of the kind."""
    first = _SENT.match(text, s)
    return not values_in(first.group(0) if first else "", asked, lambda _i: 0)


def stripped(text: str, s: int, e: int) -> tuple[int, int]:
    """A sentence's span without the blanks and the comma a cut leaves at its edges."""
    while s < e and text[s] in " \t\u3000，,":
        s += 1
    while e > s and text[e - 1] in " \t\u3000":
        e -= 1
    return s, e
