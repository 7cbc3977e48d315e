"""Which province and city a report's unit lies in, for 「四川的报告有哪几份」 and 「它是哪个省的」.

Reports seldom name their province; their metadata names the unit and the county above it,
and the division list (``ingest.gazetteer``) places those. A name several places bear (鼓楼区,
石桥镇) is narrowed by the county above it and by the city or province the opening mentions;
still ambiguous, it stays unplaced. A report may also say it itself, in a chain with its unit
or county (「云岫镇位于湖南省砚川县东南部」) — a province merely mentioned elsewhere is no evidence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ingest.gazetteer import Gazetteer, Place, short
from ingest.meta_parent import county_kind
from reportqa.types import ReportInfo

_H = "\u4e00-\u9fff"
_HAN = re.compile(f"[{_H}]*")


@dataclass(frozen=True)
class Region:
    province: str
    city: str  # "" when the places that fit share the province only
    origin: str  # "gazetteer" or "text"


def region_of(info: ReportInfo, opening: str, gaz: Gazetteer) -> Region | None:
    """The province (and city) of the report's unit; ``opening``: its first lines, simplified."""
    places = _narrowed(_places(info, gaz), opening)
    provinces = {p.province for p in places}
    if len(provinces) == 1:
        cities = {p.city for p in places}
        return Region(provinces.pop(), cities.pop() if len(cities) == 1 else "", "gazetteer")
    said = _said(info, opening, gaz)
    return Region(said, "", "text") if said else None


def may_lie_in(info: ReportInfo, gaz: Gazetteer, place: str, opening: str = "") -> bool:
    """Could the unit lie in ``place`` (a province, city or county): one of the places its name (under its county, if the
    report names one) is in the division list lies there. For a report :func:`region_of`
    cannot place — 沙市镇 names no county and three 沙市镇 exist, one in 重庆 — so a region's
    scope keeps it, said as unsure, rather than drops a unit whose report may be the answer.
    A township's report that names no county still says the kind of body above it (「在市委
    市政府的坚强领导下」: a county-level city, ``ingest.meta_parent.county_kind``): a namesake
    under a county of another kind is not the writer, so a region holding only such namesakes
    (重庆's two 龙溪镇 lie under 县) is no place the report may lie in."""
    places = _places(info, gaz)
    if info.level == "乡镇" and not info.county and (kind := county_kind(opening)):
        places = [p for p in places if p.county.endswith(kind)]
    # a county too (「武冈市下面」「云阳县有报告吗」): the namesake under it, of the kind said
    return any(place in (p.province, p.city, p.county) for p in places)


def _places(info: ReportInfo, gaz: Gazetteer) -> list[Place]:
    unit, parent = info.township, info.county
    if info.level == "乡镇":
        towns = gaz.towns.get(unit, [])
        inside = [p for p in towns if parent and parent in (p.county, short(p.county))]
        # a 镇 may be the 乡 of the same name the list has not renamed (撤乡设镇): both fit
        return inside or (
            gaz.counties.get(parent, [])
            if parent
            else towns + (gaz.upgraded_from(unit, "乡镇") if towns else [])
        )
    if info.level == "区县":
        counties = gaz.counties.get(unit, [])
        cities = gaz.cities.get(parent, []) if parent else []
        above = {p.province for p in cities}
        # a 新区/开发区/高新区 run by a 管委会 is no division the list knows, yet it lies
        # inside the city above it (赣州蓉江新区 in 赣州市): its parent places it
        return [p for p in counties if p.province in above] or counties or cities
    if info.level == "地市":
        return gaz.cities.get(unit, [])
    return [Place(unit, "")] if info.level == "省" and unit in gaz.provinces else []


def _narrowed(places: list[Place], opening: str) -> list[Place]:
    if len({p.province for p in places}) <= 1:
        return places
    named = [p for p in places if short(p.city) in opening or short(p.province) in opening]
    return named or places


def _said(info: ReportInfo, opening: str, gaz: Gazetteer) -> str:
    """A province named right before the unit or its county (湖南省砚川县云岫镇): the first such
    mention in the text. One pattern for every province, made once: a pattern per province and
    report overflowed ``re``'s cache and recompiled for each of 10 000 reports (minutes)."""
    names = [n for n in (info.county, info.township) if n]
    if not names:
        return ""
    pattern, spoken = _provinces(gaz)
    for m in pattern.finditer(opening):
        after = opening[m.end() : m.end() + 8 + max(map(len, names))]
        for name in names:
            gap = after.find(name)
            if 0 <= gap <= 8 and _HAN.fullmatch(after[:gap]):
                return spoken[m.group(0)]
    return ""


@functools.lru_cache(maxsize=4)
def _provinces(gaz: Gazetteer) -> tuple[re.Pattern, dict[str, str]]:
    """Every province by its full and its short name (湖南省, 湖南), longest first."""
    spoken = {short(p): p for p in gaz.provinces} | {p: p for p in gaz.provinces}
    alternatives = "|".join(map(re.escape, sorted(spoken, key=len, reverse=True)))
    return re.compile(alternatives), spoken


def places_asked(q: str, gaz: Gazetteer) -> dict[str, str]:
    """The provinces and cities a question names: full name → the words it used (「四川的」
    → 四川省: 四川, 「黔东南州的」 → 黔东南苗族侗族自治州: 黔东南州); a city by its short name only
    before 的/有/下辖/下面/境内/那边…"""
    names, said, spoken = _names(gaz)
    found: dict[str, str] = {}
    for m in said.finditer(q):
        found.update(dict.fromkeys(names[m.group(0)], m.group(0)))
    for m in spoken.finditer(q):
        found.update(dict.fromkeys(names[m.group(1)], m.group(1)))
    for m in _bare_cities(gaz).finditer(q):  # 「杭州上城区」: an address said large to small
        cities = names[m.group(1)]
        after = q[m.end() : m.end() + 8]
        if any(
            p.city in cities
            for size in range(2, len(after) + 1)
            for p in gaz.counties.get(after[:size], ())
        ):
            found.update(dict.fromkeys(cities, m.group(1)))
    return found


@functools.lru_cache(maxsize=4)
def _bare_cities(gaz: Gazetteer) -> re.Pattern:
    """Cities by their short name with nothing after it: a city is said so right before one of
    its own counties (杭州上城区, 深圳南山区), never alone (a short name is often a word)."""
    names, said, _ = _names(gaz)
    cities = sorted((n for n in names if n not in gaz.provinces and not said.fullmatch(n)), key=len)
    return re.compile("(" + "|".join(map(re.escape, cities[::-1])) + ")")


@functools.lru_cache(maxsize=4)
def _names(gaz: Gazetteer) -> tuple[dict[str, tuple[str, ...]], re.Pattern, re.Pattern]:
    """Every name a region goes by → its full names, and one pattern each for the names said
    anywhere (full names, provinces' short names) and the cities' short names."""
    names: dict[str, set[str]] = {}
    for prov in gaz.provinces:
        for said in (prov, short(prov)):
            names.setdefault(said, set()).add(prov)
    said_anywhere = set(names)
    for city, places in gaz.cities.items():
        names.setdefault(city, set()).update(p.city for p in places)
        said_anywhere.add(city)
        if len(short(city)) >= 2:
            names.setdefault(short(city), set()).update(p.city for p in places)
    cities = {short(c) for c in gaz.cities if len(short(c)) >= 2} - said_anywhere

    def alternation(words) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"

    return (
        {k: tuple(sorted(v)) for k, v in names.items()},
        re.compile(alternation(said_anywhere)),
        # 「东莞自己的报告」: 自己/本身/自身 stress the city's own reports, a city all the more
        re.compile(
            rf"({alternation(cities)})(?:(?:自己|自身|本身)?的|有|下辖|下面|下属|所辖|境内|那边|这边)"
        ),
    )


def in_region(region: Region | None, place: str) -> bool:
    """Does the report's region lie in ``place`` (the full name of a province or a city)?"""
    return region is not None and place in (region.province, region.city)
