"""A comparison's cells when the question asks how often (「学习X的频次分别怎么写的」「多久开一次」).

A how-often question asks a period or a tally, and the fact path answers one unit with the
sentence spelling the period (``answering.how_often``: 「每季度至少一次专题学习」), else the
year's tally (「开展相关学习4次」). A comparison asks the same of each unit, so each cell must
carry one of them: a unit's first sentence on the deed that states neither (「深入学习贯彻X,
领悟践行…」) is no cell, and the unit's report is read again for the sentence on the deed
that does, a period before a tally, as the fact path prefers it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from answering.cell_reread import Reread, valued_reader
from answering.how_often import asks_how_often, states_period
from retrieval.measures import counts_with
from retrieval.query import Analysis

# the words of a how-often phrase around the deed (「多久…一次」「频率」「隔多久」)
_ASKING = re.compile(
    r"(?:频次|频率|周期|多长|多久|隔|多长时间|时间|一次|一回|一趟|几天|几周|几个月)+"
)
# the year's tally of a routine is counted in occasions (4次, 12场, 6期)
_TALLY = counts_with("次")


def gives_rate(span: str, _chunk: object = None) -> bool:
    """Does a sentence answer how often: a period of a routine, or the year's tally?"""
    return states_period(span) or bool(_TALLY.search(span))


def rate_reader(retriever, analysis: Analysis, text_of: Callable[[str], str]) -> Reread | None:
    """The reader of a unit's how-often cell, or None when the question asks no frequency."""
    if not asks_how_often(analysis.question):
        return None

    def rank(span: str, got: float, alone: float) -> tuple:
        return (states_period(span), got, alone)

    return valued_reader(retriever, analysis, text_of, gives_rate, rank, on_kind=True)


def without_rate_words(analysis: Analysis) -> Analysis:
    """The analysis without the words asking how often (「频率」「多久…一次」): a report writes
    the period (每季度), never the word 频率; the deed inside 「多久学习一次」 stays. Kept when
    they are all it has. A word the tokenizer glued to one character of the deed (「多长时间学
    一次法」 → 多长时间学, 一次法) asks the same: one character is no topic a report is searched
    for, and no report writes the glued word (「没有“多长时间学”的说法」 would be false)."""
    if not asks_how_often(analysis.question):
        return analysis
    kept = tuple(c for c in analysis.concepts if not _asks_only(c.term))
    if not kept or len(kept) == len(analysis.concepts):
        return analysis
    terms = tuple(
        t for t in analysis.search_terms if not _asks_only(t.replace("“", "").replace("”", ""))
    )
    return replace(analysis, concepts=kept, search_terms=terms)


def _asks_only(term: str) -> bool:
    """Is ``term`` a how-often phrase, alone or glued to one character (多长时间学, 一次法)?
    Only a phrase of two characters or more is read glued: 隔离 is no 隔 asked."""
    if _ASKING.fullmatch(term):
        return True
    head, tail = _ASKING.match(term), _ASKING.search(term, 1)
    if head is not None and len(head.group(0)) >= 2 and len(term) - head.end() == 1:
        return True
    return (
        tail is not None
        and tail.start() == 1
        and tail.end() == len(term)
        and len(tail.group(0)) >= 2
    )
