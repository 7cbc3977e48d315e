"""「算了不限述法，区县一级的报告一共有哪几份」: a follow-up that drops the topic said before.

People widen a conversation by saying which limit no longer holds — 不限X, 不管X, 不看X, 撇开X,
often after 算了 — and then ask what they want now. When X is a thing an earlier turn asked
about, the limit dropped is that topic: the clause after it is a question of its own, asked
over the whole library, with no topic carried from before. Read as typed, the words 「不限述法」
were searched as the topic and the answer listed only the units that do 述法 — the very limit
the user lifted.

Only a word said in an earlier question is dropped so, and only when the clause after it asks
something itself (哪, 几, 多少, 有没有, 吗); otherwise the turn is left to the other rules. A
kind of unit (街道, 乡镇 — 「只要街道的」 then 「不限街道，都有哪几个」), a unit or a place
(「不限于福田，罗湖有没有提」) lifts a limit on where, never the topic: asked alone, the
clause after it lost the topic (述法, 垃圾分类) and listed every report. Those, a level named
as such (乡镇一级) and a year are left to ``followup_widen``, the unit and the year follow-ups.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_turn import Resolved, Turn
from answering.followup_years import years_in
from answering.regions import places_asked
from ingest.gazetteer import counties, regions
from retrieval.level_words import names_level

__all__ = ["topic_dropped"]

_DROP = re.compile(
    r"^(?:那就|那)?(?:算了|好吧|行吧)?[，,\s]*(?:先|就)?(?:不限于?|不管|不看|不用管|别管|撇开|抛开)"
    r"(?P<what>[^，,；;\s]{2,12}?)(?:了|的事|这块|这一块)?[，,；;\s]+(?P<rest>.+)$"
)
# a kind of unit or a name ending as units and places do: a limit on where, not a topic
_KIND_END = re.compile(r"(?:镇|乡|街道|县|区|市|旗|省|州|盟|村|社区)(?:的|一级|级|这一级)?$")
_ASKS = re.compile(r"哪|几|多少|有没有|是否|吗|谁")


def topic_dropped(q: str, history: Sequence[Turn]) -> Resolved | None:
    """The question after 「不限X，」 asked on its own, when X is a thing an earlier turn
    asked about; None otherwise."""
    m = _DROP.match(q.strip())
    if m is None:
        return None
    what, rest = m.group("what"), m.group("rest").strip()
    if names_level(what) or years_in(what) or _where(what) or not _ASKS.search(rest):
        return None
    if not any(what in t.q or what in t.effective for t in history):
        return None
    return Resolved(rest, (), f"（不再限于「{what}」）")


def _where(what: str) -> bool:
    """Is ``what`` a kind of unit, a unit or a place (街道, 乡镇, 福田, 东莞) — a limit on where?"""
    if _KIND_END.search(what) or places_asked(f"{what}的", regions()):
        return True
    gaz = counties()
    return any(what.startswith(s) for lv in ("省", "地市", "区县") for s in gaz.short_names(lv))
