"""Sentence selection: the verbatim units an extractive answer is built from.

A quote is always a span of the report text, so everything here works with offsets into the
chunk and converts to report offsets only at the end.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from answering.announced_parts import without_announcement
from answering.count_nearness import (
    BEFORE_BONUS,
    NEAR,
    TIGHT,
    closeness,
    counted_before,
    occurrences,
)
from answering.sentence_cuts import (
    _CLAUSE,
    _ITEM,
    _SENT,
    _TERMINATORS,
    _one_sentence,
    _Read,
    _single,
    _spans,
    _trimmed,
    _whole,
    is_heading,
    is_lead,
    lead_body_end,
)
from reportqa.answer import fmt_number
from reportqa.frozen import quick
from reportqa.text import to_simplified
from reportqa.types import Chunk
from retrieval.deed_amounts import asks_amount
from retrieval.measures import DIGIT_QUANTITY
from retrieval.numerals import as_written, value_of
from retrieval.query import Concept
from retrieval.split_words import split_span

_NUMBER = DIGIT_QUANTITY  # a count with its measure word (宗, 人次, 天次 too)
_HOW_MANY = re.compile(r"多少|几|数量|比例|比率|率|规模|人数|件数|次数|多大|分数|得分")
_MAX_QUOTE = 140
_LEAD_WEIGHT = 0.5  # an item's lead names the topic; a sentence that tells what was done wins


@quick
@dataclass(frozen=True)
class Span:
    start: int  # report offsets
    end: int
    text: str
    score: float


def _sentences_with(text: str, terms: Sequence[str], base: int) -> list[tuple[int, int, str]]:
    """The sentences of ``text`` (as ``_spans(_SENT, …)`` cuts them) that contain one of
    ``terms``, found from the terms' positions: a fan-out over thousands of reports only
    looks at the sentences that can be quoted."""
    starts: dict[int, int] = {}
    original, text = text, to_simplified(text)  # same offsets; terms are simplified
    stops = [ch for ch in _TERMINATORS if ch in text]
    size = len(text)
    if _single(text, stops):
        # one sentence (a fan-out hit is the sentence its judge chose): it is the quote
        # when it holds a term, ending before a line break
        if not any(term in text for term in terms):
            return []
        return _whole(original, text, base)
    for term in terms:
        pos = text.find(term)
        while pos >= 0:
            s = e = -1
            for ch in stops:  # plain loops: this runs for every quote of a large fan-out
                i = text.rfind(ch, 0, pos)
                s = i if i > s else s
                i = text.find(ch, pos)
                e = i if i >= 0 and (e < 0 or i < e) else e
            e = size if e < 0 else e
            starts.setdefault(s + 1, e + 1 if e < size and text[e] != "\n" else e)
            pos = text.find(term, e + 1)  # the rest of this sentence adds nothing
    return _trimmed(original, sorted(starts.items()), base)


def wants_number(question: str) -> bool:
    """多少/几/次数 …, or a deed's amount said as one noun (办案量, ``retrieval.deed_amounts``)."""
    return bool(_HOW_MANY.search(question)) or asks_amount(question)


def score_text(
    text: str, concepts: Sequence[Concept], idf: dict[str, float], number: bool
) -> float:
    """IDF mass of the concepts mentioned; for how-many questions a number with a unit,
    best one standing right after a concept term (「调解员36人」), dominates."""
    return _score_simplified(to_simplified(text), concepts, idf, number)


def _score_simplified(
    text: str, concepts: Sequence[Concept], idf: dict[str, float], number: bool
) -> float:
    """``score_text`` of a text already in simplified characters. Without a number asked
    for, the same sum without the mentions' positions (a which-question scores ~3 000
    quotes with it)."""
    score = 0.0
    if not number:
        contains = text.__contains__
        for c in concepts:
            if any(map(contains, c.alternatives)):
                score += idf.get(c.term, 1.0) * (1.0 if c.required else 0.6)
        return score
    positions: list[int] = []
    starts: list[int] = []
    held: list[Concept] = []
    for c in concepts:
        # every mention: a report names the topic in a plan's title or a list first and
        # counts it at a later mention (「制定学法清单，…开展集体学法活动12次」)
        found = [
            (i, a) for a in c.alternatives if a in text for i in occurrences(text, a, len(text))
        ]
        if found:
            score += idf.get(c.term, 1.0) * (1.0 if c.required else 0.6)
            positions.extend(i + len(a) for i, a in found)
            starts.extend(i for i, _ in found)
            held.append(c)
    if number and score > 0:
        counts = list(_NUMBER.finditer(text))
        if not counts:
            return score * 0.5
        nums = [m.start() for m in counts]
        near = any(0 <= n - p <= NEAR for n in nums for p in positions)
        before = not near and counted_before(text, counts, starts)
        score += 3.0 if near else BEFORE_BONUS if before else 1.0
        if near:
            score += TIGHT * max(closeness(text, n, held) for n in nums)
    return score


_BREAKS = re.compile(r"[、，,；;。]")


def key_number(text: str, concepts: Sequence[Concept], counts=None) -> float | None:
    """The number a comparison is about: the count with a unit closest after a topic term
    (「调处各类矛盾纠纷37起」 → 37, not the 2023 of 「2023年」). ``counts``: the pattern of
    the counts that may answer, when only some do (a score: ``retrieval.scores``)."""
    text = to_simplified(text)
    nums = list((counts or _NUMBER).finditer(text))
    if not nums:
        return None
    found = [(text.find(a), text.find(a) + len(a)) for c in concepts for a in c.alternatives]
    found = [(s, e) for s, e in found if s >= 0]
    # after a topic word, never past an item of a list (「33座市政公厕改造、17个农贸市场」: the
    # 17 counts 农贸市场); before it, a count with its measure word within the clause counts it
    # (「250座公厕」「33座市政公厕」)
    gaps = [
        min(
            [
                m.start() - e
                for _, e in found
                if 0 <= m.start() - e <= 15 and "、" not in text[e : m.start()]
            ]
            + [
                s - m.end()
                for s, _ in found
                if 0 <= s - m.end() <= 4 and not _BREAKS.search(text, m.end(), s)
            ],
            default=99,
        )
        for m in nums
    ]
    # the count standing closest after a topic word: 「服务中心及9个村级服务站…受理办件
    # 18 436件」 counts 办件, not 服务站; the first count when none stands after one
    chosen = nums[gaps.index(min(gaps))] if min(gaps) < 99 else nums[0]
    return value_of(chosen.group(0))  # 「10 790件」 is 10790


# a currency other than 元 is written in two characters (427亿美元): read whole, it is its own
# measure — cut to 美 it was shown as 「427亿美」 and ranked against 亿元
_AFTER_FIGURE = r"\s*([万亿千]?)(?:余|多)?((?:美元|港元|欧元|日元|英镑)|[\u4e00-\u9fff]?)"


def figure_words(text: str, number: float | None) -> tuple[str, str]:
    """(multiplier, measure word) right after ``number`` where ``text`` writes it:
    「调处纠纷37起」 → ("", "起"), 「发放资料2.5万份」 → ("万", "份")."""
    if number is None:
        return "", ""
    text = to_simplified(text)  # 15場 is 15场: one measure word whatever the script
    m = re.search(
        r"(?<![\d.])" + as_written(fmt_number(number)) + r"(?![\d.]\d)" + _AFTER_FIGURE, text
    )
    return (m.group(1), m.group(2)) if m else ("", "")


def enumerated_items(chunk: Chunk, limit: int = 5) -> list[Span]:
    """The lead sentences of 「一是…二是…」 / 「（一）…」 items: the answer to 「存在哪些问题」."""
    out = []
    for s, e, text in _spans(_SENT, chunk.text, chunk.start):
        if _ITEM.match(text) and not is_heading(text):
            out.append(Span(s, e, text, 1.0))
    return out[:limit]


class Picker:
    """``best_sentences`` for one ask: what depends on the question alone (the required
    concepts' spellings, each concept's weight, whether a number is asked for) is made once,
    not once per quoted unit (~3 000 per which-question at 10 000 reports). ``content``: the
    quote tells what the report says of the topic, so a clause announcing the report's parts
    is not read (``announced_parts``); a which-answer's quote shows a report has the part."""

    def __init__(
        self, concepts: Sequence[Concept], idf: dict[str, float], question: str, content=True
    ):
        self.concepts, self.idf, self.content = concepts, idf, content
        self.number = wants_number(question)
        self.required = [c for c in concepts if c.required]
        self.alts = [a for c in self.required for a in c.alternatives]

    def __call__(
        self, chunk: Chunk, limit: int = 1, trim: bool = True, cut: bool = False
    ) -> list[Span]:
        """``cut``: the chunk is a sentence fan-out cut out (kept per index version), read
        once per record (``sentence_cuts._one_sentence``); a chunk of the library is read
        afresh (looking it up would cost more than it saves on a small library)."""
        concepts, idf, number, alts = self.concepts, self.idf, self.number, self.alts
        found = []
        one = _one_sentence(chunk) if cut and self.required else None
        read: Iterable[_Read]
        if one is not None:  # what ``_sentences_with`` cuts from it, read once
            read = one[1] if any(map(one[0].__contains__, alts)) else ()
        else:
            sentences = (
                _sentences_with(chunk.text, alts, chunk.start)
                if self.required
                else _spans(_SENT, chunk.text, chunk.start)
            )
            read = ((s, e, t, to_simplified(t), is_heading(t), None) for s, e, t in sentences)
        for s, e, text, plain, heading, lead in read:
            if heading:
                continue
            # 「现将…2022年工作计划报告如下」 names the plan and tells none of it
            rest = without_announcement(plain) if self.content else None
            plain = plain if rest is None else rest
            if self.required and not any(map(plain.__contains__, alts)):
                continue  # a quote must carry the topic, not just a verb of the question
            sc = _score_simplified(plain, concepts, idf, number)
            if sc > 0:
                if lead is None:
                    lead = is_lead(text)
                found.append(Span(s, e, text, sc * (_LEAD_WEIGHT if lead else 1.0)))
        if len(found) > 1:
            found.sort(key=lambda sp: (-sp.score, sp.start))
        if not trim:
            return [_with_body(sp, chunk) for sp in found[:limit]]
        return [_with_body(_trim(sp, concepts, idf, number), chunk) for sp in found[:limit]]


def _with_body(span: Span, chunk: Chunk) -> Span:
    """An item's lead quoted with the body sentence after it (``lead_body_end``)."""
    if not is_lead(span.text):
        return span
    s = span.start - chunk.start
    e = lead_body_end(chunk.text, s, span.end - chunk.start)
    if e == span.end - chunk.start:
        return span
    return Span(span.start, chunk.start + e, chunk.text[s:e], span.score)


def best_sentences(
    chunk: Chunk,
    concepts: Sequence[Concept],
    idf: dict[str, float],
    question: str,
    limit: int = 1,
    trim: bool = True,
) -> list[Span]:
    """The chunk's best sentences for the question, trimmed to the clauses that carry it
    (whole when ``trim`` is off: a name asked for may stand in another clause)."""
    return Picker(concepts, idf, question)(chunk, limit, trim)


def heading_led(chunk: Chunk, concepts: Sequence[Concept], idf: dict[str, float]) -> list[Span]:
    """The sentences standing under a sub-heading that names the topic (「（五）普法宣传」 then
    「开展送法下乡活动15场…」): the report tells how the topic was done there without naming it
    again, so such a sentence answers 「X是怎么做的」 as well as one that repeats X."""
    required = [c for c in concepts if c.required] or list(concepts)
    out: list[Span] = []
    heading = ""
    at = 0
    for line in chunk.text.split("\n"):
        start, at = at, at + len(line) + 1
        text = line.strip()
        if not text:
            continue
        if is_heading(text):
            heading = to_simplified(text)
            continue
        if not heading or not any(a in heading for c in required for a in c.alternatives):
            continue
        for s, e, sentence in _spans(_SENT, line, chunk.start + start):
            if is_heading(sentence) or is_lead(sentence):
                continue
            sc = score_text(f"{heading} {sentence}", concepts, idf, False)
            out.append(Span(s, e, sentence, sc))
    return out


def whole_span(
    chunk: Chunk, concepts: Sequence[Concept], idf: dict[str, float], question: str
) -> Span | None:
    """The whole chunk as one quote (a sentence the evidence judge chose), trimmed."""
    spans = _trimmed(chunk.text, [(0, len(chunk.text))], chunk.start)
    if not spans:
        return None
    s, e, text = spans[0]
    return _trim(Span(s, e, text, 1.0), concepts, idf, wants_number(question))


def _apart(text: str, concepts: Sequence[Concept]) -> bool:
    """Some concept spelled apart in ``text`` (``retrieval.split_words``)."""
    return any(split_span(text, a) for c in concepts for a in c.alternatives)


def _trim(span: Span, concepts: Sequence[Concept], idf: dict[str, float], number: bool) -> Span:
    """Long sentences shrink to the run of clauses around the best-scoring clause."""
    if len(span.text) <= _MAX_QUOTE:
        return span
    clauses = _spans(_CLAUSE, span.text, span.start)
    if not clauses:
        return Span(span.start, span.start + _MAX_QUOTE, span.text[:_MAX_QUOTE], span.score)
    scores = [score_text(t, concepts, idf, number) for _, _, t in clauses]
    if not any(scores):  # a need the judge met spelled apart or in a list (法治课堂进…、进校园)
        scores = [float(_apart(to_simplified(t), concepts)) for _, _, t in clauses]
    best = max(range(len(clauses)), key=lambda i: (scores[i], -i))
    lo = hi = best
    while True:
        grown = False
        for step in (1, -1):
            edge = hi if step > 0 else lo
            # the next clause on the topic, across at most one clause that is not
            # (「专题学法3次，参加中心组学习会10次，集体学法23次」 stays one quote)
            for cand in (edge + step, edge + 2 * step):
                if 0 <= cand < len(clauses) and scores[cand] > 0:
                    s = clauses[min(lo, cand)][0]
                    e = clauses[max(hi, cand)][1]
                    if e - s <= _MAX_QUOTE:
                        lo, hi = min(lo, cand), max(hi, cand)
                        grown = True
                    break
        if not grown:
            break
    s, e = clauses[lo][0], clauses[hi][1]
    offset = s - span.start
    return Span(s, e, span.text[offset : offset + (e - s)], span.score)


_FOLLOW_MAX = 200  # the topic's sentence and the one carrying its figures, quoted together


def with_figures(span: Span, text_of: Callable[[], str]) -> Span | None:
    """「加大对法律法规知识的宣传力度，……走村入户。共发放宣传资料300份，悬挂横幅12条。」: a
    report names the topic in one sentence and gives its figures in the next, without
    repeating the topic. When ``span`` (a sentence of the report ``text``) has no count,
    the next sentence of the same paragraph that has one continues it: the two are quoted
    together (or the figures alone when too long). A new numbered item or heading starts
    another topic, so its numbers never join. None when the paragraph has no such sentence.
    ``text_of``: the report's text, read only when the sentence has no count."""
    if _NUMBER.search(to_simplified(span.text)):
        return None
    text = text_of()
    at = span.end
    while at < len(text) and text[at] in " \t\u3000":
        at += 1
    if at >= len(text) or text[at] == "\n":
        return None
    m = _SENT.match(text, at)
    if not m:
        return None
    nxt = m.group(0).strip()
    if _ITEM.match(nxt) or is_heading(nxt) or not _NUMBER.search(to_simplified(nxt)):
        return None
    end = at + len(m.group(0).rstrip())
    if end - span.start <= _FOLLOW_MAX:
        return Span(span.start, end, text[span.start : end], span.score)
    return Span(at, end, text[at:end], span.score)
