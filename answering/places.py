"""Places a question names that the library's metadata does not know.

Metadata extraction can miss a report's unit (page chrome, a title cut off); the report's
opening still names it. So a place the unit index lacks is looked up in the reports' openings
before the answer says 「库中没有…的报告」, and only a place no report names is refused.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from answering.library_locator import without_locator
from answering.parented_counties import county_of, parented_counties, partner_of_deed
from answering.sibling_places import district_cities, sibling_by_short_name
from ingest.admin_names import cut_from_word, is_generic
from ingest.gazetteer import Gazetteer, gazetteer, regions, short
from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from reportqa.units import UnitIndex, short_name
from retrieval.query import Analysis
from retrieval.short_names import is_contracted_name

OPENING = 400  # characters of a report that carry its title and reporting unit
# a town's name starts the question, follows a connective or punctuation, or the year said
# first (「2022年凤凰镇…」: 年凤凰镇 is no name, 凤凰镇 is). The particle 的 is never inside a
# proper name: 「延吉市的街道」 is a level under a place, and read as one name it would hide
# the county-level city before 的 from the refusal of places no report lies in
_TOWN = re.compile(
    r"(?:^|(?:19|20)\d{2}\s*年度?|[那和与及、跟同对比较看在]|[^\u4e00-\u9fff])"
    # ; 「荆竹铺镇镇里各配了几个」「荆竹铺镇镇政府」: 镇 + a locative (里, 上, 内) or an organ or
    # level of the town (政府, 党委, 长, 村, 级, 机关, 人大, 纪委) after a town's name is the town's
    # own, never part of the name — a name ending 镇镇 (古镇镇) has two characters before 镇,
    # read first; only 乡 before 镇 goes on (东乡镇)
    r"((?:(?!的)[\u4e00-\u9fff]){2,4}?(?:街道(?!镇)|乡(?!镇)|镇(?!镇(?![里上内政党长村级机人纪]))))"
)
# 「北京市朝阳区」「广东省某某县」: a county-level place spelled with its parent
_COUNTY = re.compile(r"([\u4e00-\u9fff]{2,3}(?:省|市)[\u4e00-\u9fff]{1,4}?(?:区|县|市))")
_GENERIC = re.compile(
    r"^(?:各|每|全|本|该|我|哪|几|多|其|这|那|毗邻|相邻|邻近|临近|附近|隔壁|周边|周围|兄弟|其他|所有|城|乡|村|有|是|请问|共|总)|的"
)


# 「2024年计划城镇…」: a date, or a common noun ending in 镇/乡 (城镇, 乡镇, 集镇), is no name
_NOT_A_NAME = re.compile(r"^[年月日号]|(?:城镇|乡镇|村镇|集镇|小镇|城乡|下乡)$")


# a place name needs a proper-name stem: 「除了镇政府」「是乡不是镇」「哪些是乡」「这个镇」 have
# a preposition, conjunction, pronoun, adverb, particle, numeral or copula before 镇/乡
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_FUNCTION_TAGS = ("p", "c", "r", "d", "u", "y", "e", "m")
_COPULA = frozenset("是 有 为 属于 算 叫".split())
# counting a level in or out (「哪些乡（不算镇和街道）」「包括镇的」): the level noun after it is a
# kind of unit, never a place — verbs jieba tags ``v``, so the tag test above misses them
_COUNTING = frozenset("不算 不计 包括 包含 含 算上 计入 另算 除开 刨去".split())


def _function_stem(name: str, tagged: Callable[[str], list[tuple[str, str]]]) -> bool:
    stem = re.sub(r"(?:街道|乡|镇)$", "", name)
    return any(
        w in _COPULA or w in _COUNTING or f.startswith(_FUNCTION_TAGS) for w, f in tagged(stem)
    )


def _cut_out(q: str, m: re.Match[str], tagged: Callable[[str], list[tuple[str, str]]]) -> bool:
    """「在选副镇长时」: 选副镇 is cut out of words (副镇长 is a title), no place."""
    run_start = next(i for i in range(m.start(1), -1, -1) if i == 0 or not _CJK.match(q[i - 1]))
    run = _CJK.match(q, run_start)
    window = run.group(0) if run else ""
    words = [w for w, _ in tagged(window)]
    if "".join(words) != window:
        return False
    return cut_from_word(words, m.start(1) - run_start, m.end(1) - run_start)


# 「朝阳区2022年…」「和海淀区比」: a county-level name where a question puts its subject — at
# the start, after a connective or punctuation, or after its province or city (北京朝阳区)
_BOUNDARY = frozenset("那和与及、跟同对比较看在")
_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}\s*年度?$")
# 新城区, 老城区, 城中区, 市中区: district names that are as often common nouns (新城区建设)
_POSITION_STEM = re.compile(r"^(?:[新老旧主]城|城[东西南北中]|市中)$")


def _at_boundary(q: str, start: int, regions: Gazetteer) -> bool:
    if start == 0 or not _CJK.match(q[start - 1]) or q[start - 1] in _BOUNDARY:
        return True
    if _YEAR_BEFORE.search(q, 0, start):  # 「2022年丰台区…」: the year said first
        return True
    words = _region_words(regions)
    for size in range(2, min(start, 8) + 1):  # 北京|朝阳区, 杭州市|余杭区
        if q[start - size : start] in words:
            return _at_boundary(q, start - size, regions)
    return False


@functools.lru_cache(maxsize=2)
def _region_words(regions: Gazetteer) -> frozenset[str]:
    """Provinces and cities by their full and short names (北京市, 北京, 杭州)."""
    names = (*regions.provinces, *regions.cities)
    return frozenset((*names, *(short(n) for n in names)))


def county_names(q: str, places: Callable[[], Gazetteer] = gazetteer) -> list[str]:
    """County-level names (three characters and more) the division list knows, said where a
    question names its subject: 「朝阳区2022年…」「北京朝阳区…」, never 「学习了海淀区的经验」."""
    spans = [
        (start, m.end())
        for m in re.finditer(r"[区县旗市]", q)  # 昆山市: a county-level city
        for start in range(max(0, m.end() - 9), m.end() - 2)
        if _CJK.fullmatch(q[start : m.end()])
        and not _GENERIC.search(q[start : m.end()])  # 哪些区, 各县: no name, no lookup
        and _at_boundary(q, start, regions())
    ]
    if not spans:
        return []
    gaz = places()
    out = []
    for start, end in spans:  # longest first per end
        name = q[start:end]
        county = gaz.level_of(name) == "区县" and not _POSITION_STEM.match(name[:-1])
        if county and not any(name in o or o in name for o in out):
            out.append(name)
    return out


# 「延吉的街道」「昆山那边的镇里」: a county-level place by its short name, said first as the
# subject whose units of one level the question asks about
_SHORT_SUBJECT = re.compile(
    r"^(?:请问|那么?|在)?(?P<name>[\u4e00-\u9fff]{2,4}?)"
    r"(?:(?:那边|这边|下面|下辖|所辖|境内)的?|的)(?:街道|乡镇|镇|乡)"
)


def county_by_short_name(q: str, places: Callable[[], Gazetteer] = gazetteer) -> list[str]:
    """A county-level place said by its short name (延吉 for 延吉市) as the subject before a
    level noun: people drop the 市/县 of a place they name first, as they do a city's, and
    the question then asks for that place's streets or towns. Only in this frame, and never
    a province's or a city's name (``answering.region_scope`` reads those) nor a short name
    that is a position word (新城, 城关): most short names are ordinary words elsewhere."""
    m = _SHORT_SUBJECT.match(q)
    if not m:
        return []
    name = m.group("name")
    gaz = places()
    if name in _region_words(regions()) or _POSITION_STEM.match(name) or name in ("城关",):
        return []
    return [name] if name in gaz.short_names("区县") else []


@functools.lru_cache(maxsize=2)
def _parent_words(g: Gazetteer) -> frozenset[str]:
    """Provinces, cities and counties by full and short name (鹤山市, 鹤山)."""
    full = (*g.provinces, *g.cities, *g.counties)
    return frozenset((*full, *g.short_names("省"), *g.short_names("地市"), *g.short_names("区县")))


def towns_under_parent(q: str, places: Callable[[], Gazetteer] = gazetteer) -> list[str]:
    """「鹤山的址山镇」「鹤山市址山镇」: a town the division list knows, said right after the name of
    a province, city or county (with or without 的), is a place wherever the question puts it —
    a parent's name before a town's is how people locate a town; 「平安的示范镇」 is no town."""
    ends = [m.end() for m in re.finditer(r"(?:街道|乡|镇)(?!镇)", q)]
    if not ends:
        return []
    gaz = places()
    words = _parent_words(gaz)
    out = []
    for end in ends:
        suffix = 2 if q[end - 2 : end] == "街道" else 1
        for stem in range(2, 5):
            start = end - suffix - stem
            name = q[max(start, 0) : end]
            if start < 1 or not _CJK.fullmatch(name) or "的" in name or name not in gaz.towns:
                continue
            before = q[:start].removesuffix("的")
            if any(before[-size:] in words for size in range(2, min(len(before), 9) + 1)):
                out.append(name)
                break
    return out


def addresses(q: str, units: UnitIndex, places: Callable[[], Gazetteer] = gazetteer) -> list[str]:
    """「重庆荣昌区的观胜镇」: the province, city and county said right before a unit the library
    has (with or without 的) are that unit's address — never an unknown place, never topic words."""
    q = to_simplified(q)
    words = _parent_words(places())
    out: list[str] = []
    for i in range(2, len(q)):
        if not units.named_at_start(q[i:]):
            continue
        j = i
        while j > 1:
            j -= 1 if q[j - 1] == "的" else 0
            size = next((s for s in range(min(j, 9), 1, -1) if q[j - s : j] in words), 0)
            if not size:
                break
            out.append(q[j - size : j])
            j -= size
    return list(dict.fromkeys(out))


def unknown_places(
    question: str,
    units: tuple[UnitIndex, UnitIndex],
    tagged: Callable[[str], list[tuple[str, str]]] | None = None,
    places: Callable[[], Gazetteer] = gazetteer,
    reports: Sequence[ReportInfo] = (),
) -> list[str]:
    """Places the question names that the library holds no unit of; ``reports`` (the
    library's) tell which cities it is a district collection of (``answering.sibling_places``)."""
    q = re.sub(
        r"^(?:请问?)?(?:那么?|还有|再看看?|看看|比较一下|比较|对比一下|对比|比一比)",
        "",
        without_locator(to_simplified(question)),  # 「库里街道一级…」: 库里 is the library
    )
    said_as_address = addresses(q, units[0], places)
    found = [*_TOWN.finditer(q), *_COUNTY.finditer(q)]
    names = [m.group(1) for m in found if tagged is None or not _cut_out(q, m, tagged)]
    names += [n for n in county_names(q, places) if not any(n in o for o in names)]
    names += [n for n in county_by_short_name(q, places) if not any(n in o for o in names)]
    cities = district_cities(reports)
    names += [n for n in sibling_by_short_name(q, units, cities, places, tagged) if n not in names]
    towns = towns_under_parent(q, places)
    names += [n for n in towns if not any(n in o for o in names)]
    # 「拉萨城关区」: a district whose stem reads as a common word, located by its own city —
    # where a question puts its subject, as ``county_names`` (「学了拉萨城关区的经验」: a topic)
    parented = [
        n
        for n in parented_counties(q, places)
        if not any(o in n for o in names)
        and _at_boundary(q, q.find(n), regions())
        and not partner_of_deed(q, n)
    ]
    names += parented
    # 「荣昌区的仁义镇」: the user asks about the town; its county is where it lies
    said_as_address += [n for n in names if any(f"{n}{t}" in q or f"{n}的{t}" in q for t in towns)]
    out = []
    for name in dict.fromkeys(names):
        if _GENERIC.search(name) or _NOT_A_NAME.search(name) or is_generic(name):
            continue
        if tagged is not None and _function_stem(name, tagged):
            continue
        if any(u.related(name) or short_name(name) in u.shorts for u in units):
            continue
        if is_contracted_name(name, units[0].names):
            continue  # 「望外街道」: 望江门外街道 by its contracted name (``short_names``)
        if name in said_as_address:
            continue
        if name in parented and any(u.candidates(county_of(name)) for u in units):
            continue  # 「兰州城关区」 where the library holds 城关区: the unit, located
        tail = re.sub(r"^.*(?:省|市)(?=.)", "", name) if _COUNTY.fullmatch(name) else ""
        if tail and any(u.candidates(tail) for u in units):
            continue  # 「浙江省杭州市上城区」: the county part is known (北京市 in 北京市海淀区 is not)
        out.append(name)
    return out


# 「地区生产总值2380亿元（不含光明、龙华新区）」: a place named as left out of a figure is a
# neighbour the report's numbers exclude, never the unit the report is about
_LEFT_OUT = re.compile(r"不含|不包括|未含|未包括|扣除|除去|除了?")


def _names_unit(opening: str, form: str) -> bool:
    """Does the opening name ``form`` other than as a place its figures leave out?"""
    for m in re.finditer(re.escape(form), opening):
        clause = re.split(r"[，,。；;：:（(\n]", opening[: m.start()])[-1]
        if not _LEFT_OUT.search(clause):
            return True
    return False


# a unit's kind by its name's end, as ``ReportInfo.level`` names the rung
_RUNG = {"区县": re.compile(r"(?:区|县|旗)$"), "乡镇": re.compile(r"(?:镇|乡|街道)$")}


def _peer(name: str, info: ReportInfo) -> bool:
    """Is the report's own unit another of the place's rung (宝安区's report for 龙华区)? A
    district's report names its neighbours and the districts split from it (「创龙华分区以来新高」),
    but speaks for its own unit only: a peer's figures are never in it."""
    rung = _RUNG.get(info.level)
    # the unit named as one of the rung (a unit the metadata lost, 「未知单位」, is no peer)
    own = info.township
    return bool(rung and rung.search(name) and rung.search(own) and own != name)


def reports_naming(
    name: str, infos: Sequence[ReportInfo], opening: Callable[[str], str]
) -> list[ReportInfo]:
    """Reports whose opening (``Catalog.opening``: simplified) names the place (in full, else
    by its short form 鱼复)."""
    for form in dict.fromkeys((name, short_name(name))):
        if len(form) < 2:
            continue
        found = [
            i
            for i in infos
            if not _peer(name, i) and _names_unit(opening(i.report_id)[:OPENING], form)
        ]
        if found:
            return found
    return []


def without_place(analysis: Analysis, names: Sequence[str]) -> Analysis:
    """The place is scope, not topic: its words leave the concepts."""
    keep = tuple(c for c in analysis.concepts if not any(c.term in n or n in c.term for n in names))
    return replace(analysis, concepts=keep)
