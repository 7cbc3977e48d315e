"""「其中乡镇那两个分别归哪个县市管」「这里面街道的那几个…」: a plural pointer with a kind word.

A list answer often mixes levels (a city, a district, two towns); pointing back at some of
them, people name their kind beside the pointer — 「乡镇那两个」「街道的那几个」「这几个镇」.
The kind narrows the last answer's units (told by their names' suffix, as reports name
them) before the rest is asked of them; read as a plain 「它们」 the question would be asked
of every unit listed, and read as a topic it would search the kind word as text.
"""

from __future__ import annotations

import re

from answering.followup_among import AMONG
from answering.followup_own import own_topic
from answering.followup_turn import Resolved

__all__ = ["kinds_pointed"]

_KIND = r"(?P<kind>乡镇街道|镇街|乡镇|街道|乡|镇)"
_NUM = r"(?P<num>些|几个|几家|几份|[两二三四五六七八九十][个家份])"
# 「乡镇那两个」「街道的那几个」 (kind, then the pointer) or 「这几个镇」「那两个街道」 (pointer, kind)
_POINTERS = (
    re.compile(rf"^{_KIND}(?:一级)?的?(?:那|这){_NUM}(?P<rest>.+)$"),
    re.compile(rf"^(?:那|这){_NUM}{_KIND}(?![长里上区委政])(?P<rest>.+)$"),
)
_SUFFIXES = {"乡": ("乡", "苏木"), "镇": ("镇",), "街道": ("街道",)}
_RUNG = ("乡", "镇", "苏木", "街道")  # 乡镇 names the whole rung, as 乡镇街道 and 镇街 do
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _of_kind(units: tuple[str, ...], kind: str, num: str) -> tuple[str, ...]:
    """The units of ``kind``. 乡镇 is the whole rung (街道 too: 「这些乡镇」 is said of a list
    of 乡镇街道), or 乡 and 镇 alone when the count said (「乡镇那两个」) fits them, not it."""
    kept = tuple(u for u in units if u.endswith(_SUFFIXES.get(kind, _RUNG)))
    said = _COUNT.get(num[:1])
    if kind == "乡镇" and said and len(kept) != said:
        towns = tuple(u for u in kept if u.endswith(_SUFFIXES["乡"] + _SUFFIXES["镇"]))
        kept = towns if len(towns) == said else kept
    return kept


def kinds_pointed(q: str, units: tuple[str, ...], prev_q: str = "") -> Resolved | None:
    """``q`` asked of the last answer's units of the kind its plural pointer names (with no
    thing of its own, 「这些镇分别建了几个」, the last question's, as for 「它们」); None
    when it has no such pointer, nothing follows it, or no unit listed is of that kind."""
    said = AMONG.sub("", q.strip()).lstrip("，, ")
    m = next((m for p in _POINTERS if (m := p.match(said))), None)
    if not m or not re.search(r"[\u4e00-\u9fff]", m.group("rest")):
        return None
    kept = _of_kind(units, m.group("kind"), m.group("num"))
    if not kept:
        return None
    rest = m.group("rest").lstrip("，, ")
    asked = f"{'、'.join(kept)}{rest}"
    if prev_q and not own_topic(rest, prev_q):
        asked = f"{prev_q.rstrip('？?。')}，{asked}"
    return Resolved(asked, kept, f"（范围：{'、'.join(kept)}）")
