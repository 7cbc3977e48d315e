"""A follow-up that moves the last which-question to a place inside or around its own:
「宝山区的呢」 after 「上海的街镇都有谁」, 「武冈市的呢」 after 「湖南的报告有哪几份」, 「整个杭州
的呢」 after 「杭州上城区的报告有哪些」, 「重庆的有哪些写了」 after 「哪几个乡镇写了执法记录仪」.

Chinese places nest (province ⊃ city ⊃ county ⊃ township), and a conversation over a list of
reports walks that tree: it narrows to a county of the province just asked about, widens from
a district to its whole city, or steps to a sibling county. The follow-up says only the new
place, often without 那 (「宝山区的呢」); the rest of the last question — its level, its
topic, its year — stays. The division list (``ingest.gazetteer.counties``) decides what the
word is and where it lies; a place is taken only when it lies inside, around or beside the
place the last question named, so the ambiguous county names (宝山区 is in 上海 and in
双鸭山) resolve by the conversation and an unrelated word is never read as a place.
Provinces and cities the last question did not pin down are switched by
``answering.followup_region``; a unit of the library is the unit follow-ups' business.
"""

from __future__ import annotations

import re

from answering.followup_region import switched_region
from answering.regions import places_asked
from ingest.gazetteer import Gazetteer, Place, counties
from reportqa.text import to_simplified

# 「宝山区的呢」「整个杭州的呢」「那武冈市那边的报告呢」: a place and the asking words, nothing else
_BARE = re.compile(
    r"^(?:那么?|换成|改成|再看看?)?\s*(?:整个|全|整体)?(?P<place>[\u4e00-\u9fff]{2,12}?)"
    r"(?:那边|这边|境内|地区)?(?:的|里的)?(?:报告|单位)?(?:里面|里头|里|中)?"
    r"(?:呢|又如何|怎么样)[？?。!！\s]*$"
)
# 「重庆的有哪些写了」「浙江的是哪几个」: the last list narrowed to a place, the deed it asked
# about said again by a bare verb at most (a topic of its own makes a new question)
_WHERE_DEED = re.compile(
    r"^(?:那么?)?(?P<place>[\u4e00-\u9fff]{2,12}?)(?:那边|这边|境内)?的(?:都|又)?(?:有|是)?"
    r"(?:哪些|哪几个|哪几家|哪几份)(?:写了|写到了?|提到了?|提了|提及了?|有写)?[？?。!！\s]*$"
)


# 「宝山区就这些吗？把宝山的都列出来」: a doubt about the last list, then the place's reports
# asked for in full — the order to list says nothing but the place
_LIST_PLACE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,12}?(?:就这些|就这几个|就这几份|只有这些|就这么多|只有这几个)"
    r"(?:吗|嘛|么|了吗)?[？?，,。!！\s]*)?(?:那么?)?(?:把|将)?(?:整个|全)?(?P<place>[\u4e00-\u9fff]{2,12}?)"
    r"(?:那边|境内)?的(?:报告)?(?:都|全部|全都)?(?:给我)?(?:列出来|列一下|列出|列举出来)[？?。!！\s]*$"
)
# a county said without its suffix (「宝山」 for 宝山区): tried with each, and taken only where
# the full name lies inside the last question's place (``_narrowed``)
_COUNTY_ENDS = ("区", "县", "市", "旗")


def _counties_in(text: str, gaz: Gazetteer) -> list[tuple[str, list[Place]]]:
    """The counties ``text`` names, longest first, none inside another (「上城区」, not its
    「城区」: a county name can be the tail of another)."""
    found = sorted((n for n in gaz.counties if len(n) > 2 and n in text), key=len, reverse=True)
    kept: list[str] = []
    for name in found:
        if not any(name in k for k in kept):
            kept.append(name)
    return [(n, gaz.counties[n]) for n in kept]


def _narrowed(place: str, prev_q: str, gaz: Gazetteer) -> str | None:
    """The last question asked of county ``place``: the region it names that holds the county
    replaced by it (上海 → 宝山区), or a county of the same city replaced (宝山区 → 嘉定区)."""
    where = gaz.counties.get(place, [])
    for full, word in places_asked(prev_q, gaz).items():
        if any(full in (p.province, p.city) for p in where) and prev_q.count(word) == 1:
            after = _counties_in(prev_q, gaz)  # 「上海宝山区的…」: the county goes too
            said = next((f"{word}{c}" for c, _ in after if f"{word}{c}" in prev_q), word)
            return prev_q.replace(said, place)
    for county, there in _counties_in(prev_q, gaz):
        if county != place and {p.city for p in there} & {p.city for p in where}:
            return prev_q.replace(county, place, 1)
    return None


def _widened(place: str, prev_q: str, gaz: Gazetteer) -> str | None:
    """The last question asked of region ``place`` around the county it names (上城区 →
    杭州): the county, with the region said before it, replaced by the region."""
    fulls = set(places_asked(f"{place}的", gaz))
    if not fulls:
        return None
    for county, there in _counties_in(prev_q, gaz):
        if any(p.city in fulls or p.province in fulls for p in there):
            words = set(places_asked(prev_q, gaz).values())
            said = next((f"{w}{county}" for w in words if f"{w}{county}" in prev_q), county)
            return prev_q.replace(said, place, 1)
    return None


def place_moved(q: str, prev_q: str, units: frozenset[str]) -> tuple[str, str] | None:
    """(question, note): the last which-question asked of the place ``q`` names by itself,
    when that place lies inside, around or beside the last question's; None otherwise."""
    q = to_simplified(q.strip())
    m = _BARE.match(q) or _WHERE_DEED.match(q) or _LIST_PLACE.match(q)
    if m is None or (place := m.group("place")) in units:
        return None
    gaz = counties()
    last = prev_q.strip().rstrip("？?。!！ ")
    if place not in gaz.counties and not places_asked(f"{place}的", gaz):
        full = [place + end for end in _COUNTY_ENDS if place + end in gaz.counties]
        inside = [f for f in full if _narrowed(f, last, gaz)]
        place = inside[0] if len(inside) == 1 else place
    note = f"（在{place}的报告里重新检索上一个问题）"
    if place in gaz.counties:
        asked = _narrowed(place, last, gaz)
    else:
        asked = _widened(place, last, gaz)
        if asked is None and _counties_in(last, gaz):
            # 「广州的呢」 after 「宝安区的报告有哪些」: a region that does not hold the county
            # asked about is another place, not a scope for that county's question
            return None
        if asked is None and _WHERE_DEED.match(q):  # 「重庆的有哪些写了」: the list narrowed
            return switched_region(f"那{place}的呢", prev_q, units)
        if asked is None and not q.startswith(("那", "换成", "改成", "再看")):
            return switched_region(f"那{place}呢", prev_q, units)  # 「天津的呢」 as 「那天津呢」
    return (asked, note) if asked else None
