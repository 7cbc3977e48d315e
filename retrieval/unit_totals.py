"""「全市去年GDP多少」: a unit-wide total is the review's headline, not any sentence naming it.

A 政府工作报告 opens its review with the year's headline figures, said of the whole unit
(「全市地区生产总值达3.68万亿元、增长5.8%」「实现地区生产总值4496.45亿元」), often inside a
long overview paragraph that a ranked search places low. The same measure is written many
more times in the report, but as something else's yardstick or of a part of the unit:

- **a share's denominator** — 「研发投入…占地区生产总值比重提升至6.46%」 gives the share of
  研发, never the size of 地区生产总值;
- **a part of the unit** — 「深汕特别合作区地区生产总值增长74.2%」「原特区外地区生产总值…」:
  a zone's own figure, not the whole's.

So a question asking a unit-wide figure (全市/全区/全省/全国/全县/全街道 with a how-much) reads
the unit's few reports whole (``report_parts.reads_on``), and a sentence saying the measure of
the whole weighs above one using it as a denominator or of a part:

- **the whole is the question's**: its 全X names the level asked. 「东溪区全区GDP多少」 asks the
  district's, so a district report quoting 「全市地区生产总值达…」 is no answer; 「报告里提到的全
  市GDP」 asks the city's figure, which the district's report quotes.
- **said in the measure's clause**: a report writes the whole and the measure in one clause, in
  any order of its verbs and dates (「全市地区生产总值…」「全市实现地区生产总值…」「全年全市累计完
  成地区生产总值…」), never across a pause.
- **a part is named by its kind**: a place's name ending in 区/县/镇/乡/街道 (with 内/外 for the
  area inside or outside it) right before the measure is a part, unless it is the report's own
  unit or a whole (全区, 本镇, 我区, 各区).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportqa.text import to_simplified
from reportqa.units import short_name

__all__ = ["asks_total", "total_weight"]

# the whole of a unit, by its level: 全市 is a city's own, 全区 a district's, 全街道 a
# street office's; 全市域/全区域 is an area (「全市域统筹」), 全国性/全市性 a kind (「全市性活动」),
# and 全场/全面/全体… no unit at all
_WHOLE = re.compile(r"全(?P<lvl>街道|[市区省县国镇乡])(?!域|性|场|面|体|部|民|程|链|力|年|天|会)")
_HOW_MUCH = re.compile(r"多少|几")
# 「占地区生产总值比重」「占全市GDP的比重」: the measure as a share's denominator
_SHARE = "占(?:全(?:街道|[市区省县国镇乡]))?{term}(?:的)?(?:比重|比例)"
# a clause ends where a report's sentence pauses: the whole said before the measure must be
# said in the measure's own clause (「全市实现地区生产总值…」「全年全市地区生产总值…」)
_CLAUSE = re.compile(r"[，,。；;：:！!？?、\n]")
# a named part of the unit right before the measure (深汕特别合作区, 北湖合作区, 原特区外,
# 南山区, 龙华街道): a place's name ending in a unit's or a zone's kind, inside or outside it
_PART = re.compile(r"(?P<kind>街道|[区县镇乡])[内外]?的?$")
# words before a kind that name the unit itself or its parts as a whole (全区, 本区, 我镇,
# 各区, 该县, 辖区), never a named part
_DETERMINER = "全本我该各辖此两"
_BOOST, _SHADE = 1.0, 1.0


def asks_total(question: str) -> bool:
    """Does ``question`` ask how much a figure of a whole unit came to (「全市去年GDP多少」)?"""
    q = to_simplified(question)
    return bool(_WHOLE.search(q) and _HOW_MUCH.search(q))


def _asked_level(question: str) -> str:
    """The level of the whole the question asks (全市 → 市, 全街道 → 街道), '' if none: the
    question says which whole it means, and a district report quoting the city's 全市 figure
    answers 「报告里提到的全市GDP」 as the city's own does."""
    m = _WHOLE.search(to_simplified(question))
    return m.group("lvl") if m else ""


def _is_part(before: str, unit: str) -> bool:
    """Does ``before`` (the text right before a measure) end in a named part of ``unit``
    (北湖合作区, 原特区外, 南山区) rather than the unit itself or a whole (全区, 本镇, 各区)?"""
    m = _PART.search(before)
    if not m:
        return False
    name = before[: m.start()]
    if not name or name[-1] in _DETERMINER or before.endswith("地区"):
        return False  # 地区 (of 地区生产总值 spelt 生产总值) is the measure's own word
    said = before[: m.end("kind")]
    own = [unit, short_name(unit)] if unit else []
    return not any(o and said.endswith(o) for o in own)


def total_weight(sentence: str, terms: Sequence[str], question: str, unit: str) -> float:
    """How a sentence giving the measure ``terms`` (its spellings) weighs as the unit-wide
    total ``question`` asks of ``unit``: +1 where the whole of the level the question names
    (its 全X) is said in the measure's own clause, -1 where every mention is a share's
    denominator or a named part's figure, 0 otherwise (and for a question asking no
    unit-wide total, or no level)."""
    if not asks_total(question) or not (level := _asked_level(question)):
        return 0.0
    text = to_simplified(sentence)
    spots = [(m.start(), m.end(), t) for t in terms if t for m in re.finditer(re.escape(t), text)]
    spots = [  # 生产总值 inside 地区生产总值 is that mention, not one of its own
        (s, e, t)
        for s, e, t in spots
        if not any(a <= s and e <= b and (a, b) != (s, e) for a, b, _ in spots)
    ]
    if not spots:
        return 0.0
    share = _SHARE.format(term="(?:" + "|".join(re.escape(t) for t in terms if t) + ")")
    aside = 0
    for start, _, term in spots:
        clause = _CLAUSE.split(text[:start])[-1]
        if re.search(share, text[max(0, start - 6) : start + len(term) + 4]) or _is_part(
            clause, unit
        ):
            aside += 1
        elif any(w.group("lvl") == level for w in _WHOLE.finditer(clause)):
            return _BOOST
    return -_SHADE if aside == len(spots) else 0.0
