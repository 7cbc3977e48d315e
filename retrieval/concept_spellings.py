"""The spellings a concept of the question is searched by: the word, its synonyms, its
core without a generic head, and the campaign names 「X进Y」 is written with.

A place a campaign goes into is also spelled by the count of places (法治宣传进校 ~ 法治宣传
“六进”).

Why its own room: the question reader decides *which* concepts a question asks; how each is
spelled in reports is one fact about reports (「禁毒工作」 is written 禁毒, 党委会议 党委会,
法治进校园 送法进学校) shared by every reading rule, so it lives apart from them.
"""

from __future__ import annotations

from collections.abc import Mapping

from retrieval.attributive_forms import attributive_spellings
from retrieval.coded_names import word_spellings
from retrieval.deed_amounts import amount_deed
from retrieval.legal_spellings import legal_variants
from retrieval.locatives import meeting_spellings
from retrieval.parallel_slogans import slogan_spellings
from retrieval.phrases import PLACES
from retrieval.reducing_verbs import reducing_spellings
from retrieval.vocabulary import GENERIC_HEADS

Synonyms = Mapping[str, tuple[str, ...]]

# 「N进」 (三进 … 八进: 进机关、进乡村、进社区、进学校、进企业、进单位…) is how reports name a
# campaign by the count of places it goes into: 「开展法治宣传“六进”活动32场次」 took the campaign
# into the villages and the schools a user asks about as 「法治宣传进村进校」. Two never counts
# places (双进 is a pairing), and past eight the count is no campaign's name.
_COUNTED = tuple(f"{n}进" for n in "三四五六七八")
# places a campaign goes into, beyond the one-character ones of ``PLACES``
_PLACES_WHOLE = frozenset(
    {p for spellings in PLACES.values() for p in spellings}
    | {"社区", "机关", "单位", "家庭", "网络", "市场", "工地", "寺庙", "宗教场所"}
)


def counted_campaigns(word: str) -> tuple[str, ...]:
    """「N进」 for a place a campaign goes into, asked alone (进校, 进社区), else none."""
    return _COUNTED if word.startswith("进") and word[1:] in _PLACES_WHOLE else ()


def word_alternatives(syn: Synonyms, word: str) -> tuple[str, ...]:
    """The word, its synonyms, and for 「禁毒工作」-style terms with a generic head the
    specific part (禁毒) — a report says 禁毒宣传 or 禁毒 without 工作."""
    # 法制宣传 ~ 法治宣传: the era's spelling of the word, and of each of its synonyms (普法 is
    # written 法治宣传, and 法制宣传 in an older report) — a synonym's lead only, never the
    # further readings a study compound has as the word asked (``legal_spellings``)
    alts = [word, *syn.get(word, ()), *legal_variants(word)]
    alts.extend(
        v for a in syn.get(word, ()) for v in legal_variants(a) if v[2:] == a[2:] and v != a
    )
    for head in GENERIC_HEADS:
        if word.endswith(head) and len(word) - len(head) >= 2:
            core = word[: -len(head)]
            alts.extend([core, *syn.get(core, ())])
    alts.extend(meeting_spellings(word))  # 党委会议 ~ 党委会
    alts.extend(reducing_spellings(word))  # 减税降费 ~ 减税减费 (``retrieval.reducing_verbs``)
    alts.extend(counted_campaigns(word))  # 进校 ~ “六进” (the sentence still needs its X)
    alts.extend(amount_deed(syn, word))  # 办案量 ~ 办案, 案件 (``retrieval.deed_amounts``)
    alts.extend(slogan_spellings(word))  # 碳达峰碳中和 ~ 碳达峰、碳中和 (``parallel_slogans``)
    alts.extend(attributive_spellings(word))  # 普惠托育 ~ 普惠性托育 (``attributive_forms``)
    return tuple(dict.fromkeys([*alts, *word_spellings(word)]))  # “八五”普法, 两学、一做


def campaign_spellings(syn: Synonyms, alternatives: tuple[str, ...], place: str) -> tuple[str, ...]:
    """Every spelling of the campaign X进Y: X's spellings, the campaign names the
    synonym list makes one (法治进 ~ 送法进 ~ 普法进), and Y's (学校 ~ 校园)."""
    stems = [a.removesuffix("进") for a in alternatives if len(a) >= 2]
    heads = [f"{a}进" for a in stems]
    for h in list(heads):
        heads.extend(a for a in syn.get(h, ()) if a.endswith("进"))
    places = (*PLACES.get(place, (place,)), *syn.get(place, ()))  # 村 ~ 乡村
    counted = [f"{s}{a}{n}{b}" for s in stems for n in _COUNTED for a, b in (("", ""), ("“", "”"))]
    if place not in _PLACES_WHOLE:
        counted = []  # 「法治进课堂」-like names: 课堂 is no place a count of places takes in
    return tuple(dict.fromkeys([*(h + p for h in heads for p in places), *counted]))
