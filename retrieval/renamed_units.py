"""One place over time: a 新区 that became a 区 is the same unit under its new name.

Functional zones are made full districts and keep their place name: 深圳's 光明新区 became
光明区 (2018), 坪山新区 坪山区, 龙华新区 龙华区; 浦东新区 kept its name. A library holding the
zone's older reports and the district's newer ones holds one unit's years, and people call both
by the place name (「光明21年的报告」) or by either full name. So a question naming one of them
— short name or full — is about both: X新区 and X区 with the same parent city. Stored metadata
is not renamed (each report keeps the name it was written under); only the question's scope
widens. Two units with the same short name under different parents are different places, and a
parent unread is no parent shared.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from reportqa.types import ReportInfo
from reportqa.units import short_name
from retrieval.filters import Filters

__all__ = ["renamed_of", "same_places", "widened"]


def _pair(a: str, b: str) -> bool:
    """X新区 and X区, either way round."""
    zone, district = (a, b) if a.endswith("新区") else (b, a)
    return (
        zone.endswith("新区")
        and not district.endswith("新区")
        and district.endswith("区")
        and zone.removesuffix("新区") == district.removesuffix("区")
        and len(short_name(district)) >= 2
    )


def renamed_of(name: str, others: Iterable[str]) -> bool:
    """Is ``name`` one of ``others`` under its other name (X新区 / X区)? By name alone: a unit
    set aside is kept out under both its names, so no scope widened back lets it in."""
    return any(_pair(name, o) for o in others)


def same_places(townships: Iterable[str], infos: Iterable[ReportInfo]) -> tuple[str, ...]:
    """``townships`` with, after each, the units of ``infos`` that are the same place under
    its other name (X新区 / X区 of one parent)."""
    names = list(dict.fromkeys(townships))
    if not names:
        return ()
    parents: dict[str, set[str]] = {}
    for i in infos:
        parents.setdefault(i.township, set()).add(i.county)
    out: list[str] = []
    for name in names:
        out.append(name)
        for other, theirs in parents.items():
            if _pair(name, other) and theirs & parents.get(name, set()) - {""}:
                out.append(other)
    return tuple(dict.fromkeys(out))


def widened(filters: Filters, infos: Sequence[ReportInfo]) -> Filters:
    """``filters`` whose units also take each one's other name (``same_places``)."""
    if not filters.townships:
        return filters
    return replace(filters, townships=same_places(filters.townships, infos))
