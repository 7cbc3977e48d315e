"""「里面那个贵州的乡配了几台」: one of the last answer's units picked by the region it lies in.

After a list (「有哪些乡镇街道给执法人员配了执法记录仪」 → 左岚乡、鱼复街道、绿塘乡) people point at
one of the units by where it is rather than by name — they remember 「the one in Guizhou」, not
绿塘乡. The province or city said is then no topic (searched as words, 「贵州」 finds nothing in
the reports, which rarely name their own province) but a filter on the units listed: those
whose report lies in it (``answering.region_answers.RegionAnswers.in_place``). Only a place
that keeps some of the units and not all picks: a place that keeps none or every one says
nothing about which, and the follow-up is read as before. ``answering.followup.resolve`` is
given ``placed`` by the service, which knows where each report lies; it picks by place before
by kind, so 「湖南那个乡」 is the one 乡 in Hunan even when the list holds two 乡.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.regions import places_asked
from ingest.gazetteer import Gazetteer, regions
from reportqa.units import short_name

__all__ = ["Placed", "region_picked"]

# does a unit's report lie in a province or city (its full name)?
Placed = Callable[[str, str], bool]
# the place as said to point at a unit: 「贵州的」「贵州那边的」「贵州那个」
_AROUND = r"(?:那边|这边|境内|省|市)?(?:的)?"
# a pointer at one unit, and the kind of town it may name after it
_ONE = re.compile(r"(?:那|这)(?:个|家|一个)")
_KIND = re.compile(r"街道|乡|镇")


def region_picked(
    rest: str,
    units: Sequence[str],
    placed: Placed | None,
    places: Callable[[], Gazetteer] = regions,
) -> tuple[str, tuple[str, ...]] | None:
    """(``rest`` without the place, the units of ``units`` lying in it), or None when ``rest``
    names no single province or city, or the place keeps none or all of the units."""
    if placed is None or len(units) < 2:
        return None
    found = places_asked(rest, places())
    said = set(found.values())
    if len(said) != 1:
        return None
    word = next(iter(said))
    # review68: a place that is itself a unit of the list (「其中广东的」 when 广东省 was listed,
    # 「深圳市说了什么」 beside 深圳市) names that unit, never every unit lying inside it
    if any(u in found or short_name(u) == word or u == word for u in units):
        return None
    picked = tuple(u for u in units if any(placed(u, full) for full in found))
    if not picked or len(picked) == len(units):
        return None
    # 「深圳的那个区」 among five districts of 深圳: a pointer at one that the place leaves
    # several of (its kind, 乡/镇/街道, said or not) points at none — read as before, never
    # answered of one picked at random nor of them all
    if one := _ONE.search(rest):
        kind = _KIND.search(rest, one.end(), one.end() + 4)
        left = [u for u in picked if u.endswith(kind.group(0))] if kind else list(picked)
        if len(left) > 1:
            return None
    m = re.search(rf"{re.escape(word)}{_AROUND}", rest)
    if m is None:
        return None
    return rest[: m.start()] + rest[m.end() :], picked
