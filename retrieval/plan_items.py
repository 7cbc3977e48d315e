"""「一是计划新增执法记录仪6台」「三是计划建成行政执法监督平台」: an undated plan item is no deed.

``dated_plans`` reads a plan by its later year. A report's plan part (下一步工作打算, 2023年工作
安排) also lists items with no year at all, each opening on a word of intent (计划, 拟, 将, 力争,
争取, 准备): 「一是计划新增执法记录仪6台」 says six more are to be bought, not how many the unit
has; 「三是计划建成行政执法监督平台」 says the platform is not built. So

- a how-many (``plan_figure``) is not answered by a figure in such an item: it is a target;
- a deed asked (``plan_creation``) is not supported by an item whose will word governs a verb of
  bringing something into being (建成, 建立, 设立, 配备…): what is to be built is not there yet.
  An item that continues (将继续开展, 持续推进, 进一步完善) tells a practice under way and stays.

A sentence of the plan part that tells a deed done beside the plan (已建成, 目前已) reports
progress and stays. A question naming the plan (计划, 打算…) keeps both (``dated_plans``).
"""

from __future__ import annotations

import re

from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.report_parts import plan_heading

__all__ = ["plan_creation", "plan_figure"]

# a will word opening the item or its clause (after 一是/1. and 要/还): what follows is intended
_WILL = r"(?:计划|拟|将|力争|争取|准备|预计)"
_ITEM = r"(?:[一二三四五六七八九十]+是|\d+[.、]|[（(][一二三四五六七八九十\d]+[)）])?"
_WILLED = re.compile(rf"(?:^|[，,；;。：:])\s*{_ITEM}\s*(?:要|还)?{_WILL}")
# a practice under way carried on: the thing exists
_ONGOING = re.compile(r"继续|持续|进一步|巩固|保持|深化|坚持|不断")
# a deed told done beside the plan: the sentence reports progress
# (现有, 已有: 「执法队现有执法记录仪6台，将新增4台」 gives the count held beside the target)
_DONE = re.compile(
    r"已经|目前已|现已|已于|现有|已有|已(?:完成|建成|建立|培育|培养|聘请|实现|配备|开展|覆盖)"
)
# a will word governing a verb of bringing something into being. 建立健全, 建立完善 and
# 建设完善 perfect a thing the unit mostly has (「将建立健全村级法律顾问制度，发挥村法律顾问…作用」):
# no creation (review fact77)
_CREATE = re.compile(
    rf"{_WILL}(?:在[^，,；;。]{{0,12}})?(?:尽快|年内|逐步|全面)?"
    r"(?:新建|建成|建立|建设|设立|组建|成立|新增|增设|配备|配齐|引进|开通|出台|上线|搭建)"
    r"(?!健全|完善)"
)

_CLAUSE_END = re.compile(r"[，,；;。！？!?]")


def _planned(sentence: str, section: str, info: ReportInfo) -> str | None:
    """The simplified sentence when it is an item of the plan part opening on a will word and
    telling no deed done; None otherwise."""
    if not plan_heading(section, info):
        return None
    said = to_simplified(sentence).strip()
    if _DONE.search(said) or not _WILLED.search(said):
        return None
    return said


def plan_figure(sentence: str, section: str, info: ReportInfo) -> bool:
    """Is ``sentence`` a plan item whose figures are targets (「一是计划新增执法记录仪6台」)?"""
    return _planned(sentence, section, info) is not None


def plan_creation(sentence: str, section: str, info: ReportInfo, groups=()) -> bool:
    """Is ``sentence`` a plan item to bring something into being (「三是计划建成…平台」), not a
    practice carried on (「将继续开展…」)? With ``groups`` (the asked thing's spellings), the
    thing must stand in the clause the will word opens, not in another item of the sentence."""
    said = _planned(sentence, section, info)
    if not said or _ONGOING.search(said):
        return False
    for m in _CREATE.finditer(said):
        clause = _CLAUSE_END.split(said[m.start() :], maxsplit=1)[0]
        if not groups or any(any(s in clause for s in g) for g in groups):
            return True
    return False
