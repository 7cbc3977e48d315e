"""Development zones: a place's name, sometimes two joined by a dash, and the zone's kind.

A zone (「十堰经济技术开发区」「合肥高新技术产业开发区」「青川-雁屿经济技术开发区」「湘潭经开区」) is
named by the city (or the two places) it belongs to followed by its kind, and reports like a
county through its 党工委 and 管委会. The name readers find administrative chains, so they read
such a name as a city and a bare kind (「十堰市」 + 「经济技术开发区」), or only the part after a
dash: the city or a bare 「经济技术开发区」 then takes the unit's place. The whole name, as the
title or the opening sentence's subject writes it, is the unit; the city in it (「十堰市…」) is
the unit above. Only a name in a title line, or one opening a clause and followed by what a
subject is followed by (its organ, a year, 坚持…), counts: 「持续优化经济技术开发区营商环境」 in
a county's report is an object, not the writer.
"""

from __future__ import annotations

import re

from ingest import admin_names as an
from reportqa.units import ZONE_KINDS

H = an.H
_DASH = "-－—–‐"
# the kinds of zone, longest first so a regex takes the whole kind: the long and short forms
# answering speaks of (reportqa.units.ZONE_KINDS, one source) and the kinds only a writer's
# name carries (工业园区, 综合保税区, a bare 开发区)
_KIND = "|".join(
    sorted(
        {k for pair in ZONE_KINDS for k in pair}
        | {"工业园区", "产业园区", "综合保税区", "保税区", "开发区"},
        key=lambda k: (-len(k), k),
    )
)
# a name opening a line or a clause: its place part (one dash allowed), then its kind
_ZONE = re.compile(rf"(?<![{H}{_DASH}])([{H}]{{2,12}}?(?:[{_DASH}][{H}]{{2,8}}?)?)({_KIND})")
# what follows a zone named as the writer: its organ, a year, a report word, or a verb of
# the opening sentence (「…开发区坚持…」); at a line's end in a title
_AS_WRITER = re.compile(
    r"(?:党工委|工委|管委会|管理委员会|\s*(?:19|20)\d{2}|关于|法治|坚持|始终|全面|深入|认真|"
    r"紧紧|聚焦|立足|围绕|以|在|深化|持续推进|扎实|着力|紧扣|[，,、（(]|\s*$)"
)
_NOT_PLACE = re.compile(r"[年月日第的是在和与对及将把为从]|建设|法治|优化|推进|发展|加快|打造")


def bare_kind(unit: str) -> bool:
    """Whether ``unit`` is a zone's kind with no place before it (「经济技术开发区」「高新区」).

    A zone's site strips the city from its own pages (「经济技术开发区管理委员会关于…报告」,
    「经开区坚持…」): dozens of zones share that kind, so it names no one unit. The unit is
    unread — the zone's level (区县, like a county) still holds — never the kind itself, which
    would list every such report as one unit 「经济技术开发区」."""
    return bool(unit) and re.fullmatch(rf"(?:{_KIND})", unit) is not None


def zone_names(segment: str) -> list[tuple[str, str]]:
    """(zone, city above it or "") for each zone ``segment`` (a title line or an opening
    clause) names as its writer."""
    out: list[tuple[str, str]] = []
    for m in _ZONE.finditer(segment):
        if not _AS_WRITER.match(segment, m.end()):
            continue
        head = an.ORGAN.split(an.JUNK_WORDS.split(m.group(1))[-1])[-1]
        if len(re.sub(rf"[{_DASH}]", "", head)) < 2 or _NOT_PLACE.search(head):
            continue
        city = re.search(rf"(?:^|省|自治区)([{H}]{{2,6}}?(?:市|州|盟))$", head)
        out.append((head + m.group(2), city.group(1) if city else ""))
    return out


_SENTENCE = re.compile(r"[，,。；;]|[:：]$")


def zone_mentions(
    titles: list[str], lead: str, tail: list[str]
) -> list[tuple[str, str, str, float]]:
    """(zone, city, origin, weight) for a zone named whole in a title line, as the opening's
    subject (``lead``) or in the 落款 (the last lines, ``tail``)."""
    return [
        (zone, city, origin, weight)
        for lines, origin, weight in (
            ([t for t in titles if not _SENTENCE.search(t)], "title", 1.0),
            ([lead], "opening", 0.8),
            ([t for t in tail if len(t) <= 40 and not _SENTENCE.search(t)], "signature", 0.8),
        )
        for line in lines
        for zone, city in zone_names(line)
    ]


def joined_zone(text: str, unit: str) -> str:
    """``unit`` with the name before its dash when the text always writes it so (the unit
    read by a chain reader, which stops at the dash)."""
    if not unit or not re.search(rf"(?:{_KIND}|新区|合作区|试验区)$", unit):
        return unit
    found = {
        an.JUNK_WORDS.split(m.group(1))[-1]
        for m in re.finditer(rf"([{H}]{{2,8}})[{_DASH}]{re.escape(unit)}", text)
    }
    found = {f for f in found if 2 <= len(f) <= 4}
    joined = len(re.findall(rf"[{_DASH}]{re.escape(unit)}", text))
    if len(found) != 1 or text.count(unit) > 2 * joined:
        return unit
    head = found.pop()
    m = re.search(rf"{re.escape(head)}[{_DASH}]{re.escape(unit)}", text)
    return m.group(0) if m else unit
