"""A county-level place said right after its own city: a place, whatever its stem reads as.

Many district names are also common words (城关区, 城东区, 城中区, 市中区: "the town's centre",
"the east of town"), so ``answering.places`` reads them as places only where nothing else
could be meant, and a stem such as 城 or 城东 alone is taken for a common noun. But Chinese
locates a district by its city first (拉萨城关区, 西宁城东区, 柳州城中区): the city's name
right before a district the division list puts under that very city leaves no common-noun
reading. Such a place the library holds no unit of must be refused by name, never answered
from another unit's report (「拉萨城关区的普法情况」 over a library of other places).

Only the pair the division list confirms counts — 深圳城关区 names no place (no 城关区 lies
under 深圳), and a city name alone is ``answering.region_scope``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.gazetteer import Gazetteer, gazetteer, short

_COUNTY_END = re.compile(r"[区县旗市]")


def parented_counties(q: str, places: Callable[[], Gazetteer] = gazetteer) -> list[str]:
    """The 「city + county」 spans of ``q`` whose county the division list places under that
    city (拉萨城关区 → ["拉萨城关区"]), as the question spells them, longest first per end."""
    gaz = places()
    out: list[str] = []
    for m in _COUNTY_END.finditer(q):
        end = m.end()
        for cut in range(max(0, end - 5), end - 1):  # the county: 2 to 5 characters
            county = q[cut:end]
            homes = gaz.counties.get(county) or []
            cities = {p.city for p in homes if p.city}
            said = _city_before(q, cut, cities)
            if said:
                out.append(f"{said}{county}")
                break
    return out


def _city_before(q: str, cut: int, cities: set[str]) -> str:
    """The name of one of ``cities`` (full or short: 拉萨市, 拉萨) ending at ``cut``, or ""."""
    for city in cities:
        for form in (city, short(city)):
            if form and len(form) >= 2 and q[:cut].endswith(form):
                return form
    return ""


def county_of(said: str, places: Callable[[], Gazetteer] = gazetteer) -> str:
    """The county part of a 「city + county」 span (拉萨城关区 → 城关区)."""
    gaz = places()
    for cut in range(1, len(said) - 1):
        if said[cut:] in gaz.counties:
            return said[cut:]
    return said


# 「跟拉萨城关区开展结对共建」「与西宁城东区协作」: a place after a preposition of partnering,
# then a deed, is the partner of the deed — a topic the reports write — not the unit asked;
# only a comparison after it (跟X比, 和X相比) makes it a unit of the question
_PARTNER = re.compile(r"[跟和与同向对]$")
_COMPARED = re.compile(r"^(?:的?(?:报告|工作))?(?:比|相比|对比|比较|一样|差不多)")


# 「对拉萨城关区的普法工作做个介绍」: 对 (and 向) before 「X的…」 introduces what is spoken of —
# X's own work, the unit asked — not a partner; 跟/和/与 X 的结对共建 stays a partnership
_ABOUT = re.compile(r"[对向]$")


def partner_of_deed(q: str, said: str) -> bool:
    """Is ``said`` (a span of ``q``) the partner of a deed: after 跟/和/与, no comparing?"""
    at = q.find(said)
    after = q[at + len(said) :]
    if _ABOUT.search(q[:at]) and after.startswith("的"):
        return False
    return bool(_PARTNER.search(q[:at])) and not _COMPARED.match(after)
