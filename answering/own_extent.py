"""「国务院报告说2023年全国GDP是多少」: 全国 of the national report is its own extent, no topic.

A report's figures are of its own unit: a district's 「全区实现地区生产总值…」, a city's
「全市…」, a province's 「全省…」 and the 国务院's 「国内生产总值超过126万亿元」 — where the whole
country is the report's unit, it seldom writes 全国 beside the figure. So a question naming a
national report and 全国 (or a provincial one and 全省) names the report's scope twice, and
全国 must not be required of the passage. 全区/全市/全县 are generic words everywhere
(``vocabulary.GENERIC_NOUNS``); 全国/全省 are not, because in a lower unit's report they name
another level (全国文明城区 is no 省级文明城区), so they leave only when every unit named is of
the level they span.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from reportqa.types import ReportInfo
from retrieval.query import Analysis

__all__ = ["without_own_extent"]

# the whole of a level, and the level of the reports it is the own extent of
_EXTENT = {"全国": "国家", "全省": "省"}


def without_own_extent(
    analysis: Analysis, reports_of: Callable[[tuple[str, ...]], Sequence[ReportInfo]]
) -> Analysis:
    """``analysis`` without 全国/全省 when every unit it names has only reports of the level
    the word spans and another concept remains; ``reports_of``: a unit's reports."""
    if not analysis.townships:
        return analysis
    drop = set()
    for c in analysis.concepts:
        level = _EXTENT.get(c.term)
        if level and all(
            (infos := reports_of((u,))) and all(i.level == level for i in infos)
            for u in analysis.townships
        ):
            drop.add(c.term)
    kept = tuple(c for c in analysis.concepts if c.term not in drop)
    if not drop or not kept:
        return analysis
    terms = tuple(t for t in analysis.search_terms if t not in drop)
    return replace(analysis, concepts=kept, search_terms=terms)
