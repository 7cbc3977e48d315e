"""「（二）计划在镇综合服务中心建设公共法律服务工作站」「二是将启动“八五”普法规划编制」: an item
of the plan part that opens on a will word is no deed done, dated or not.

A report's closing part (三、下一步工作打算) lists what the unit will do, one item each, and an
item opening on 计划/拟/准备/将 + a new deed says the thing is not there yet: the unit plans to
build the station it lacks. Such an item usually carries no year (a later year is
``dated_plans``'s case), so it passed as support for 「哪些单位建成了公共法律服务站」. An item
that carries on what exists (将继续/持续/进一步/深化/巩固/坚持) tells the thing is there, and 将
as the object marker (「将法治建设纳入考核」 = 把…纳入) moves a thing that exists: neither plans
it. Outside the plan part a will word at a sentence's head is often a review's purpose
(「将…纳入考核」, 「计划…全部完成」), so only the plan part's items count here. A question asking
what reports mention (提到) or the plan itself keeps them (the caller decides).
"""

from __future__ import annotations

import re

from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.report_parts import plan_heading

__all__ = ["asks_will", "opens_will"]

# the item's marker: 一是, （二）, 3., 四、
_MARK = r"\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+、)?\s*"
_WILL = re.compile(
    _MARK + r"(?:我[镇乡街县区市](?:道|政府)?|本[镇乡街县区市])?(?:今年|明年|下一步)?[，,]?"
    r"(?:计划|拟|准备|筹划|将要|将)"
)
# carrying on what exists: 将继续, 计划进一步, 将持续深化
_CARRY = re.compile(r"\s*(?:继续|持续|进一步|深化|深入|巩固|坚持|保持|不断|常态化|再|全面深化)")
# 将 as the object marker (把): the thing moved into a frame exists already
_OBJECT_MARKER = re.compile(r"纳入|列入|融入|作为|贯穿|结合|嵌入|写入")
_CLAUSE_END = re.compile(r"[，,。；;！？!?]")
# a thing carried further (「将推动行政执法监督平台向镇（街道）延伸」, 「补充执法记录仪」) is
# there already: only its reach or its number grows
_GROWS = re.compile(r"延伸|(?:扩大|拓展|扩展|覆盖)到|补充|增补|升级")
# a question asking the will itself (「哪些单位将采购执法记录仪」「柳巷街道要新增几台」): 将/要
# right before a deed (or a preposition leading to one: 将在镇里建设, 将对企业开展) asks what the
# unit plans, so plan items answer it. 将 as the object marker (将X纳入) has a noun after it, and
# 要 of 主要/重要/只要/要求 is no will.
_ASK_DEED = (
    r"新增|新建|建设|建成|建立|设立|采购|购置|购买|引进|引入|编制|制定|申请|争创|创建|培育|培养"
    r"|推动|推进|推行|打造|增加|增设|启动|开展|配备|成立|组建|搭建|举办|实施"
)
_ASKS_WILL = re.compile(
    rf"(?:(?<![即必])将要?(?:(?:在|对|向|为|通过|于)[^，,。？?]{{1,12}}?)?|(?<![主重只必概纪摘提简首需])要)(?:{_ASK_DEED})"
)


def opens_will(sentence: str, section: str, info: ReportInfo) -> bool:
    """Does ``sentence`` open a plan-part item on a will word for a new deed (计划新增, 将启动,
    拟建设), rather than carry on what exists (将继续…) or move a thing (将X纳入…)?"""
    said = to_simplified(sentence)
    m = _WILL.match(said)
    if not m or _CARRY.match(said, m.end()):
        return False
    end = _CLAUSE_END.search(said, m.end())
    clause = said[m.end() : end.start() if end else len(said)]
    if m.group().endswith("将") and _OBJECT_MARKER.search(clause):
        return False
    if _GROWS.search(clause):
        return False
    return plan_heading(section, info)


def asks_will(question: str) -> bool:
    """Does the question ask what a unit will do (将/要 + a deed: 「哪些单位将采购执法记录仪」)?
    Then the plan items are its answer, not deeds to drop."""
    return bool(_ASKS_WILL.search(to_simplified(question)))
