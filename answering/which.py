"""Which-questions (「哪些乡镇…」): every report in scope judged on its own evidence, so the
answer lists every unit whose report says it and names those whose reports do not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from answering.denied import undenied
from answering.lacked import unlacked
from answering.near import near_answer, near_reading
from answering.negated_which import negated_answer
from answering.own_section import own_section_answer
from answering.part_which import part_answer
from answering.post_named import asked_post, with_name, without_name_words
from answering.undone import undone
from answering.unsaid_words import narrowed, said_words, unsaid, unsaid_answer
from answering.which_compose import compose_which
from reportqa.answer import Answer, Unsaid
from reportqa.text import to_simplified
from reportqa.types import ReportEvidence
from retrieval.asked_counts import counts_pattern
from retrieval.counts_near import counts_need
from retrieval.evidence import Need
from retrieval.polarity import is_reversing, positive
from retrieval.query import Analysis

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters


def answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer:
    """The entry point of this kind (``answering.kinds.answerers``)."""
    plain = positive(analysis.question)  # 「哪些乡镇没有开展X」: its own answer (``polarity``)
    if plain is not None and not analysis.number:
        read = _scoped_as_asked(ctx, analysis, ctx.retriever.analyze(plain))
        if any(c.required for c in read.concepts):
            return negated_answer(ctx, analysis, read, filters)
    parted = part_answer(ctx, analysis, filters)  # 「哪些报告写了存在的问题」: a part had
    if parted is not None:
        return parted
    sectioned = own_section_answer(ctx, analysis, filters)  # 「把X单独列成一大块」: a heading
    if sectioned is not None:
        return sectioned
    post = asked_post(analysis.question)  # 「写了书记名字的」: a name after the post
    analysis = without_name_words(analysis) if post else analysis
    idf = ctx.retriever.concept_idf(analysis, filters)
    evidence = ctx.retriever.fan_out(analysis, filters)
    evidence = undenied(ctx, analysis, filters, evidence)  # 「不干预」 is no 干预 (``denied``)
    evidence = unlacked(ctx, analysis, filters, evidence)  # 「尚未聘请X」: no X (``lacked``)
    evidence = undone(ctx, analysis, filters, evidence)  # 起步较晚，尚未…; 2022年实现 (``undone``)
    if analysis.number:
        evidence = [_with_count(ctx, analysis, filters, ev) for ev in evidence]
    elif post:
        evidence = [with_name(ctx, analysis, filters, ev, post) for ev in evidence]
    got = compose_which(analysis, evidence, idf)
    if got.townships and not analysis.number and narrowed(analysis, idf):
        # the judge passed reports on the broad practice: 「双语的宪法宣誓」 is not 宪法宣誓
        none = [replace(ev, supported=False) for ev in evidence]
        got = compose_which(analysis, none, idf)
    if got.townships or analysis.number or not evidence:
        return got
    words = unsaid(analysis, idf)
    if any(is_reversing(c.term) for c in words):  # 放弃X unsaid: without it, the opposite
        return replace(got, body=(got.body[0], Unsaid(said_words(words)), *got.body[1:]))
    told = unsaid_answer(ctx, analysis, filters, evidence, idf, got)  # 「没有“X”这个说法」
    if told is not None:
        return told
    near = near_reading(ctx, analysis, filters, idf)  # 「没有」: what says all of it but one word
    return near_answer(analysis, near, evidence, idf) if near else got


def _scoped_as_asked(ctx: Context, analysis: Analysis, plain: Analysis) -> Analysis:
    """The positive reading of a negated question without the words its asked reading took
    out as scope. The question is read again from its text, so a region or place said as the
    scope of the units (「北京和深圳的街道里，哪些还没提到述法」) would come back as words a
    report must write, and every unit would read as silent; what the question's own reading
    left out of the need stays out of this one."""
    gone = {c.term for c in ctx.retriever.analyze(analysis.question).concepts}
    gone -= {c.term for c in analysis.concepts}
    if not gone:
        return plain
    return replace(plain, concepts=tuple(c for c in plain.concepts if c.term not in gone))


def _counted(ev: ReportEvidence, needs: Sequence[Need], counts: re.Pattern) -> ReportEvidence:
    hits = tuple(h for h in ev.hits if counts_need(to_simplified(h.chunk.text), needs, counts))
    return replace(ev, hits=hits, supported=bool(hits))


def _with_count(
    ctx: Context, analysis: Analysis, filters: Filters, ev: ReportEvidence
) -> ReportEvidence:
    """「哪几份报告给出了X的具体数字」: a report answers only with a sentence that gives a count
    of X (``retrieval.evidence.counts_need``); one that names X without a number does not. A
    report judged on its first supporting sentence alone is read again by itself, so a count
    further on is found."""
    if not ev.supported:
        return ev
    needs = [Need(c, tuple(c.alternatives), (), 1.0) for c in analysis.concepts]
    # 「有多少人持有X」: a number in the measure asked (``retrieval.asked_counts``)
    counts = counts_pattern(analysis.question, ctx.retriever.lib.tokenizer.words)
    got = _counted(ev, needs, counts)
    if got.supported:
        return got
    alone = replace(filters, report_ids=(ev.info.report_id,))
    again = [e for e in ctx.retriever.fan_out(analysis, alone) if e.info == ev.info]
    return _counted(again[0], needs, counts) if again else got


__all__ = ["answer", "compose_which"]
