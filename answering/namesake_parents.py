"""The namesakes a township's own report leaves standing when its parent cannot be told.

A town's name is shared by many towns (7 are called 龙溪镇); a report that never names its
county still says the kind of body above it — 「在市委市政府的坚强领导下」 is a town under a
county-level city, 「区委、区政府」 one under a district (``ingest.meta_parent.county_kind``).
When that kind leaves a few namesakes, the answer names them, each with its city and province,
instead of only counting them: the reader can then tell which one the report is, and nothing is
guessed (the parent stays unknown in the metadata).
"""

from __future__ import annotations

from ingest.gazetteer import Gazetteer
from ingest.meta_parent import county_kind

_FEW = 4  # more namesakes than this are no help listed


def namesake_note(town: str, text: str, gaz: Gazetteer) -> str:
    """「报告称上级为「市委、市政府」，行政区划资料中其中在县级市下的是：玉环市（浙江省台州市）、…」,
    or "" when the report's kind of superior leaves one, none, or too many namesakes."""
    kind = county_kind(text)
    if not kind or not gaz.loaded:
        return ""
    places = [*gaz.towns.get(town, ()), *gaz.upgraded_from(town, "乡镇")]
    fits = list(dict.fromkeys(p for p in places if p.county.endswith(kind)))
    if not 1 < len(fits) <= _FEW or len(fits) == len(places):
        return ""
    listed = "、".join(
        f"{p.county}（{p.province}{p.city if p.city != p.province else ''}）" for p in fits
    )
    body = {"市": "市委、市政府", "区": "区委、区政府", "县": "县委、县政府", "旗": "旗委、旗政府"}[
        kind
    ]
    under = "县级市" if kind == "市" else kind
    return f"；报告称其上级为{body}，这些{town}中在{under}下的有：{listed}"
