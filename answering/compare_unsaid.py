"""A comparison of named units decided by a word none of their reports writes: read on the rest.

A user compares named units in their own words (「出了成绩」「请第三方」); a required word no
report compared spells makes every cell 「未提及」 by itself, and the answer names no unit although
each unit's report says the practice asked in the genre's words. That is the which-question's
case (``answering.unsaid_words``, ``answering.graded``) and is read the same way, under the same
conditions: when the spelled practice words are at least two and the larger part of the
question (``graded.gradable``), no means, narrowing or named thing is left out, the comparison
is answered on the spelled words, and a typed ``Unsaid`` block says which words no report
writes and which the cells rest on. Otherwise the all-「未提及」 table stands — and always when
the comparison picks a unit by a measure (「哪个广场面积最大」「谁更多」): the unwritten word is
then what ranks, and cells without it rank nothing.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from answering import compare
from answering.graded import core_of, gradable, means, named_thing
from answering.narrowing import narrowing
from answering.unsaid_words import said_words, unsaid
from reportqa.answer import Answer, Unsaid
from retrieval.more_of_two import plain_ranking

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters
    from retrieval.query import Analysis

log = logging.getLogger(__name__)

_ABSENT = "未提及"
# a pick by degree: 最大, 更多, 较高, never the 较 of 比较 (``plain_ranking`` reads 「谁多」)
_RANKS = re.compile(r"(?:最|更|(?<!比)较)[多少大小高低长短好快强广早晚]")


def answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer:
    """``compare.answer``, read again on the spelled words when an unspelled one left every
    named unit's cell 「未提及」."""
    got = compare.answer(ctx, analysis, filters)
    if len(analysis.townships) < 2 or not _silent(got):
        return got
    if _RANKS.search(analysis.question) or plain_ranking(analysis.question):
        return got  # the unwritten word is the measure that ranks
    idf = ctx.retriever.concept_idf(analysis, filters)
    words = unsaid(analysis, idf)
    core = core_of(analysis, idf)
    if not gradable(core, words) or means(analysis.question, words) or named_thing(words):
        return got
    if narrowing(analysis.question, words, core):
        return got
    reduced = replace(analysis, concepts=tuple(c for c in analysis.concepts if c not in words))
    again = compare.answer(ctx, reduced, filters)
    if _silent(again):
        return got
    log.debug("compare read on %s without %s", [c.term for c in core], [c.term for c in words])
    note = Unsaid(said_words(words), read_by=tuple(c.term for c in core))
    return replace(again, body=(again.body[0], note, *again.body[1:]))


def _silent(got: Answer) -> bool:
    return got.compare is None or all(r.value == _ABSENT for r in got.compare.rows)
