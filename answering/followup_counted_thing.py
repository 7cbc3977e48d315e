"""「那规上企业呢」 after 「坪山那份，18年新来了多少家生物医药企业」: the counted thing swapped.

A question that counts a kind of thing (多少家生物医药企业, 几个社区食堂, 多少名专职调解员)
fixes the deed (新来, 新增, 建成), the count's measure word (家, 个, 名) and the thing. A
next turn of 那 + another kind of the same thing (规上企业, 高新技术企业 — the same head noun,
企业, with another modifier) asks the same count of that kind: only the thing's modifier
changes. Read as an ellipsis instead, the bare words 「规上企业」 were searched without the deed
or the count, and the answer quoted any sentence naming such firms, never the new ones counted.

Narrow on purpose: the new thing must share the counted thing's head noun (its last two
characters) and be longer than it — 「那企业呢」 or 「那营收呢」 name no kind of the same thing —
and the last question must name the unit it asked of, so the unit stays said. A modifier
that is a place (东莞企业, 宝安的企业) names no kind of the thing but where it is: another
unit asked, left to the unit follow-ups — swapped in as a kind, 「坪山…多少家东莞企业」 was
asked of a place the library may hold no report of.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from answering.regions import places_asked
from ingest.gazetteer import counties, regions
from reportqa.units import short_name

__all__ = ["counted_swapped"]

_BARE = re.compile(r"^(?:那么?|还有)?\s*(?P<what>[\u4e00-\u9fff]{3,12}?)的?呢[？?。!！\s]*$")
# the count asked before a thing: 多少 or 几 and a measure word, then the thing itself
_COUNTED = re.compile(
    r"(?:多少|几)(?:家|个|名|位|所|座|项|户|支|条|处)(?P<thing>[\u4e00-\u9fff]{3,12})(?=$|[？?。!！，,\s])"
)
# pointers and asking words: a 「那X呢」 holding them asks of the last answer, never a kind
_NOT_KIND = re.compile(r"[哪谁它这那其几最]|多少|其他|其它|别的|另外|剩下|具体")


def counted_swapped(q: str, prev_q: str, named: Iterable[str]) -> str | None:
    """The last question counting the kind of thing 「那X呢」 names in place of its own, or
    None: no count of a thing asked before, no unit named there, or X no other kind of it."""
    names = [n for u in named for n in (u, short_name(u)) if n]
    m, c = _BARE.match(q.strip()), _COUNTED.search(prev_q)
    if not names or m is None or c is None:
        return None
    what, thing = m.group("what"), c.group("thing")
    if _NOT_KIND.search(what) or what == thing or what[-2:] != thing[-2:]:
        return None
    if any(n in what for n in names):  # 「那坪山企业呢」: a unit said, another slot
        return None
    if "的" in what or _placed(what[:-2]):  # 「那宝安的企业呢」「那东莞企业呢」: a place
        return None
    return f"{prev_q[: c.start('thing')]}{what}{prev_q[c.end('thing') :]}"


def _placed(modifier: str) -> bool:
    """Does the modifier begin with a province, city or county name (东莞, 北京, 宝安)?"""
    if places_asked(f"{modifier}的", regions()):
        return True
    gaz = counties()
    return any(modifier.startswith(s) for lv in ("省", "地市", "区县") for s in gaz.short_names(lv))
