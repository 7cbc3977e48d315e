"""「龙岗大运中心改造进展咋样」: a district said by its short name, a sibling of the library's own.

Users call a city's districts by their short names (罗湖, 光明, 龙岗) and do so for the
library's units and their neighbours alike. When the library holds districts of one city, a
short name that opens the question and is another district of that same city names a unit the
library has no report of: the question is about that district, and a neighbour's report that
mentions it (「得益于龙岗区委、区政府的大力支持」) is no answer. Only the sibling of a held unit is
read so: a short name is an ordinary word elsewhere (光明, 新华, 城关), and only the library's own
city makes the reading safe.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.gazetteer import Gazetteer, gazetteer, short
from reportqa.units import UnitIndex

__all__ = ["sibling_by_short_name"]

# the question's opening (a polite or connective lead-in may come before the name)
_LEAD = re.compile(r"^(?:请问|那么?|还有|再看看?|看看|在)?")
_KIND = re.compile(r"(?:自治县|自治旗|新区|区|县|市|旗)$")
# a short name that is a position word (新城, 城关, 城东, 市中) names a part of any town first
_POSITION = re.compile(r"^(?:[新老旧主]城|城[东西南北中关]|市中)$")


def sibling_by_short_name(
    q: str, units: tuple[UnitIndex, UnitIndex], places: Callable[[], Gazetteer] = gazetteer
) -> list[str]:
    """The full name (龙岗区) of a county-level unit the question opens with by its short name,
    when it lies in a city whose other units the library holds and is not one of them."""
    rest = q[_LEAD.match(q).end() :]
    held_cities = units[1].names
    if not held_cities:
        return []
    gaz = places()
    shorts = gaz.short_names("区县")
    for size in (4, 3, 2):
        name = rest[:size]
        if len(name) < size or name not in shorts or name in units[0].shorts:
            continue
        if _POSITION.match(name) or name in gaz.short_names("地市"):
            continue
        if re.match(r"[区县市旗]", rest[size : size + 1]):
            return []  # the full name: read by the callers that read full names
        fulls = [
            n
            for n, at in gaz.counties.items()
            if short(_KIND.sub("", n)) == name and any(p.city in held_cities for p in at)
        ]
        return fulls[:1] if len(fulls) == 1 else []
    return []
