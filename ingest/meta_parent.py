"""The unit above a report's unit, as the text names it, confirmed or (only when one place
fits) inferred with the gazetteer; and a township the text only names by its short name.

Facts used: a township's parent is a county-level unit and a county's a city; the parent
is named next to the unit (宝山区罗店镇), as a body above it (「在沁水县委…领导下」), as
the addressee (主送 「中共三明市委、三明市人民政府：」, a township's 「青禾县人民政府：」), as the publisher site or in the
title of its documents (《清城区…工作要点》); provinces and the State Council quoted from
boilerplate are never a township's parent.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest import admin_names as an
from ingest.gazetteer import Gazetteer, short
from ingest.meta_signature import SIGNER
from ingest.organ_units import organ_units
from ingest.report_reading import (
    OTHERS,
    READ,
    Doc,
    addressee,
    chains,
    level_in,
    lowest,
    names_in,
)
from ingest.self_name import self_kind
from ingest.short_self import clear_lead
from ingest.site_banner import LED_BY, SELF_COUNTY, SELF_TOWN, self_level
from reportqa.types import FieldSource

_BODY_ABOVE = re.compile(r"(?:县|区|市|旗|州|盟|省)(?=委|人民政府|政府)")


def find_parent(
    doc: Doc, unit: str, level: str, chained: str, hosts: tuple[str, ...] = ()
) -> tuple[str, FieldSource | None]:
    """``hosts``: the organs of a site banner over the title (「青禾县人民政府」 heading a
    township's report): the portal that republishes a unit's report is its parent's."""
    up = _rank_name(an.RANK.get(level, 9) + 1)
    if chained and (not doc.gaz.loaded or doc.gaz.level_of(chained) in ("", up)):
        return chained, FieldSource("text", 0.9)
    named: Counter[str] = Counter()
    text = doc.text[:READ]
    above: set[str] = set()  # real places the report names as the body above it
    for m in _BODY_ABOVE.finditer(text):  # 「在沁水县委…」: a body above names its unit
        # the body's first character is kept: it tells 和县 from 「…和县委」 (``names_in``)
        for u, _, _ in names_in(doc, text[max(0, m.start() - 16) : m.end() + 1], True)[-1:]:
            named[u] += 2
            if doc.known(u):
                above.add(u)
    for m in re.finditer(r"《([^》]{2,40})》", text):
        for u, _ in chains(doc, m.group(1), False)[:1]:
            named[u] += 1
    stated: set[str] = set()  # named by the page or the document itself, not in passing
    publishers = [v for _, v in doc.chrome.publishers + doc.chrome.sites] + list(hosts)
    for value in publishers:
        unit_p, _ = an.most_specific(
            an.parse_chain(value, doc.known) or organ_units(value, doc.known)
        )
        if not unit_p and SIGNER.fullmatch(value):  # 「青禾县司法局」: a department's place
            unit_p = (lowest(chains(doc, value, False)) or [("", "")])[0][0]
        if unit_p:
            named[unit_p] += 2
            stated.add(unit_p)
    for step in doc.chrome.crumbs:  # 「首页 > 青禾县 > 乡镇动态」: the site section above
        for u, _ in chains(doc, step, False)[-1:]:
            named[u] += 1
            stated.add(u)
    # a report goes to the government directly above its writer (主送 「青禾县人民政府：」): a
    # county's addressee is its city, a township's its county (kept only at the level above)
    if level in ("区县", "乡镇") and (to := addressee(doc)):
        named[to] += 3
        stated.add(to)
    listed = doc.gaz.listed(unit) if level == "乡镇" else unit  # 古柏路街道 filed as 古柏街道
    found = _best(doc, named, listed, level, up, stated, above)
    if found[1] is None or found[1].confidence < 0.85:  # then every mention in the body
        for u, _, _ in names_in(doc, text[: READ // 4], True):
            named[u] += 1
        found = _best(doc, named, listed, level, up, stated, above)
    if level == "乡镇" and (county := _zone_county(doc.gaz, found[0], text)):
        return county, FieldSource("gazetteer", 0.6)
    if level == "区县" and found[1] is None and (city := _new_area_city(doc, unit, text)):
        return city, FieldSource("text", 0.6)
    return found


def _new_area_city(doc: Doc, unit: str, text: str) -> str:
    """A 新区 the division list lacks (光明新区, 坪山新区, 大鹏新区: an area a city runs through
    its own 管委会) is led by that city — its report says 「在市委、市政府的领导下」 bare — and
    names it in passing (「深圳市十大重大项目」「深圳质量」). Its parent is that city: the one
    the list files X区 under when the new area has since become the district X区 and the
    text names that city (X新区 and X区 under one city are one place over time), else the
    prefecture the text names in full, once alone or more than twice as often as any other;
    lacking one in full, the prefecture whose short name it writes most (「深圳质量」「深圳蓝」:
    the city's things, as ``short_self`` counts a district's). A new area led by a province (no bare 市委) or one the list knows (浦东新区) is left alone."""
    if not (doc.gaz.loaded and unit.endswith("新区")) or doc.gaz.level_of(unit):
        return ""
    core = unit[: -len("新区")]
    if len(core) < 2 or not _CITY_BODY.search(text):
        return ""
    later = {p.city for p in doc.gaz.counties.get(core + "区", []) if short(p.city) in text}
    if len(later) == 1:
        return later.pop()
    named = Counter(u for u, _, _ in names_in(doc, text, True) if doc.gaz.level_of(u) == "地市")
    ranked = named.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > 2 * ranked[1][1]):
        return ranked[0][0]
    if ranked:
        return ""
    bare = Counter(
        {c: n for c in doc.gaz.cities if len(s := short(c)) >= 2 and (n := text.count(s))}
    )
    return clear_lead(bare)


# a development zone run inside one county, named after it (海安高新区, 石首经济开发区, 宜兴经开区)
_DEV_ZONE = re.compile(
    r"(?:高新技术产业开发区|经济技术开发区|经济开发区|高新技术开发区|高新区|经开区|开发区|工业园区)$"
)


def _zone_county(gaz: Gazetteer, zone: str, text: str) -> str:
    """A street office may be managed by a development zone (its page's 来源 is 「海安高新区」),
    but the zone is no government of the division list: the street lies in the statutory
    county the zone sits in and is named after (海安高新区 → 海安市). Only a zone the list does
    not know itself (it files some zones' towns under them: 威海经济技术开发区), and only when one
    county of the list bears the zone's name (narrowed by the city or province the text names);
    a national new area (两江新区) spans several counties and is left alone."""
    m = _DEV_ZONE.search(zone)
    if not (gaz.loaded and m) or gaz.level_of(zone):
        return ""
    core = zone[: m.start()]
    if len(core) < 2:
        return ""
    names = [core + k for k in ("市", "县", "区", "旗") if gaz.counties.get(core + k)]
    if len(names) > 1:
        names = [
            n
            for n in names
            if any(short(p.city) in text or short(p.province) in text for p in gaz.counties[n])
        ]
    if len(names) != 1 or len(gaz.counties[names[0]]) != 1:
        return ""
    return names[0]


def _best(
    doc: Doc,
    named: Counter[str],
    unit: str,
    level: str,
    up: str,
    stated: set[str],
    above: set[str],
) -> tuple[str, FieldSource | None]:
    """The most named candidate of the right level: one the gazetteer confirms contains the
    unit first; else a real place the report names as the body above it (「在余杭区委…领导
    下」: the text wins over a division list that may postdate a regrouping, 塘栖镇 moved to
    临平区 in 2021); else a real place (or one the page states) not contradicted by it."""
    # a city without counties (中山市, 东莞市) is itself the unit above its towns
    city_up = level == "乡镇" and _city_above(doc.text[:READ])
    fits = [
        n
        for n, _ in named.most_common()
        if n != unit
        and (
            level_in(doc, n) == up
            or (level == "乡镇" and doc.gaz.contains(n, unit))
            or (city_up and an.suffix(n) == "市" and not doc.gaz.level_of(n))
        )
        and doc.gaz.level_of(n) != "乡镇"
    ]
    if doc.gaz.loaded:
        confirmed = [n for n in fits if _contains(doc.gaz, n, unit, level)]
        if confirmed:
            return confirmed[0], FieldSource("text", 0.85)
        if own := [n for n in fits if n in above]:
            return own[0], FieldSource("text", 0.6)
        fits = [
            n
            for n in fits
            if (doc.known(n) or n in stated) and not _known_elsewhere(doc.gaz, unit, level)
        ]
    if fits:
        return fits[0], FieldSource("text", 0.6)
    kind = county_kind(doc.text[:READ]) if level == "乡镇" else ""
    inferred = doc.gaz.parent_of(unit, level, doc.text[:READ], kind) if doc.gaz.loaded else ""
    if inferred and not _other_kind_above(doc.text[:READ], inferred, level):
        return inferred, FieldSource("gazetteer", 0.65)
    if level == "乡镇" and (seat := _seat_county(doc.gaz, unit, kind, doc.text[:READ])):
        return seat, FieldSource("gazetteer", 0.6)
    return "", None


def _seat_county(gaz: Gazetteer, unit: str, kind: str, text: str) -> str:
    """A county's seat town often bears the county's name (红寺堡区 红寺堡镇, 和静县 和静镇,
    涞水县 涞水镇), and the division list lags the towns set up or renamed since it was made.
    A town the list does not know at all, whose report calls its superior by a bare body of
    one kind (「在区委、区政府的领导下」), lies in the county of its own name and that kind when
    the list holds one such county (narrowed by the city or province the text names). A
    listed town keeps the list's answer (浦江镇 is 闵行区's, not 浦江县's); a kind that differs
    (县委 over a 红寺堡区) is no evidence. A report that names no body above it but says the
    name alone (「法治海安建设」: a slogan of the county or of the town, the same word) lies in the
    one county of that name the list holds, of whatever kind; no such word, no guess."""
    if not gaz.loaded or gaz.towns.get(unit) or gaz.upgraded_from(unit, "乡镇"):
        return ""
    stem = re.sub(r"(?:街道|镇|乡)$", "", unit)
    if len(stem) < 2 or stem == unit:
        return ""
    if not kind:  # 「全力推进法治海安建设」: the county's name said alone, its kind unsaid
        if stem not in text.replace(unit, ""):
            return ""
        kinds = [k for k in ("县", "市", "区", "旗") if gaz.counties.get(stem + k)]
        if len(kinds) != 1:
            return ""
        kind = kinds[0]
    county = stem + kind
    places = gaz.counties.get(county, [])
    if len(places) > 1:
        places = [p for p in places if short(p.city) in text or short(p.province) in text]
    return county if len(places) == 1 else ""


_CITY_BODY = re.compile(r"(?<![\u4e00-\u9fff])市(?:委|人民政府|政府)|[在按]\S{0,6}?市委")
_COUNTY_BODY = re.compile(r"(?:县|区|旗)(?:委|人民政府|政府)")


def _city_above(text: str) -> bool:
    """A township whose report names only a 市委/市政府 above it (「在市委、市政府的领导下」)
    and never a 县委/区委 sits under a county-level city (or a city with no counties): a 市
    the list does not know is then a fit for its parent, though a 市 is taken as a prefecture
    by its ending."""
    return bool(_CITY_BODY.search(text)) and not _COUNTY_BODY.search(text)


def county_kind(text: str) -> str:
    """The kind of county a township's report says is above it: 区 for 「区委、区政府」, 县 for
    「县委依法治县办」, 市 when only 市委/市政府 lead it (``_city_above``); "" when it says
    several kinds or none."""
    kinds = {a or b for a, b in _BARE_ABOVE.findall(text)}
    if len(kinds) == 1:
        return kinds.pop()
    return "市" if not kinds and _city_above(text) else ""


# a township's report speaks of the county above it by kind alone: 「区委、区政府」「县委依法治县
# 办」「旗委」. A bare body (no name before it) is its own parent's, a named one another's.
_BARE_ABOVE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[在按和及与、由经向对据受]))(县|区|旗)(?:委|人民政府|政府)"
    r"|依法治(县|区|旗)"
)


def _other_kind_above(text: str, inferred: str, level: str) -> bool:
    """The division list's one namesake of a town sits under a 市 or a 县, but the report
    names its own county's bodies as a 区 (or the other way round): the list is not
    complete (towns of the same name exist in other provinces and are missing from it), so
    that namesake is another town, and the parent stays unknown rather than guessed."""
    if level != "乡镇":
        return False
    kinds = {a or b for a, b in _BARE_ABOVE.findall(text)}
    if not kinds and _ZONE_ABOVE.search(text) and not _ZONE.search(inferred):
        return True  # only a new area above it (「配合新区完成」): not the list's county
    kind = an.suffix(inferred)[-1:]
    return bool(kinds) and kind not in kinds


# a street of a national new area (金普新区, 两江新区: a zone over parts of several counties, not
# in the division list) names its superior as the bare 新区 — 「按照新区编办要求」「配合新区完成」
# 「在新区党工委领导下」 — while the list files it under a statutory county the report never names:
# a guess from the list would name another government than the one it reports to, so the parent
# stays unknown. A development zone merged with its district (「经开区工委（管委会）」 over
# 汉南区) is the same government as the listed county and keeps it
_ZONE_ABOVE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[在按照配合由经向对据受和及与、服从为]))"
    r"新区(?:党工委|工委|管委会|管委|编办|[、，,]|完成|的?(?:领导|部署|要求))"
)
_ZONE = re.compile(r"新区$")


def _rank_name(rank: int) -> str:
    return {r: n for n, r in an.RANK.items()}.get(rank, "")


def _contains(gaz: Gazetteer, above: str, unit: str, level: str) -> bool:
    if level == "乡镇":
        return gaz.contains(above, unit)
    if level == "地市":
        return any(p.province == above for p in gaz.cities.get(unit, []))
    return any(p.city == above or an.canonical(p.city) == above for p in gaz.counties.get(unit, []))


def _known_elsewhere(gaz: Gazetteer, unit: str, level: str) -> bool:
    kinds = {"乡镇": gaz.towns, "区县": gaz.counties, "地市": gaz.cities}
    return bool(kinds.get(level, {}).get(unit))


def unit_in_county(doc: Doc, parent: str, level: str) -> str:
    """A township never named in full (「街道按照《奉节县…》」, 「鱼复法治建设」): the one town of
    the named county, of the kind the text calls itself, whose short name the text uses. The
    county's own name is no use of it (九龙坡区 holds 九龙, not the town 九龙镇), and a town
    named like the front of its county is told from the county's short name (区“九龙发布”) by
    its full name only. A street of the county worked with or visited (「与磁器口街道联调」
    「赴井口街道学习」) is another one, not the writer."""
    if not (doc.gaz.loaded and parent and level == "乡镇"):
        return ""
    text = doc.text[:READ]
    kind = self_kind(text, "乡镇")
    if not kind:
        return ""
    text = OTHERS.sub(" ", text).replace(parent, " ")
    hits = {
        t
        for t in doc.gaz.towns_of(parent)
        if t.endswith(kind)
        and len(core := t[: -len(kind)]) >= 2
        and core in text
        and not parent.startswith(core)
    }
    return hits.pop() if len(hits) == 1 else ""


# a city's report speaks as 我市 (a government work report lists its streets too); 全市 and 市政府
# are as often a township's words for the county-level city above it (南安市's 柳城街道)
_SELF_CITY = re.compile(r"[我本]市")


def town_superior(doc: Doc, unit: str, level: str, origin: str) -> bool:
    """``unit`` (read for a report that speaks of itself as a township: 我镇, 全镇, 镇党委,
    本街道) is a place above the township level, so it is the township's superior, not its
    writer: a report speaks of its own level, and the county, city or province it names
    (「紧扣渠县2025年度…工作重点」「入选上海市第一批…」, a title 「丰都县…」 over 我镇) is the one it
    works under. The unit is then unknown (the county its parent), since a wrong unit answers
    for someone else. The voice is heard in the report's own body, against the words a county
    or city uses of itself (全区, 市政府): a line above the body (「由于镇政府未及时答复…」,
    another page's heading) or a page whose body lies past its menus (「街道办财政预决算」 in a
    district portal's menu) is not its voice. A development zone or 新区 the division list
    lacks speaks like a street (党工委, 管委会) and keeps its name, while a listed one (滨海新区)
    is a statutory district. A county site that publishes or files the page is its host, heard
    over the whole page as before."""
    if origin in ("publisher", "breadcrumb") and level == "区县":
        return self_level(doc.text[:READ]) == "乡镇"
    zone = not doc.known(unit) and (_DEV_ZONE.search(unit) or _ZONE.search(unit))
    if level not in ("区县", "地市", "省") or zone or origin == "file name":
        return False
    if doc.body >= len(doc.lines):
        return False
    text = LED_BY.sub(lambda m: " " * len(m.group(0)), doc.text[doc.lines[doc.body][0] : READ])
    if addressed_above(doc, level) and not _OWN_TOWN.search(text):
        return False
    town = len(SELF_TOWN.findall(text))
    return town > len(SELF_COUNTY.findall(text)) + len(_SELF_CITY.findall(text))


# a township naming itself (我镇, 本街道, 全乡): its own voice, whoever the report is addressed to —
# a township's report forwarded up or asked for by the prefecture (「鞍山市人民政府：」 over
# 我街道) is still the township's; 全乡镇 is a county's word for its towns
_OWN_TOWN = re.compile(r"[我本全](?:镇|乡(?!镇)|街道)")


def addressed_above(doc: Doc, level: str) -> bool:
    """The report's 主送 names a body above ``level`` (a 县级市 writing to its 州, 地区, 盟 or
    地级市 government): a township reports to its own county or city, never past it to the
    prefecture, so the unit read is the writer itself and not a township's superior, whatever town words
    (a village 「…山镇长…村」 read as 镇长, 各镇（街道）) its body happens to hold."""
    to = addressee(doc)
    return bool(to) and an.RANK.get(level_in(doc, to), -1) > an.RANK.get(level, 9)
