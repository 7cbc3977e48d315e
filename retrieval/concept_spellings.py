"""The spellings a concept of the question is searched by: the word, its synonyms, its
core without a generic head, and the campaign names 「X进Y」 is written with.

Why its own room: the question reader decides *which* concepts a question asks; how each is
spelled in reports is one fact about reports (「禁毒工作」 is written 禁毒, 党委会议 党委会,
法治进校园 送法进学校) shared by every reading rule, so it lives apart from them.
"""

from __future__ import annotations

from collections.abc import Mapping

from retrieval.coded_names import word_spellings
from retrieval.legal_spellings import legal_variants
from retrieval.locatives import meeting_spellings
from retrieval.phrases import PLACES
from retrieval.reducing_verbs import reducing_spellings
from retrieval.vocabulary import GENERIC_HEADS

Synonyms = Mapping[str, tuple[str, ...]]


def word_alternatives(syn: Synonyms, word: str) -> tuple[str, ...]:
    """The word, its synonyms, and for 「禁毒工作」-style terms with a generic head the
    specific part (禁毒) — a report says 禁毒宣传 or 禁毒 without 工作."""
    alts = [word, *syn.get(word, ()), *legal_variants(word)]  # 法制宣传 ~ 法治宣传
    for head in GENERIC_HEADS:
        if word.endswith(head) and len(word) - len(head) >= 2:
            core = word[: -len(head)]
            alts.extend([core, *syn.get(core, ())])
    alts.extend(meeting_spellings(word))  # 党委会议 ~ 党委会
    alts.extend(reducing_spellings(word))  # 减税降费 ~ 减税减费 (``retrieval.reducing_verbs``)
    return tuple(dict.fromkeys([*alts, *word_spellings(word)]))  # “八五”普法, 两学、一做


def campaign_spellings(syn: Synonyms, alternatives: tuple[str, ...], place: str) -> tuple[str, ...]:
    """Every spelling of the campaign X进Y: X's spellings, the campaign names the
    synonym list makes one (法治进 ~ 送法进 ~ 普法进), and Y's (学校 ~ 校园)."""
    stems = [a.removesuffix("进") for a in alternatives if len(a) >= 2]
    heads = [f"{a}进" for a in stems]
    for h in list(heads):
        heads.extend(a for a in syn.get(h, ()) if a.endswith("进"))
    places = (*PLACES.get(place, (place,)), *syn.get(place, ()))  # 村 ~ 乡村
    return tuple(dict.fromkeys(h + p for h in heads for p in places))
