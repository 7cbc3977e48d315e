"""「算了不限述法，区县一级的报告一共有哪几份」: a follow-up that drops the topic said before.

People widen a conversation by saying which limit no longer holds — 不限X, 不管X, 不看X, 撇开X,
often after 算了 — and then ask what they want now. When X is a thing an earlier turn asked
about, the limit dropped is that topic: the clause after it is a question of its own, asked
over the whole library, with no topic carried from before. Read as typed, the words 「不限述法」
were searched as the topic and the answer listed only the units that do 述法 — the very limit
the user lifted.

Only a word said in an earlier question is dropped so, and only when the clause after it asks
something itself (哪, 几, 多少, 有没有, 吗); otherwise the turn is left to the other rules. A
kind of unit said before and lifted so (「只要街道的」 then 「不限街道，哪些搞了述法」) is dropped
the same way: the clause after it is asked over every unit. A level named as such (乡镇一级)
or a year is left to ``followup_widen`` and the year follow-ups.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_turn import Resolved, Turn
from answering.followup_years import years_in
from retrieval.level_words import names_level

__all__ = ["topic_dropped"]

_DROP = re.compile(
    r"^(?:那就|那)?(?:算了|好吧|行吧)?[，,\s]*(?:先|就)?(?:不限于?|不管|不看|不用管|别管|撇开|抛开)"
    r"(?P<what>[^，,；;\s]{2,12}?)(?:了|的事|这块|这一块)?[，,；;\s]+(?P<rest>.+)$"
)
_ASKS = re.compile(r"哪|几|多少|有没有|是否|吗|谁")


def topic_dropped(q: str, history: Sequence[Turn]) -> Resolved | None:
    """The question after 「不限X，」 asked on its own, when X is a thing an earlier turn
    asked about; None otherwise."""
    m = _DROP.match(q.strip())
    if m is None:
        return None
    what, rest = m.group("what"), m.group("rest").strip()
    if names_level(what) or years_in(what) or not _ASKS.search(rest):
        return None
    if not any(what in t.q or what in t.effective for t in history):
        return None
    return Resolved(rest, (), f"（不再限于「{what}」）")
