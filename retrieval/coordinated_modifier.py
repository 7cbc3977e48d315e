"""A coordination written before a list modifies the list: 「依法治市或者依法治区委员会会议、推进会」.

Chinese puts the modifiers of a list before its first item, once, and a modifier may itself be
two alternatives joined by 或者/或/和 (「A或者B + 委员会会议、推进会」: the meetings of the
依法治市 or the 依法治区 committee). The list is any-of only over its own items; the
coordination before it is a group of its own, read by the words as alternatives
(``retrieval.phrases.merge_alternatives``). Cut at the join word, the first item would start
with the second alternative (依法治区委员会会议) and the list would ask for that one only,
losing every report of the first.

Where the second alternative ends: parallel alternatives are written alike — as long as the
first, and sharing its first or its last character (依法治市/依法治区, 市级/区级). A first
item whose start is not written like the word before the join (「普法或者法律援助、调解」)
is itself the list's first item, the join part of the list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Tagger = Callable[[str], list[tuple[str, str]]]

_JOIN = re.compile(r"(?:或者|或是|以及|或|及|和|与)$")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def coordinated_lead(before: str, first: str, tagged: Tagger) -> str:
    """The second alternative of a coordination that ``first`` (a list's first item) opens
    with, when ``before`` (what was cut before it) ends with the join and the first
    alternative; "" when ``first`` is an item of its own (module docstring)."""
    join = _JOIN.search(before)
    if not join:
        return ""
    left = before[: join.start()]
    at = 0
    for word, _ in tagged(first)[:-1]:
        at += len(word)
        lead, other = first[:at], left[-at:]
        if len(first) - at < 2 or len(other) < at or not _HAN.fullmatch(other):
            break
        alike = other[0] == lead[0] or other[-1] == lead[-1]
        if at >= 2 and alike and other != lead:
            return lead
    return ""


__all__ = ["coordinated_lead"]
