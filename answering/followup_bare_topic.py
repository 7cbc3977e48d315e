"""A follow-up that swaps the topic of a which-list by naming the new one alone: 「那宪法宣传
周呢」 after 「有哪些地方搞了述法」, 「禁毒的呢」 after 「扫黑除恶写进法治报告的是哪几个镇」.

After a list over the library, people ask the next thing the same way and say only the thing
(the 换成 of ``answering.followup_topic`` left out): the list is asked again over the whole
library — its asking words (哪几个镇), its region and its year kept — for the new thing. Read
as an ellipsis instead, the new thing would be searched only among the last answer's units,
losing every unit that did the new thing but not the old one. The word must read as a thing:
no unit or place name (a unit slot, read by the unit follow-ups), no level, no year, no
pointer or asking word (「那其他的呢」「那具体的呢」「那最多的呢」 ask about the last answer).
"""

from __future__ import annotations

import re

from answering.followup_carry import RANKING
from answering.followup_topic import swapped_topic, with_topic
from answering.followup_years import years_in
from answering.regions import places_asked
from ingest.gazetteer import counties, regions
from reportqa.units import short_name
from retrieval.level_words import names_level
from retrieval.place_names import only_in_names

_BARE = re.compile(
    r"^(?:那么?|还有)?\s*(?P<what>[\u4e00-\u9fff《》“”]{2,16}?)(?:方面|这块|这一块)?的?"
    r"(?:呢|又如何|怎么样)[？?。!！\s]*$"
)
# words that point at the last answer, ask, rank or time — never a thing the reports did
_NOT_THING = re.compile(
    r"[哪谁它这那其]|几个|最|只|光看|单看|仅看|全国|全省|全市|全区|全县|全部|整个|所有|各地|另外|别的|剩下|多少|具体|详细|内容|原文|情况|数据|数字|出处|来源"
    r"|结果|细节|例子|全文|意思|报告|单位|地方|时间|年份|数量|排名|为什么|怎么|怎样|如何|然后"
    r"|反过来|接下来|以后|之后|后来|现在|目前|同时|(?:去|今|前|明|后|上|下)年|年度|\d"
)
# a measure of the last answer (「那人数呢」「那金额呢」「那合格率呢」) or a place said by a
# locative (「那村里呢」「那城区内呢」): no thing of its own to list units by
_MEASURE_END = re.compile(
    r"(?:人数|次数|件数|场次|金额|比例|占比|增速|总额|规模|率|数|里|内|中|上|下|边|头)$"
)
# a name ending as units and places do (「丙镇」「西岭区」「贵州省」): the unit or place slot
_PLACE_END = re.compile(r"(?:镇|乡|街道|县|区|市|旗|省|州|盟|苏木|村|社区)$")
# an aspect or amount of the last thing (「那成效呢」「那存在的问题呢」「那投资额呢」「那面积呢」
# 「那同比呢」): said of what was just asked, never a thing of its own to list the library by
_ASPECT_END = re.compile(
    r"(?:成效|效果|问题|做法|经验|原因|进展|进度|打算|计划|目标|举措|亮点|不足|短板|困难"
    r"|人员|负责人|部门|经费|资金|投资|面积|产值|总量|同比|环比|增长|额|量|值)$"
)
# a time said alone (「那上半年呢」「那一季度呢」「那全年的呢」「那十四五期间呢」「那上一年呢」)
# narrows when, never what
_TIME_END = re.compile(
    r"(?:[上下全半今去前明后本同]一?年|季度?|月份?|期间|时期|阶段|以来|年[底初末中])$"
)
# 城市 is the common noun "city" as often as a city's name ends with it: 海绵城市, 智慧城市,
# 文明城市, 韧性城市 are programmes every level of government reports on, while 盐城市 or 晋城市
# is a place. A name ending so is a place only when the division list holds it.
_CITY_NOUN = re.compile(r"[\u4e00-\u9fff]{2,}城市$")
# a county by its short name (「那龙岗呢」 for 龙岗区, 「那城口呢」 for 城口县): a place asked
# about, never a word the reports mention — a library without it must say so, not list who
# mentions the name
_COUNTY_TAILS = ("区", "县", "市", "旗", "新区")
# a list asked (哪些, 哪几个): 「哪个区GDP最高」 picks one by a figure, and 「那财政收入呢」 after
# it asks that figure's pick again, never which reports mention it
_ASKS = re.compile(r"(?:哪些|哪几个|哪几家|哪几份)(?:乡镇|街道|地方|单位|报告|区县|乡|镇|县|区)?")
_FIGURE = re.compile(r"\d|%|％|多少|超过|以上|以下|高于|低于|不到|不足")
_LAW = re.compile(r"《[^》]+》|(?:法|条例)$")
# the grade a title is conferred at (「那国家级的呢」「省级的呢」 after a list by an honour):
# honours and demonstration titles are graded by who confers them, so the grade said alone
# asks the same title at that grade — never a thing of its own to list the library by.
# 市级/县级 are left to the level readers (``followup_switch``: the reports of that level)
_GRADE = re.compile(r"^(?:国家级|国家|全国|省级|省部级|部级|全省)$")
# grades said as an extent (全国文明城市; 全国 is also "the whole country"): after a list over
# one place they widen the place, read by the scope followers — never a grade
_EXTENTS = ("全国", "全省")
# the title a list was asked by, after the verb of having or receiving it (所有 is "all", no
# verb); a title holds no asking word: 「还有哪些地方有…示范村」 has its title after the second 有
_TITLE = re.compile(
    r"(?:(?<!所)有|拥有|获得|获评|荣获|被评为|被授予|评为|评上|创建|创成|拿到|拿过|建成|入选)(?:了|过)*"
    r"(?P<title>[^，,。？?哪谁]{0,16}?(?:示范|称号|荣誉|先进|模范|标杆|星级|金牌)[^，,。？?]*)"
)


def bare_topic(q: str) -> str | None:
    """The thing 「那X呢」 names when X reads as a thing, else None."""
    m = _BARE.match(q.strip())
    if m is None or swapped_topic(q):  # 「换成X呢」: the swap said, read by ``followup_topic``
        return None
    what = m.group("what")
    if _NOT_THING.search(what) or _MEASURE_END.search(what):
        return None
    if names_level(what) or _ASPECT_END.search(what) or _TIME_END.search(what):
        return None
    gaz = counties()
    if _PLACE_END.search(what) and not _city_noun(what, gaz):
        return None
    if any(what + tail in gaz.counties for tail in _COUNTY_TAILS):
        return None
    return what


def _city_noun(what: str, gaz) -> bool:
    """Does ``what`` end with the noun 城市 (海绵城市) rather than name a city (盐城市)?"""
    if not _CITY_NOUN.search(what) or what in gaz.counties or what in gaz.cities:
        return False
    return not places_asked(f"{what}的", regions())


# what a list of a place's reports is asked by (「宝安区的报告有哪些」「上海的街镇都有谁」):
# with these and its places gone, a question that asked of a thing still has the thing left
_LIST_WORDS = re.compile(
    r"(?:19|20)\d{2}年度?|(?:哪些|哪几个|哪几家|哪几份|哪个|谁)|报告|街镇|乡镇|街道|区县|单位"
    r"|地方|都|有|是|的|里|中|[？?。！!，,\s]"
)


def _asks_of_thing(prev_q: str) -> bool:
    """Did the last question list units by a thing (提到执法记录仪, 搞了述法), not only by a
    place, level or year? Only then has it a topic for 「那X呢」 to swap."""
    rest, gaz = prev_q, counties()
    for word in places_asked(prev_q, gaz).values():  # 「杭州上城区」: a city said before its county
        rest = rest.replace(word, "")
    for name in sorted((n for n in gaz.counties if n in rest), key=len, reverse=True):
        rest = rest.replace(name, "")
    rest = _LIST_WORDS.sub("", rest)
    return len(re.sub(r"[乡镇区县市省]", "", rest)) >= 2


def bare_topic_swapped(q: str, prev_q: str, units: frozenset[str]) -> tuple[str, str] | None:
    """(question, note): the last which-list asked of the thing 「那X呢」 names, its asking
    words, region and year kept; None when ``q`` names no thing or the last question asks
    no list."""
    asks = _ASKS.search(prev_q)
    if (m := _BARE.match(q.strip())) and _GRADE.match(m.group("what")):
        grade = m.group("what")
        # 「广东哪些地方有示范村」 then 「那全国的呢」: the place widened to the whole of it, no grade
        placed = places_asked(prev_q, regions()) or any(u in prev_q for u in units)
        return graded(grade, prev_q) if asks and not (placed and grade in _EXTENTS) else None
    what = bare_topic(q)
    if what is None or asks is None or what in prev_q or RANKING.search(prev_q):
        return None
    if not _asks_of_thing(prev_q):  # 「宝安区的报告有哪些」 then 「深圳湾的呢」: no topic to swap
        return None
    if _FIGURE.search(prev_q):  # 「哪几个区的增速超过5%」: a figure compared, not a mention
        return None
    # 「只看盐田的呢」: a unit (or its short name) or a region said inside is a scope, not a thing
    # (深圳技术大学: a unit opening an institution's name names the institution,
    # ``retrieval.place_names``)
    named = (
        n for u in units for n in (u, short_name(u)) if len(n) >= 2 and not only_in_names(what, u)
    )
    if any(n in what for n in named) or places_asked(what, regions()):
        return None
    note = f"（换成「{what}」重新检索上一个问题）"
    if _LAW.search(what) and (asked := with_topic(prev_q, what)) and asked != prev_q:
        return asked, note  # a law for a law: the deed (学习了, 宣传) kept
    region = next(iter(places_asked(prev_q, regions()).values()), "")
    year = years_in(prev_q)[:1]
    scope = f"{region}的" if region else ""
    scope = f"{year[0]}年{scope}" if year else scope
    scope = f"{scope}报告里，" if scope else ""
    return f"{scope}{asks.group(0)}提到{what}？", note


def graded(grade: str, prev_q: str) -> tuple[str, str] | None:
    """(question, note): the last list asked of its title at ``grade`` (「哪些地方有民主法治
    示范村」 → 「哪些地方有国家级民主法治示范村」; a grade it said is swapped: 省级 → 国家级);
    None when it listed by no title."""
    m = _TITLE.search(prev_q)
    if m is None:
        return None
    at = m.start("title")
    said = _GRADE_SAID.match(prev_q, at)
    end = said.end() if said else at
    return f"{prev_q[:at]}{grade}{prev_q[end:]}", f"（只看{grade}的，重新检索上一个问题）"


_GRADE_SAID = re.compile(r"国家级?|全国|全省|(?:省部|省|部|市|州|县|区)级")
