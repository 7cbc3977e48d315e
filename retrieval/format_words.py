"""A format word before an event's head says how it was held, not what it was about.

The reports write a lecture or a training (and a study session: ``PAST``, not
``format_said``) with a word for its format between the subject and the head: 专题 (on one topic), 专项 (set apart for one matter), 集中
(gathered at once), 系列 (a series), 主题 (themed) — 「法治专题讲座」「安全生产专项培训」
「集中学习」. The format names no kind of the event: its kind is the subject, written

- right before the format word (「民法典专题讲座」 is a 民法典讲座, 「农业技术专项培训」 a
  farming course, never a 法治培训);
- or, when a verb or a break stands there, earlier in the same sentence, as what the
  sentence is about (「将习近平法治思想纳入学习内容，全年组织专题讲座4次」: the lectures are
  法治讲座);
- or once before a list of heads sharing the format (「法治专题讲座、培训」: the 培训 is a
  法治专题培训 too, so it is both a 法治培训 and a 专题培训).

So a question's 法治讲座 is said by 「专题讲座」 when the sentence names 法治 before it and
no other subject stands before the format word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from retrieval.compounds import FORMAT, HOW, RANK, Tagger, attached, other_kind
from retrieval.negated_mention import negated
from retrieval.vocabulary import GENERIC_HEADS

__all__ = [
    "FORMAT",
    "HEADS",
    "PAST",
    "format_kinds",
    "format_said",
    "format_strings",
    "listed_subject",
    "reads_past",
]

# the words a mention's kind is read past, to the word before them (党校|重点|课程, 民法典|专题|
# 讲座): a rank or a format. 集中 stays a manner (``compounds.HOW``): the word before it is
# most often who gathers (中心组集中学习), not what about
PAST = RANK | (FORMAT - HOW)
# the heads of events held in a format, the events a format word is read past: longer first
# (培训班 before 培训). Not 学习: the commonest verb of the genre, and a 专题学习 in a sentence
# naming 习近平法治思想 most often studies a whole list of subjects (法治思想、国家安全观、全会
# 精神…专题学习), no study of law, so its format word keeps standing for the kind
HEADS = ("培训班", "讲座", "培训")
_SENTENCE_END = re.compile(r"[。！？；;!?\n]")
# 专题 (one topic) and 专项 (one matter) both set an event apart for its subject: a question's
# 专题培训 is answered by a 专项培训 on the subject asked
_DEDICATED = ("专题", "专项")
_HANZI = re.compile(r"^[\u4e00-\u9fff]+$")
_FMT = "|".join(sorted(FORMAT))
_HEAD = "|".join(HEADS)
# 「专题讲座、培训」: a second head right after a list mark shares the format before the first
_MARKS = ("、", "和", "及", "与", "或")
_LISTED_BEFORE = re.compile(rf"(?:{_FMT})(?:{_HEAD})(?:{'|'.join(_MARKS)})$")
_LISTED = re.compile(rf"({_FMT})(?:{_HEAD})(?:{'|'.join(_MARKS)})({_HEAD})")


@lru_cache(maxsize=1024)
def format_kinds(spellings: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(format spelling, kind) for each spelling of the form kind + head (法治讲座 →
    (专题讲座, 法治), (专项讲座, 法治)…): the spellings a format word gives the same event."""
    out: dict[tuple[str, str], None] = {}
    for a in spellings:
        head = next((h for h in HEADS if a.endswith(h)), "")
        kind = a[: -len(head)] if head else ""
        if len(kind) < 2 or not _HANZI.match(kind) or any(f in kind for f in FORMAT):
            continue
        for f in sorted(FORMAT):
            out[(f + head, kind)] = None
    return tuple(out)


def _mentions(body: str) -> Iterator[tuple[str, int]]:
    """(format + head, where the format word starts): each written one, and each head of a
    list sharing a format written once (「专题讲座、培训」 → 专题培训)."""
    for f in FORMAT:
        for h in HEADS:
            pos = body.find(f + h)
            while pos >= 0:
                yield f + h, pos
                pos = body.find(f + h, pos + 1)
    for m in _LISTED.finditer(body):
        yield m.group(1) + m.group(2), m.start()


def listed_subject(tagged: Tagger, text: str, pos: int) -> str:
    """The subject of a list's head at ``pos`` written bare after a list mark, given once
    before the format of the first head (「安全生产专题讲座、培训」: the 培训 is 安全生产's),
    "" when the head follows no such list."""
    m = _LISTED_BEFORE.search(text, max(0, pos - 8), pos)
    return _subject_before(tagged, text, m.start()) if m else ""


def _subject_before(tagged: Tagger, body: str, pos: int) -> str:
    """The word before the format word starting at ``pos`` (a generic head like 工作 passed:
    「法治建设工作专项培训」 → 建设), "" where a verb or a break stands."""
    found = attached(tagged, body, pos, pos + 2)
    if found in GENERIC_HEADS:
        found = attached(tagged, body, pos - len(found), pos)
    return found


def format_said(
    text: str,
    asked: tuple[str, ...],
    own: tuple[str, ...],
    tagged: Tagger | None,
) -> bool:
    """Does the sentence (below any heading of ``text``) hold the event in a format: a
    spelling asked as such (``asked``: 专题培训) written with a format shared over a list, or
    a format spelling (``format_kinds``) whose kind the sentence names before it, with no other
    subject right before the format word. Never under a negation."""
    if tagged is None:
        return False
    body = text[text.rfind("\n") + 1 :]
    # every mention ``_mentions`` yields ends in a head (讲座, 培训): a sentence naming none
    # holds no event in a format. Most sentences a fan-out scores name none, and the reading
    # (the question's spellings, 15 finds, a list pattern) costs ~13 µs a sentence, asked of
    # 8 000-9 000 sentences of a which-question at 10k reports
    return any(map(body.__contains__, HEADS)) and _format_said(body, asked, own, tagged)


def _format_said(body: str, asked: tuple[str, ...], own: tuple[str, ...], tagged: Tagger) -> bool:
    """``format_said`` of the sentence ``body`` (below its heading)."""
    kinds = format_kinds(asked)
    asked = set(asked)
    others = [w for w in own if len(w) >= 2 and w not in asked]
    asked |= {d + a[2:] for a in asked for d in _DEDICATED if a[:2] in _DEDICATED}
    by_spelling: dict[str, list[str]] = {}
    for spelling, kind in kinds:
        by_spelling.setdefault(spelling, []).append(kind)
    for spelling, pos in _mentions(body):
        if spelling[:2] in asked and not negated(body, pos, pos + len(spelling)):
            return True  # 专题 asked alone (「法治专题培训」): any event set apart for one subject
        wanted = by_spelling.get(spelling, [])
        if spelling not in asked and not wanted:
            continue
        if negated(body, pos, pos + len(spelling)):
            continue
        ends = [m.end() for m in _SENTENCE_END.finditer(body, 0, pos)]
        sentence = body[ends[-1] if ends else 0 : pos]
        found = _subject_before(tagged, body, pos)
        before = body[max(0, pos - 8) : pos]
        lead = body[max(0, pos - 40) : pos]
        for kind in wanted or [""]:
            if kind and kind not in sentence:
                continue  # the format alone: the subject must be written before it
            if found and kind and other_kind(found, kind, own, before, lead, tagged):
                continue  # 「农业技术专项培训」: another subject before the format word
            if (  # 专题培训 asked beside its subject (法治): no other subject before it
                found
                and not kind
                and others
                and all(other_kind(found, w, own, before, lead, tagged) for w in others)
            ):
                continue
            return True
    return False


@lru_cache(maxsize=1024)
def format_strings(spellings: tuple[str, ...]) -> tuple[str, ...]:
    """Every string whose presence may let ``format_said`` find the event in a format (a
    format spelling, or a list sharing one): what a bound from above counts as whole."""
    heads = {s[2:] for s, _ in format_kinds(spellings)}
    heads |= set(HEADS) if any(a in _DEDICATED for a in spellings) else set()
    heads |= {a[2:] for a in spellings if a[:2] in FORMAT and a[2:] in HEADS}
    out = [f + h for f in sorted(FORMAT) for h in HEADS if h in heads]
    out += [
        f + h1 + mark + h
        for f in sorted(FORMAT)
        for h1 in HEADS
        for mark in _MARKS
        for h in HEADS
        if h in heads
    ]
    return tuple(dict.fromkeys(out))


def reads_past(found: str, needle: str) -> bool:
    """The word ``found`` before a mention of ``needle`` says no kind, so the word before it
    does: a rank (党校|重点|课程) always, a format (民法典|专题|讲座) only before an event it is
    the format of (``HEADS``)."""
    return found in RANK or (found in PAST and needle.endswith(HEADS))
