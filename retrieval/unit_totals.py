"""「全市去年GDP多少」: a unit-wide total is the review's headline, not any sentence naming it.

A 政府工作报告 opens its review with the year's headline figures, said of the whole unit
(「全市地区生产总值达3.68万亿元、增长5.8%」「实现地区生产总值4496.45亿元」), often inside a
long overview paragraph that a ranked search places low. The same measure is written many
more times in the report, but as something else's yardstick or of a part of the unit:

- **a share's denominator** — 「研发投入…占地区生产总值比重提升至6.46%」 gives the share of
  研发, never the size of 地区生产总值;
- **a part of the unit** — 「深汕特别合作区地区生产总值增长74.2%」「原特区外地区生产总值…」:
  a zone's own figure, not the whole's.

So a question asking a unit-wide figure (全市/全区/全省/全国/全县 with a how-much) reads the
unit's few reports whole (``report_parts.reads_on``), and a sentence saying the measure of the
whole (全市地区生产总值) weighs above one using it as a denominator or of a part. The same holds
of a district report quoting the city's figure: 「全市」 there is the city's, not the district's,
so the whole word counts only when it names the asked unit's level.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportqa.text import to_simplified

__all__ = ["asks_total", "total_weight"]

# the whole of a unit, by its level: 全市 is a city's own, 全区 a district's
_WHOLE = re.compile(r"全(?P<lvl>[市区省县国镇乡])(?!场|面|体|部|民|程|链|力|年|天|会)")
_HOW_MUCH = re.compile(r"多少|几")
# 「占地区生产总值比重」「占全市GDP的比重」: the measure as a share's denominator
_SHARE = "占(?:全[市区省县国])?{term}(?:的)?(?:比重|比例)"
# a named part of the unit before the measure (深汕特别合作区, 原特区外, 前海片区)
_PART = r"(?:合作区|片区|特区外|特区内|园区|新区|试验区|示范区|开发区)$"
_BOOST, _SHADE = 1.0, 1.0


def asks_total(question: str) -> bool:
    """Does ``question`` ask how much a figure of a whole unit came to (「全市去年GDP多少」)?"""
    q = to_simplified(question)
    return bool(_WHOLE.search(q) and _HOW_MUCH.search(q))


def _level(unit: str) -> str:
    """The level character a unit's name ends in (深圳市 → 市, 龙岗区 → 区), '' if none."""
    return unit[-1] if unit and unit[-1] in "市区省县镇乡" else ""


def total_weight(sentence: str, terms: Sequence[str], question: str, unit: str) -> float:
    """How a sentence giving the measure ``terms`` (its spellings) weighs as the unit-wide
    total ``question`` asks of ``unit``: +1 where the whole of the unit's level stands right
    before the measure, -1 where every mention is a share's denominator or a part's figure,
    0 otherwise (and for a question asking no unit-wide total)."""
    if not asks_total(question):
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
    level = _level(unit) or "国"
    for start, _, _ in spots:
        whole = _WHOLE.search(text[max(0, start - 3) : start])
        if whole and whole.group("lvl") == level:
            return _BOOST
    share = _SHARE.format(term="(?:" + "|".join(re.escape(t) for t in terms if t) + ")")
    aside = sum(
        1
        for start, _, term in spots
        if re.search(share, text[max(0, start - 4) : start + len(term) + 4])
        or re.search(_PART, text[max(0, start - 4) : start])
    )
    return -_SHADE if aside == len(spots) else 0.0
