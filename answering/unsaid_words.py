"""An empty which-answer decided by a word no report in scope writes: say which word.

A required word of the question that no report in scope spells (nor any distinctive part of it)
makes every report 「未提及」 by itself. The reader cannot tell that from a library that lacks the
practice — and most often it is the user's own word for a thing the reports name otherwise
(官司 for 诉讼, 法院听审案子 for 旁听庭审). So the answer names the word: 「报告中没有“X”这个说法」,
and when the rest of the question still holds two required words of the practice (qa38's "two
must stay"; a holder such as 领导 or a soft verb such as 开展 names no practice:
``retrieval.holders``) and some report says that rest in one sentence, those reports are shown
as a **near reading** — related citations (``Role.RELATED``), never units of the answer — so the
reader can judge whether the reports' word is theirs. The answer's own units stay none — unless
the spelled rest is the question's practice and the larger part of it, said in full in one
sentence: then ``answering.graded`` answers with those units, and says on which words.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from answering.graded import core_of, graded_answer, graded_reading
from answering.lure_words import conditioned
from answering.narrowing import narrowing
from answering.near import FEWEST, Near, near_answer
from reportqa.answer import Answer, Unsaid
from reportqa.types import ReportEvidence
from retrieval.clause_examples import said_through_examples
from retrieval.concept import Concept
from retrieval.holders import is_holder
from retrieval.query import Analysis

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters

log = logging.getLogger(__name__)


def unsaid(analysis: Analysis, idf: dict[str, float]) -> tuple[Concept, ...]:
    """The required concepts no report in scope spells (``idf`` holds only spelled ones), but
    for those the user's spelled examples stand for (``retrieval.clause_examples``)."""
    through = said_through_examples(analysis.concepts, idf)
    return tuple(
        c for c in analysis.concepts if c.required and c.term not in idf and c.term not in through
    )


def unsaid_soft(analysis: Analysis, idf: dict[str, float]) -> tuple[Concept, ...]:
    """The concepts that are not required (a verb, a time frame: 出台前, 答卷) and that no
    report in scope spells, nor any of their spellings. Such a word still weighs as the
    rarest term in the evidence judge (IDF of a word no report has), so a sentence that says
    every required word of the question falls short of ``SUPPORT`` for a word that tells no
    report apart — the same user's wording as an unsaid required word, and read the same way
    (``answering.graded``), never silently dropped."""
    through = said_through_examples(analysis.concepts, idf)
    return tuple(
        c
        for c in analysis.concepts
        if not c.required
        and c.term not in idf
        and c.term not in analysis.quoted
        and c.term not in through
    )


def narrowed(analysis: Analysis, idf: dict[str, float]) -> tuple[str, ...]:
    """The unspelled required words the question marks as narrowing its practice (an
    audience after 面向/针对, a channel 在X上, a form X版, an attributive noun with 的):
    reports that write only the broad practice do not answer it, however many of its
    words they carry. Only marked attributives: a bare noun before a verb is as often its
    subject or object (「听两院汇报」), and the strict reading already holds there."""
    words = unsaid(analysis, idf)
    got = narrowing(analysis.question, words, core_of(analysis, idf), marked=True) if words else ()
    # a means or a calendar time no report spells, tagged no noun (用VR, 周末): ``lure_words``
    soft = conditioned(analysis.question, unsaid_soft(analysis, idf))
    return (*got, *(w for w in soft if w not in got))


def said_words(words: Sequence[Concept]) -> tuple[str, ...]:
    """The words as the answer names them: each side of 「A或者B」 apart, once."""
    return tuple(dict.fromkeys(w for c in words for w in c.term.split("/")))


def _rest(ctx: Context, analysis: Analysis, filters: Filters, words: Sequence[Concept]):
    """The reading without ``words``, when two required words of the practice are left, and
    the reports that support it; else None."""
    left = tuple(c for c in analysis.concepts if c not in words)
    # qa38's measure: two concepts must stay for a reading to be one of the question — here
    # two required words of the practice (a soft verb 开展 or a holder 领导 names no practice);
    # 「给法律顾问发了奖金」 leaves 法律顾问 alone, 「开展普法剧本杀」 普法 alone: no near reading
    if sum(1 for c in left if c.required and not is_holder(c.term)) < FEWEST - 1:
        return None
    reduced = replace(analysis, concepts=left)
    evidence = tuple(e for e in ctx.retriever.fan_out(reduced, filters) if e.supported)
    if not evidence:
        return None
    log.debug("near reading without the unsaid %s: %d reports", words, len(evidence))
    gone = Concept("、".join(c.term for c in words), (), True)
    return Near(gone, reduced, evidence)


def unsaid_answer(
    ctx: Context,
    analysis: Analysis,
    filters: Filters,
    evidence: Sequence[ReportEvidence],
    idf: dict[str, float],
    empty: Answer,
) -> Answer | None:
    """``empty`` (no unit answers) told again when unspelled words decide it; None when every
    required word is spelled (then the near reading of ``answering.near`` may apply)."""
    words = unsaid(analysis, idf)
    if not words:
        return _soft_answer(ctx, analysis, filters, evidence, idf)
    graded = graded_reading(ctx, analysis, filters, idf, words)  # the spelled core answers
    if graded is not None:
        return graded_answer(analysis, graded, evidence, idf, said_words(words))
    note = Unsaid(said_words(words))
    near = _rest(ctx, analysis, filters, words)
    got = near_answer(analysis, near, evidence, idf) if near else empty
    return replace(got, body=(got.body[0], note, *got.body[1:]))


def _soft_answer(
    ctx: Context,
    analysis: Analysis,
    filters: Filters,
    evidence: Sequence[ReportEvidence],
    idf: dict[str, float],
) -> Answer | None:
    """Every required word spelled, and the strict reading still empty: when a word that is
    not required and no report spells (``unsaid_soft``) kept every sentence under the line,
    the graded reading without it answers — under all of its conditions (a two-word core,
    the larger part of the question, both words in the quoted sentence, no means or narrowing
    word left out) — and the answer names the word. Else None: the near reading may apply."""
    words = unsaid_soft(analysis, idf)
    if not words:
        return None
    graded = graded_reading(ctx, analysis, filters, idf, words)
    if graded is None:
        return None
    return graded_answer(analysis, graded, evidence, idf, said_words(words))


def with_readings(answer: Answer, analysis: Analysis) -> Answer:
    """``answer`` saying which library word each unspelled word of the question was read as
    (``Analysis.readings``: 发誓 → 宣誓): the answer searched a word the user did not say, so
    it must say so — as a typed block every renderer shows — whatever it found."""
    if not analysis.readings or not answer.body:
        return answer
    words, read_as = zip(*analysis.readings, strict=True)
    note = Unsaid(tuple(words), read_as=tuple(read_as))
    return replace(answer, body=(answer.body[0], note, *answer.body[1:]))
