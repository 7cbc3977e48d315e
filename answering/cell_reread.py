"""A named unit's report re-read for the sentence that counts in the measure a comparison asks.

When a comparison's first cell for a unit gives no count in the asked measure (「开展活动15场」
for 「覆盖了多少人次」) or none was found, the unit's report may still say it in other words:
「常务会学法活动4次」 for 「政府常务会上学法学了几回」, 「会前学法21次」 for 「县里领导学习法治
多少次」. The first search judges a sentence by the concepts' coverage (full spellings,
compound parts at half weight, synonyms, a head noun of another kind refused), so the
re-reading uses that same judge (``retrieval.evidence``) at the same bar, and adds what the
first search did not require: a count in the asked measure's class that is no count of the
topic's own things. Two facts of reports make it read as a user means:

- who did it never decides what was done (``retrieval.holders``): a unit's report names its
  own government, leaders and villages everywhere and often not in the sentence that counts
  the deed (「常务会学法4次」 in a 政府's report is the 政府常务会), so holder words leave the
  need when a word of the deed stays;
- reports write the study of law 学法 (会前学法, 常务会学法; ``retrieval.law_study``): a
  question's 学习法治 / 学习法律 is that word.

A sentence is also read under its section heading: reports name a topic once in a heading
and count it in the sentences below (「（三）普法宣传」 … 「全年开展12场集中宣传活动」). Of
sentences scoring alike, the one holding more of the topic itself wins, then one counting
in the asked measure word itself rather than the general 个.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from answering.cell_measure import answers_measure
from answering.own_counts import counts_own_things
from answering.sentence_cuts import is_heading
from answering.sentences import Span
from answering.unit_value import chunk_at
from answering.valued import spans_of, stripped
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.concept import Concept
from retrieval.evidence import SUPPORT, Score, library_needs
from retrieval.holders import is_holder
from retrieval.measures import counts_with, how_many, is_measure_word
from retrieval.query import Analysis

log = logging.getLogger(__name__)

Cell = Callable[[ReportInfo], "tuple[Chunk, Span] | None"]
# 学习 then the law as its object (学习法治, 学习了法律); the law is its own concept only when
# the segmenter read no longer noun (学习法治思想 keeps 法治思想, another thing)
_LAW_STUDY = re.compile(r"学习(?:了|过)?(法律法规|法律知识|法治|法律|法规)")
_STUDY = Concept("学法", ("学法", "学习法律", "法治学习", "法律学习"), True)


@dataclass(frozen=True)
class Reread:
    """``cell``: a unit's cell read from its report; ``on_topic``: does a first cell's
    quote hold the deed as this reader's judge wants it (a sentence the judge refuses is
    read again)."""

    cell: Cell
    on_topic: Callable[[str], bool]


def measured_reader(
    retriever, analysis: Analysis, measure: str, text_of: Callable[[str], str]
) -> Reread | None:
    """The reader of a unit's cell in ``measure`` (``retriever``: the library's hybrid
    retriever, for its tokenizer and report frequencies), or None when no measure is asked."""
    if not measure:
        return None
    counts = counts_with(measure)

    def carries(span: str, _chunk: Chunk | None = None) -> bool:  # 21个服务站 for 「多少件」
        return bool(counts.search(span)) and not counts_own_things(span, measure, analysis.concepts)

    return valued_reader(
        retriever,
        analysis,
        text_of,
        carries,
        lambda span, got, alone: (got, alone, measure in span),
    )


Rank = Callable[[str, float, float], tuple]


def valued_reader(
    retriever,
    analysis: Analysis,
    text_of: Callable[[str], str],
    carries: Callable[[str, Chunk | None], bool],
    rank: Rank,
    on_kind: bool = False,
) -> Reread | None:
    """The reader of a unit's cell of any value kind: the sentence of the unit's report on
    the deed (at the judge's bar, read with its heading) that ``carries`` a value of the kind
    asked (read with its passage: the part of the report it stands in), the best by
    ``rank(span, score with heading, score alone)``; ``on_kind``: a first cell is on the
    topic only when it carries such a value too (a rate asked: a sentence on the deed
    without one is read again). None when the question leaves no need."""
    concepts = deed_concepts(analysis)
    lib = retriever.lib
    needs = library_needs(retriever, concepts, analysis.question, analysis.quoted)
    if not needs:
        return None
    score = Score(needs)

    def cell(info: ReportInfo) -> tuple[Chunk, Span] | None:
        original = text_of(info.report_id)
        text = to_simplified(original)
        chunks = [c for c in lib.chunks if c.report_id == info.report_id]
        best: tuple[tuple, int, int, float] | None = None
        for s, e in spans_of(text):
            span = text[s:e]
            if is_heading(span.strip()):
                continue
            chunk = chunk_at(chunks, info.report_id, s)
            if not carries(span, chunk):
                continue
            heading = to_simplified(chunk.section_path[-1]) if chunk and chunk.section_path else ""
            alone = score(span)
            got = max(alone, score(f"{heading}\n{span}") if heading else 0.0)
            key = rank(span, got, alone)
            if got >= SUPPORT and (best is None or key > best[0]):
                best = (key, s, e, got)
        if best is None:
            return None
        _, s, e, got = best
        chunk = chunk_at(chunks, info.report_id, s)
        if chunk is None:
            return None
        lo, hi = stripped(original, s, e)
        log.debug("re-read %s (%.2f): %s", info.township, got, original[lo:hi])
        return chunk, Span(lo, hi, original[lo:hi], got)

    def on_topic(quote: str) -> bool:
        t = to_simplified(quote)
        return score(t) >= SUPPORT and (not on_kind or carries(t, None))

    return Reread(cell, on_topic)


def deed_concepts(analysis: Analysis) -> list[Concept]:
    """The concepts of what was done: 学习 with the law after it read as 学法, holder words
    (政府, 领导, 村) left out while a word of the deed stays; measure words never count."""
    q = to_simplified(analysis.question)
    out = [c for c in analysis.concepts if not is_measure_word(c.term)]
    study = _LAW_STUDY.search(q)
    terms = {c.term for c in out}
    if study and study.group(1) in terms:  # 学习 may have left as a word no report spells
        law = study.group(1)
        at = next((i for i, c in enumerate(out) if c.term == "学习"), 0)
        out = [c for c in out if c.term not in ("学习", law)]
        out.insert(min(at, len(out)), replace(_STUDY))
    deeds = [c for c in out if not is_holder(c.term)]
    return deeds if any(c.required for c in deeds) else out


def wrong_count(text: str, measure: str, concepts: Sequence[Concept]) -> bool:
    """Does a first cell count in another measure than the asked one (15场 for 「多少人次」,
    21个服务站 for 「办了多少件」)? A sentence with no count, or a share only (100%), is on
    the topic without a number and stays a cell: better than a false 「未提及」."""
    t = to_simplified(text)
    counted = [m for m in how_many().finditer(t) if m.group(0).rstrip()[-1] not in "%％"]
    return bool(counted) and not answers_measure(t, measure, concepts)
