"""「一是计划新增执法记录仪6台」「三是计划建成行政执法监督平台」「二是将启动“八五”普法规划编制」:
an undated item of the plan part is no deed done.

``dated_plans`` reads a plan by its later year. A report's closing part (三、下一步工作打算,
2023年工作安排) also lists items with no year at all, each opening on a word of intent (计划, 拟,
将, 力争, 争取, 准备): 「一是计划新增执法记录仪6台」 says six more are to be bought, not how many the
unit has; 「（二）计划在镇综合服务中心建设公共法律服务工作站」 says the station is not there yet. So

- a how-many (``plan_figure``) is not answered by a figure in such an item: it is a target;
- a deed asked (``plan_creation``) is not supported by an item whose will word governs a verb of
  bringing something into being (建成, 建立, 设立, 配备…) with the asked thing in its clause;
- an item that opens on a will word for a new deed (``opens_will``: 计划新增, 将启动, 拟建设) is
  no deed, whatever thing it names (``dated_plans.opens_start``).

An item that carries on what exists (将继续/持续/进一步/深化/巩固/坚持) tells the thing is there;
将 as the object marker (「将法治建设纳入考核」 = 把…纳入) moves a thing that exists; a thing carried
further (向…延伸, 补充) is there already; a sentence that tells a deed done beside the plan (已建成,
目前已, 现有) reports progress: none of them plans the thing. Outside the plan part a will word
at a sentence's head is often a review's purpose (「将…纳入考核」), so only the plan part's items
count. A question naming the plan (计划, 打算…, ``dated_plans``) or asking the will itself
(``plan_intent.wills_deed``: 「哪些单位将采购执法记录仪」) keeps them. One module since stop 77: two
branches had written this reading twice (will_items, plan_items); the question's side lives with
the other readings of a question's intent in ``plan_intent`` since stop 78.
"""

from __future__ import annotations

import re

from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.report_parts import plan_heading

__all__ = ["opens_will", "plan_creation", "plan_figure"]

# the item's marker: 一是, （二）, 3., 四、
_ITEM = r"(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+、)?"
# carrying on what exists: 将继续, 计划进一步, 将持续深化
_CARRY_WORDS = r"继续|持续|进一步|巩固|保持|深化|坚持|不断"
_CLAUSE_END = re.compile(r"[，,；;。！？!?]")

# a will word opening the item or its clause (after 一是/1. and 要/还): what follows is intended
# 研究/着手 + a verb of making (「研究编制街道重大行政决策事项目录」) is the work yet to do
_WILL = r"(?:计划|拟|将|力争|争取|准备|预计|(?:研究|着手)(?=编制|制定|出台|建立|起草))"
# a time word may come first: 「二是下一步将实施…」「明年，将…」
_WILLED = re.compile(rf"(?:^|[，,；;。：:])\s*{_ITEM}\s*(?:要|还)?{_WILL}")
_TIMED_WILL = re.compile(
    rf"(?:^|[，,；;。：:])\s*{_ITEM}\s*(?:下一步|下阶段|今后|明年|年内)[，,]?\s*(?:要|还)?{_WILL}"
)
_ITEMS = re.compile(r"[^；;。！？!?]+")
_FIGURE = re.compile(r"\d")
# a floor or a reach set on a figure (「每个村培养不少于3名」「力争达到95%」): the figure is a
# target, wherever the will word stands in the item
_TARGET = re.compile(r"(?:不少于|不低于|力争|争取|确保)[^，,；;。！？!?\d]{0,8}\d")
_ONGOING = re.compile(_CARRY_WORDS)
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
    r"(?:新建|建成|建立|建设|设立|组建|成立|新增|增设|配备|配齐|引进|开通|出台|上线|搭建|编制|制定|起草)"
    r"(?!健全|完善)"
)


def _planned(sentence: str, section: str, info: ReportInfo) -> str | None:
    """The simplified sentence when it is an item of the plan part opening on a will word and
    telling no deed done; None otherwise."""
    if not plan_heading(section, info):
        return None
    said = to_simplified(sentence).strip()
    if _DONE.search(said):
        return None
    if _WILLED.search(said) or _aimed(said):
        return said
    return None


def _aimed(said: str) -> bool:
    """Is every figure of the item set as an aim: its item opens on a time word and a will
    word (「二是下一步将实施…，每个村培养不少于3名」), or the figure is a floor or reach
    (不少于, 力争)? A recap item beside it (「2023年共培养120名；下一步将…」) tells a result."""
    figured = [m.group() for m in _ITEMS.finditer(said) if _FIGURE.search(_strip_item(m.group()))]
    return bool(figured) and all(_timed(i) or _TARGET.search(i) for i in figured)


def _timed(item: str) -> bool:
    """Does a time word and a will word govern the item's figures, standing before the first
    (「全年共培养96名，下一步将继续培养」 recaps a count, then promises more)?"""
    will = _TIMED_WILL.search(item)
    marker = len(item) - len(_strip_item(item))
    figure = _FIGURE.search(item, marker)
    return will is not None and figure is not None and will.start() < figure.start()


def _strip_item(item: str) -> str:
    """The item without its marker (「3.」「（二）」): a marker's digit is no figure."""
    return re.sub(rf"^\s*{_ITEM}", "", item)


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


_OPENS = re.compile(
    r"\s*"
    + _ITEM
    + r"\s*(?:我[镇乡街县区市](?:道|政府)?|本[镇乡街县区市])?(?:今年|明年|下一步)?[，,]?"
    r"(?:计划|拟|准备|筹划|将要|将)"
)
_CARRY = re.compile(rf"\s*(?:{_CARRY_WORDS}|深入|常态化|再|全面深化)")
# 将 as the object marker (把): the thing moved into a frame exists already
_OBJECT_MARKER = re.compile(r"纳入|列入|融入|作为|贯穿|结合|嵌入|写入")
# a thing carried further (「将推动行政执法监督平台向镇（街道）延伸」, 「补充执法记录仪」) is
# there already: only its reach or its number grows; so is one perfected (建立健全, 建立完善:
# 「将建立健全村级法律顾问制度」, as ``_CREATE`` reads it)
_GROWS = re.compile(r"延伸|(?:扩大|拓展|扩展|覆盖)到|补充|增补|升级|(?:建立|建设)(?:健全|完善)")


def opens_will(sentence: str, section: str, info: ReportInfo) -> bool:
    """Does ``sentence`` open a plan-part item on a will word for a new deed (计划新增, 将启动,
    拟建设), rather than carry on what exists (将继续…) or move a thing (将X纳入…)?"""
    said = to_simplified(sentence)
    m = _OPENS.match(said)
    if not m or _CARRY.match(said, m.end()):
        return False
    end = _CLAUSE_END.search(said, m.end())
    clause = said[m.end() : end.start() if end else len(said)]
    if m.group().endswith("将") and _OBJECT_MARKER.search(clause):
        return False
    if _GROWS.search(clause):
        return False
    return plan_heading(section, info)
