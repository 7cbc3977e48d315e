"""A named thing one unit's reports never write: the unit's report does not tell of it.

A question about one unit's work on a named thing (「龙岗2018年报告里数字人民币试点情况」)
names the thing by a noun compound: the thing (数字人民币) and a work word on it (试点,
建设, 工作). When the unit's reports, read whole, never spell the thing while another
report of the library does (it is a report's word, not the user's own paraphrase, which
``answering.graded`` reads), every sentence the fact path could quote says only the work
word — another 试点 of another thing. Quoting it answers a question nobody asked; the
honest answer is that the unit's report does not mention the thing.

Only a noun glued to another required word of the question (one compound, no 的 between)
that the unit's reports do spell is read so: the quotes would be that word's alone. A word
the library spells nowhere, a holder (领导, 群众) or a verb is left to the other readings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from answering.narrowing import _noun
from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.concept import Concept
from retrieval.holders import is_holder
from retrieval.query import Analysis

_LEAST = 2  # a one-character word is a suffix of its neighbour, not a thing


def _spellings(c: Concept) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s for s in (*c.term.split("/"), *c.alternatives) if s))


def _said(c: Concept, texts: Sequence[str]) -> bool:
    return any(s in t for s in _spellings(c) for t in texts)


def unsaid_thing(
    question: str,
    concepts: Sequence[Concept],
    library_spells: Callable[[Concept], bool],
    unit_texts: Sequence[str],
) -> str:
    """The first required noun of ``question`` that ``unit_texts`` (one unit's reports,
    simplified) never spell, that ``library_spells`` (another report does), and that the
    question glues to a neighbouring required word the unit's reports do spell; "" if none."""
    q = to_simplified(question)
    required = [c for c in concepts if c.required and not c.negated]
    for c in required:
        side = c.term.split("/")[0]
        if len(side) < _LEAST or is_holder(side) or not _noun(side):
            continue
        if _said(c, unit_texts) or not library_spells(c):
            continue
        at = q.find(side)
        if at < 0:
            continue
        glued = [o for o in required if o is not c and _glued(q, at, side, o)]
        if any(_said(o, unit_texts) and not _short(side, o, unit_texts) for o in glued):
            return side
    return ""


def _glued(q: str, at: int, side: str, other: Concept) -> bool:
    """Does ``other`` stand right after ``side`` in ``q``, perhaps past words of ``side``'s
    own compound (数字|人民币|试点: 人民币 glued to 试点)?"""
    after = q[at + len(side) :]
    return any(after.startswith(s) for s in _spellings(other))


def unit_lacks(
    analysis: Analysis,
    judged: Sequence[ReportInfo],
    idf: dict[str, float],
    report_text: Callable[[str], str],
) -> str:
    """The thing the one unit's reports (``judged``, read whole) never write, for the fact
    path to say so; "" when no unit is judged or every thing is written. ``idf``: the
    library's spelled concepts."""
    if not judged:
        return ""
    texts = [to_simplified(report_text(i.report_id)) for i in judged]
    return unsaid_thing(analysis.question, analysis.concepts, lambda c: c.term in idf, texts)


def _short(side: str, other: Concept, texts: Sequence[str]) -> bool:
    """Do ``texts`` write the compound shortened (保障性住房 → 保障房: the thing's first two
    characters and the head's first or last)? Reports shorten compounds so; the thing is then
    said."""
    forms = {side[:2] + s[i] for s in _spellings(other) for i in (0, -1)}
    return any(f in t for f in forms for t in texts)
