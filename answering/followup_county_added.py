"""「再把城口县的也加进来」 after 「重庆那边的乡镇街道报告有哪些？」: a county added to a region's list.

A county is a place, never a topic: adding it to a list widens the list's scope by the
reports that lie in it. When the county lies inside the region the last list was asked
over (城口县 is in 重庆), its reports are already on that list, so the union is the last
list itself — asked again, with a note saying so; after a list over the whole library it is
already in it too. A county outside the region is left to the other readers (no union is
guessed). Counties are told by the division list (``ingest.gazetteer.counties``).
"""

from __future__ import annotations

import re

from answering.regions import places_asked
from ingest.gazetteer import counties, regions, short

__all__ = ["county_added"]

_ADD = re.compile(
    r"^(?:那么?)?(?:再|还)?(?:把|将)?(?P<county>[\u4e00-\u9fff]{2,10}?)(?:那边|这边)?的?(?:报告)?"
    r"(?:也|都|一起|一并)?(?:加进来|加进去|加上|加入|算上|算进来|放进来)(?:吧|呢)?[？?。!！\s]*$"
)


def county_added(q: str, prev_q: str) -> tuple[str, str] | None:
    """(question, note): the last list question again when the county ``q`` adds lies in
    its region (or it has none); None when ``q`` adds no county, the last question lists
    nothing, or the county lies outside the region."""
    m = _ADD.match(q.strip())
    if not m or not re.search(r"哪些|哪几|谁", prev_q):  # a list asked, not 「哪年」
        return None
    county = m.group("county")
    places = counties().counties.get(county)
    if not places:
        return None
    asked = set(places_asked(prev_q, regions()))
    if not asked:
        return prev_q, f"（上一个问题不限地区，已包括{county}的报告）"
    inside = all({p.province, p.city} & asked for p in places)
    if not inside:
        return None
    where = "、".join(short(a) for a in sorted(asked))
    return prev_q, f"（{county}在{where}境内，它的报告已在上面的列表中）"
