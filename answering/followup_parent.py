"""「这个县还有别的报告吗」 after 「鸡鸣乡归哪个县管」: the county is the one the last answer named.

A pointer to a place of a higher level than the unit just talked about (这个县, 该区, 这个市)
cannot mean that unit — a 乡 is no 县 — so it means the parent the conversation just named: the
county the last answer said the unit belongs to, as its cover or its quotes write it right
before the unit's name (「城口县鸡鸣乡人民政府」). Asked as typed, the pointer is searched as text
and the question is scoped to the one unit, so no other report of the county can be found.
Asking for the county's reports (「还有别的报告吗」「有哪些报告」) is a list of the reports filed
under that county, which the metadata path answers; any other question keeps its words with the
county named in place of the pointer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_pointers import SINGULAR
from reportqa.units import short_name

__all__ = ["one_pointed", "own_kind_pointed", "parent_pointed"]

_POINTER = re.compile(r"(?:这个|这|该|那个)(?P<kind>县|区|市|旗)")
# the reports of the county asked for as a list: 「还有别的报告吗」「有哪些报告」「都有哪几份报告」
_LISTING = re.compile(
    r"^(?:的)?(?:还|都|一共|总共)?有(?:别的|其他|其它|哪些|哪几份|几份|多少份?)?(?:的)?"
    r"(?:报告|单位|乡镇|乡镇街道)(?:吗|呢|没有)?[？?。!！\s]*$"
)


def parent_pointed(q: str, units: Sequence[str], said: str) -> tuple[str, str] | None:
    """(question, note) with 这个县/该区 read as the parent the last answer named of its one
    unit; None when ``q`` has no such pointer, the last turn was not about one unit, or its
    quotes name no place of that kind before the unit."""
    m = _POINTER.search(q)
    if not m or len(units) != 1:
        return None
    unit = units[0]
    if unit.endswith(m.group("kind")):  # 「这个区」 of a 区: the unit itself
        return None
    parent = _parent_in(said, unit, m.group("kind"))
    if parent is None:
        return None
    rest = q[m.end() :]
    listed = _LISTING.match(rest)  # the county's reports as a list, else its words kept
    asked = f"{parent}有哪些报告？" if listed else q[: m.start()] + parent + rest
    return asked, f"（{m.group(0)}：{parent}）"


def _parent_in(said: str, unit: str, kind: str) -> str | None:
    """The place ending in ``kind`` written right before ``unit`` (its full or short name)."""
    for name in (unit, short_name(unit)):
        if m := re.search(rf"([\u4e00-\u9fff]{{1,12}}?{kind})(?={re.escape(name)})", said):
            return _PARTY.sub("", re.findall(rf"[^县区市旗省]+{kind}", m.group(1))[-1])
    return None


# 「中共蒙城县许疃镇委员会」: a title led by the party committee — 中共 names the issuer's party,
# no part of the county's name
_PARTY = re.compile(r"^(?:中国共产党|中共)")


# 「这个市归哪个州管」 after 格尔木市: the pointer's kind is the unit's own (a 县级市 is a 市)
_OWN = re.compile(
    r"(?:这个|那个|该)(?P<kind>县|区|市|旗)(?![域间块长委政级内外场民容貌位划村土愁贤])"
)


# 「这个市下面的乡镇有哪些报告」「该市所辖乡镇」「这个市的镇有哪些」: the units under the city
# are asked, not the city's own report — its towns' reports, found by their parent
_BELOW = re.compile(
    r"下面|下边|底下|下辖|所辖|下属|辖区|管辖|乡镇|街道|镇街|[乡镇](?![村长风委党政])"
)


def own_kind_pointed(q: str, units: Sequence[str]) -> bool:
    """Does ``q`` point at the one unit just talked about by its own kind (这个市 of 格尔木市,
    该县 of 阳朔县)? A pointer of a higher kind means its parent (``parent_pointed``); one of
    the unit's own kind can only mean the unit itself, as 这个镇 does a 镇 — unless the question
    asks for the units under it (``_BELOW``), which its own report is not."""
    m = _OWN.search(q)
    if not m or len(units) != 1 or not units[0].endswith(m.group("kind")):
        return False
    return not _BELOW.search(q[m.end() :])


def one_pointed(q: str, units: Sequence[str]) -> bool:
    """Does ``q`` point at the one unit just talked about (它, 这份报告, 这个镇, 这个市 of a 市)?"""
    return len(units) == 1 and bool(SINGULAR.search(q) or own_kind_pointed(q, units))
