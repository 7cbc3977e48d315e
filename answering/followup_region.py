"""A follow-up that moves the last which-question to another region: 「那天津的呢？」
「换成四川呢」 after 「哪些地方提到了述法？」 or after 「只看黑龙江的呢」.

A conversation over a library of several provinces asks the same practice of one region, then
of the next: 那 + a province or city + 呢 says nothing of its own but the place, as 「那市一级
的呢」 says only a level (``answering.followup_switch``) and 「那2024年呢」 only a year
(``answering.followup_years``). It is the last question asked again over the reports that lie
in that region — in the words ``answering.region_scope`` reads as a scope (「天津的报告里，…」),
the last question's own region clause (「黑龙江的报告里，」) replaced, never kept beside it, and a
region said inside the last question (「上海的报告有几份」) replaced where it stands. A
place is a province or city of the division list (``ingest.gazetteer.regions``); a unit the
library holds (「那南宁市呢」 where 南宁市 is a report's unit) is the unit asked about instead
(``answering.followup``), and any other word (「那罚款的呢」) is no place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.regions import places_asked
from ingest.gazetteer import Gazetteer, counties, regions

_SWITCH = re.compile(
    r"^(?:那么?|那要是|换成|改成|再看看?)\s*(?P<place>[\u4e00-\u9fff、]{2,16}?)"
    r"(?:那边|这边|境内|地区)?(?:的|里的)?(?:报告|单位)?(?:里面|里头|里|中)?"
    # 「那广东的是哪家」「那浙江的有哪些」: the last list's asking words said again, nothing more
    r"(?:呢|又如何|怎么样|(?:是|有)?(?:哪家|哪个|哪些|哪几个|哪几家|谁)(?:呢)?)[？?。!！\s]*$"
)
# the region clause a narrowed question begins with (「黑龙江的报告里，」), as this module and
# ``answering.followup`` write it
_OLD_CLAUSE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,12}?)的报告里[，,]")


# a list of reports asked with no question word: a region or a level, then 报告 (「陕西的报告」
# 「上海的街镇报告」), or an order to list them (「…都列一下」「列出来」), or counted then listed
# (「浙江那边街道的报告有几个，分别是」: 分别是 asks for the reports the count counts)
_REPORT_LIST = re.compile(
    r"^(?P<where>[\u4e00-\u9fff、]{2,16}?)(?:那边|这边|境内)?的?"
    r"(?P<level>乡镇|街镇|街道|区县|县区|县级|乡镇级)?"
    r"(?:的)?报告(?:都|全部|全都|给我)?(?:列一下|列出来|列出|罗列一下)?"
    r"(?:(?:有|共有|一共有)(?:几|多少)[个份][，,]?\s*(?:分别|各|都)是(?:哪些|哪几个|哪几份|什么)?)?"
    r"[？?。!！\s]*$"
)
_LEVEL_WORDS = re.compile(r"乡镇|街镇|街道|区县|县区|县级|乡级|镇级")


# 「八五普法规划落实情况写了的有几家」: 的 makes the doers of a deed, and 几家 counts them — a
# which-question asked as its count (「聘了几家律所」, with no 的 before, counts the firms)
_COUNTED_UNITS = re.compile(r"的(?:有|是)?(?:几|多少)家")


def counts_units(q: str, named: Sequence[str] = ()) -> bool:
    """Does ``q`` count the units that did something (a which-list asked as a number)? A
    region follow-up (「重庆的呢」) then asks the same list there. ``named``: the units ``q``
    names — 「峡口镇聘请的有几家律所」 counts one unit's firms, no list of units."""
    return not named and bool(_COUNTED_UNITS.search(q))


_ANY_OF = re.compile(
    r"^(?P<head>(?:那么?)?[\u4e00-\u9fff]{2,12}?的)(?:有没有|有吗|有么|有不有)[？?。！!\s]*$"
)


def any_of(q: str) -> str:
    """「河南的有没有」 after a list asks 「河南的呢」: whether that place has any of the last
    list's units is the last question asked there; any other question is returned as said."""
    m = _ANY_OF.match(q.strip())
    return f"{m.group('head')}呢" if m else q


def lists_reports(q: str, places: Callable[[], Gazetteer] = regions) -> bool:
    """Does ``q`` ask for a list of reports of a region or a level, with no question word?
    A region follow-up (「河南的呢」) moves such a list like a which-question. 「白鹭镇的报告」
    or 「这份报告」 asks for one unit's report, no list: the words before 报告 must be a region
    or a level (or a county), nothing else."""
    m = _REPORT_LIST.match(q.strip())
    if m is None:
        return False
    where = _LEVEL_WORDS.sub("", m.group("where")).strip("的、")
    if not where:
        return bool(m.group("level") or _LEVEL_WORDS.search(m.group("where")))
    county = counties().counties  # 「宝山区的报告」: a county's list, moved by ``followup_place``
    return all(_is_region(w, places()) or w in county for w in where.split("、"))


def _is_region(word: str, gaz: Gazetteer) -> bool:
    """Is ``word`` a province or a city, by its full or its short name?"""
    found = places_asked(f"{word}的", gaz)
    return any(said == word for said in found.values())


def is_region(word: str, places: Callable[[], Gazetteer] = regions) -> bool:
    """Is ``word`` (「浙江」「广东省」) a province or city of the division list?"""
    return _is_region(word, places())


def regions_in(text: str, places: Callable[[], Gazetteer] = regions) -> bool:
    """Does ``text`` name a province or city (a region scope said in a question)?"""
    return bool(places_asked(text, places()))


def switched_region(
    q: str, prev_q: str, units: frozenset[str], places: Callable[[], Gazetteer] = regions
) -> tuple[str, str] | None:
    """(question, note): the last question asked over the region ``q`` names, or None when
    ``q`` says more than 那 + a place + 呢, or the place is a unit of the library."""
    m = _SWITCH.match(q.strip())
    if m is None or m.group("place") in units:
        return None
    gaz = places()
    # 「那福建和山东的呢」: regions listed are the scope together, as 「福建、山东的报告」 reads
    # (a name holding 和 — 和田, 和平县 — is one region: read whole first)
    whole = m.group("place")
    parts = [whole] if _is_region(whole, gaz) else re.split(r"以及|或者|[和、与及或跟]", whole)
    parts = [p for p in parts if p]
    if not parts or any(p in units or not _is_region(p, gaz) for p in parts):
        return None
    place = "、".join(parts)
    last = prev_q.strip().rstrip("？?。!！ ")
    note = f"（在{place}的报告里重新检索上一个问题）"
    moved = _in_place(last, place, gaz)
    if moved is not None:
        return moved, note
    return f"{place}的报告里，{without_region(last, places)}", note


def _in_place(question: str, place: str, gaz: Gazetteer) -> str | None:
    """``question`` with the one region it names, in its own words, replaced by ``place``
    (「上海的报告有几份，是哪个镇」 → 「重庆的报告有几份，…」): a question whose region is its
    subject rather than a leading 「X的报告里，」 clause keeps it where it stands, so prefixing
    the new place would ask for reports of both regions at once, which no report is. None when
    the question names no region, or more than one, or names it in a clause
    ``without_region`` takes off."""
    if _OLD_CLAUSE.match(question):
        return None
    said = set(places_asked(question, gaz).values())
    if len(said) != 1:
        return None
    (word,) = said
    if question.count(word) != 1 or word == place:
        return None
    return question.replace(word, place)


def without_region(question: str, places: Callable[[], Gazetteer] = regions) -> str:
    """``question`` without the region clause it begins with (「黑龙江的报告里，」): a follow-up
    that names another region or a unit (「那绵阳市呢」) asks there, not in both."""
    old = _OLD_CLAUSE.match(question)
    if old and _is_region(old.group("place"), places()):
        return question[old.end() :]
    return question


def joined_regions(
    question: str, added: list[str], places: Callable[[], Gazetteer] = regions
) -> str | None:
    """``question`` over its one region and the regions ``added`` (「再把北京、江苏的也加进来」
    after 「上海的报告有哪几份」 → 「上海、北京、江苏的报告有哪几份」): a region added to a question
    that has one widens its scope to all of them, the rest of the question kept. None when the
    question names no region or more than one, or names it twice."""
    said = set(places_asked(question, places()).values())
    if len(said) != 1:
        return None
    (word,) = said
    if question.count(word) != 1:
        return None
    return question.replace(word, "、".join(dict.fromkeys([word, *added])))
