"""A comparison's cells when the question asks which place each unit's work is tied to.

「广西扶贫协作，坪山、盐田、龙岗分别对的哪个县」: the value asked is a place's name (a 县, a 市),
and a place the question names beside the thing that is none of the units compared (广西) says
which of the unit's ties is meant. A district's report writes several of them (「精准扶贫、对口帮扶、
扶贫协作等工作成效显著」 in its review, 「抓好对东源县的结对帮扶」 for its province's partner, 「继续开
展与广西百色市凌云县、乐业县对口扶贫协作」 for the one asked): only the sentence naming the region
said, and a place of the rank asked, answers. So a cell lacking the region is replaced by the
unit's own sentence that holds every word of the thing, the region and a place of the rank
(else the region alone: 「广西田东扶贫协作」 names its county bare); with no such sentence the cell found stays (its report may name the partner otherwise), and a
question naming no region beyond the units is left alone (nothing tells one tie from another).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.sentences import Span
from answering.unit_value import chunk_at
from reportqa.types import Chunk, ReportInfo
from retrieval.query import Analysis

Tagger = Callable[[str], list[tuple[str, str]]]

# 「哪个县」「哪些市」「哪几个县」「对的什么县」: a place of that rank is the value asked
_ASKED_RANK = re.compile(r"(?:哪|什么)(?:个|些|几个|一个)?(省|市|县|区|州|盟|旗|镇|乡|村)")
# a sentence of a report: its own claim, cut where a report ends one
_SENTENCE = re.compile(r"[^。；！？\n]+[。；！？]?")
# a place of the rank is a proper name before the rank word (凌云县, 百色市); a word of a kind
# before it names a class of places (贫困县, 示范县), a pronoun or a quantity every place (全县,
# 本市, 各镇, 两县), not one place
_CLASS_OF_PLACES = re.compile(
    r"[全本该我各每两一多此县市区镇乡村]|贫困|示范|重点|对口|帮扶|结对|试点"
)


def asked_rank(question: str) -> str:
    """The rank of the place asked (「哪个县」: 县), or ''."""
    m = _ASKED_RANK.search(question)
    return m.group(1) if m else ""


def names_rank(text: str, rank: str) -> bool:
    """Does the sentence name one place of the rank (凌云县), not a class of them (贫困县)?"""
    # the rank word heading a word of its own (县委, 县级, 县域, 市直) is no place's name
    for m in re.finditer(re.escape(rank) + r"(?![委级域城直属长])", text):
        before = text[max(0, m.start() - 2) : m.start()]
        if len(before) == 2 and not _CLASS_OF_PLACES.search(before):
            return True
    return False


def region_words(analysis: Analysis, tagged: Tagger) -> list[str]:
    """The places the question names that are none of the units it compares (广西 of
    「广西扶贫协作，坪山、盐田…」): words tagged as places, of two characters or more, that no
    unit's name holds (坪山 of 坪山区 is the unit itself)."""
    units = (*analysis.townships, *analysis.counties)
    out = []
    for word, flag in tagged(analysis.question):
        if not flag.startswith("ns") or len(word) < 2:
            continue
        if any(word in u or u in word for u in units):
            continue
        out.append(word)
    return list(dict.fromkeys(out))


def place_reader(
    analysis: Analysis,
    tagged: Tagger,
    text_of: Callable[[str], str],
    chunks: Callable[[], Sequence[Chunk]],
) -> Callable | None:
    """The mender of a named unit's cell, (found, info) → found, or None when the question
    asks no place of a rank beside a region it names."""
    rank = asked_rank(analysis.question)
    regions = region_words(analysis, tagged) if rank else []
    if not regions:
        return None
    words = [(c.term, *c.alternatives) for c in analysis.concepts]

    def answers(text: str, named: bool) -> bool:
        if not all(r in text for r in regions) or (named and not names_rank(text, rank)):
            return False
        return all(any(a in text for a in alts) for alts in words)

    def mend(found, info: ReportInfo):
        if found is not None and all(r in found[1].text for r in regions):
            return found  # the region asked is in the cell: the tie meant
        text = text_of(info.report_id)
        # a sentence naming a place of the rank first; else one with the region alone (「广西
        # 田东扶贫协作」 names the county without its rank word)
        cut = list(_SENTENCE.finditer(text))
        for m in [m for named in (True, False) for m in cut if answers(m.group(0), named)]:
            said = m.group(0).strip()
            start = m.start() + m.group(0).index(said)
            chunk = chunk_at(chunks(), info.report_id, start)
            if chunk is not None:
                return chunk, Span(start, start + len(said), said, 1.0)
        return found

    return mend
