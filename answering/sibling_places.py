"""「龙岗大运中心改造进展咋样」: a district said by its short name, a sibling of the library's own.

Users call a city's districts by their short names (罗湖, 光明, 龙岗) and do so for the
library's units and their neighbours alike. When the library is a collection of one city's
districts, a short name that opens the question and is another district of that same city
names a unit the library has no report of: the question is about that district, and a
neighbour's report that mentions it (「得益于龙岗区委、区政府的大力支持」) is no answer.

A short name is an ordinary word elsewhere (光明, 中原, 大田, 长安), so the reading is kept to
where the library itself makes it safe:

- the library holds at least two county-level units of the city: a lone district of a city in
  a mixed library (郑东新区 of 郑州) says nothing of the user's frame, and 「中原经济区」 there is
  the region, not 中原区;
- the library holds no report of the city itself: a city's own report speaks for all of its
  districts (深圳市's report on 光明科学城), so a district of it is no absent place;
- the segmenter reads the short name as a word of its own: 「金水河」「未央宫」「大田作物」 open
  with a short name but are a river, a palace and a farming term.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from ingest.gazetteer import Gazetteer, gazetteer, short
from reportqa.types import ReportInfo
from reportqa.units import UnitIndex

__all__ = ["district_cities", "sibling_by_short_name"]

# the question's opening (a polite or connective lead-in may come before the name)
_LEAD = re.compile(r"^(?:请问|那么?|还有|再看看?|看看|在)?")
_KIND = re.compile(r"(?:自治县|自治旗|新区|区|县|市|旗)$")
# a short name that is a position word (新城, 城关, 城东, 市中) names a part of any town first
_POSITION = re.compile(r"^(?:[新老旧主]城|城[东西南北中关]|市中)$")


def district_cities(reports: Iterable[ReportInfo]) -> frozenset[str]:
    """The cities the library is a district collection of: two county-level units or more
    held under the city, and no report of the city itself."""
    held: dict[str, set[str]] = defaultdict(set)
    own = set()
    for info in reports:
        if info.level == "区县" and info.county:
            held[info.county].add(info.township)
        elif info.level == "地市":
            own.add(info.township)
    return frozenset(c for c, units in held.items() if len(units) >= 2 and c not in own)


def sibling_by_short_name(
    q: str,
    units: tuple[UnitIndex, UnitIndex],
    cities: frozenset[str],
    places: Callable[[], Gazetteer] = gazetteer,
    tagged: Callable[[str], list[tuple[str, str]]] | None = None,
) -> list[str]:
    """The full name (龙岗区) of a county-level unit the question opens with by its short name,
    when it lies in one of ``cities`` (``district_cities``) and is not a unit held."""
    rest = q[_LEAD.match(q).end() :]
    if not cities:
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
        if tagged is not None and not _word_ends(rest, size, tagged):
            return []  # 「金水河」「大田作物」: the name opens a longer word
        fulls = [
            n
            for n, at in gaz.counties.items()
            if short(_KIND.sub("", n)) == name and any(p.city in cities for p in at)
        ]
        return fulls[:1] if len(fulls) == 1 else []
    return []


def _word_ends(text: str, size: int, tagged: Callable[[str], list[tuple[str, str]]]) -> bool:
    """The segmenter ends a word after the first ``size`` characters (坪|山|的 does, 金水河
    does not after 金水)."""
    end = 0
    for word, _ in tagged(text):
        end += len(word)
        if end >= size:
            return end == size
    return False
