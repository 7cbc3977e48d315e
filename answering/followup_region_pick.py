"""「里面那个贵州的乡配了几台」: one of the last answer's units picked by the region it lies in.

After a list (「有哪些乡镇街道给执法人员配了执法记录仪」 → 左岚乡、鱼复街道、绿塘乡) people point at
one of the units by where it is rather than by name — they remember 「the one in Guizhou」, not
绿塘乡. The province or city said is then no topic (searched as words, 「贵州」 finds nothing in
the reports, which rarely name their own province) but a filter on the units listed: those
whose report lies in it (``answering.region_answers.RegionAnswers.in_place``). Only a place
that keeps some of the units and not all picks: a place that keeps none or every one says
nothing about which, and the follow-up is read as before. It runs after
``answering.followup.resolve`` (which knows names, not places), in the service that knows where
each report lies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.followup_carry import carried_topic
from answering.followup_levels import pointed_by_kind
from answering.followup_turn import Resolved, Turn
from answering.regions import places_asked
from ingest.gazetteer import Gazetteer, regions

__all__ = ["Placed", "picked_by_place", "region_picked"]

# does a unit's report lie in a province or city (its full name)?
Placed = Callable[[str, str], bool]
# the place as said to point at a unit: 「贵州的」「贵州那边的」「贵州那个」
_AROUND = r"(?:那边|这边|境内|省|市)?(?:的)?"


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
    picked = tuple(u for u in units if any(placed(u, full) for full in found))
    if not picked or len(picked) == len(units):
        return None
    m = re.search(rf"{re.escape(word)}{_AROUND}", rest)
    if m is None:
        return None
    return rest[: m.start()] + rest[m.end() :], picked


def picked_by_place(resolved: Resolved, history: Sequence[Turn], placed: Placed) -> Resolved:
    """``resolved`` narrowed to the last answer's units in the place it names, when it was
    read as a pick among them (scoped to several, 「里面那个贵州的乡配了几台」): the place taken
    out of the words, the one unit of a kind pointed at among those left, the last topic kept
    (as ``answering.followup`` reads 「其中那个乡配了几台」); unchanged otherwise."""
    if not history or len(resolved.scope) < 2:
        return resolved
    rest = re.sub(r"[（(]范围[:：][^）)]*[）)]$", "", resolved.question).strip()
    by_place = region_picked(rest, resolved.scope, placed)
    if by_place is None:
        return resolved
    rest, pool = by_place
    narrowed = pointed_by_kind(rest, pool) or pool
    asked = carried_topic(rest, history[-1].effective) or rest
    return Resolved(asked, narrowed, f"（范围：{'、'.join(narrowed)}）")
