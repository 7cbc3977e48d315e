"""Who did it is light: the actor of a deed in a question is no requirement.

Reports name the people a township organised in many words (干部, 公职人员, 干部职工, 班子成员,
机关人员), often in the sentence before the deed (「组织干部职工开展培训10场次。重点学习《宪法》」)
or not at all (「专题学习《中华人民共和国宪法》」). The deed and its object carry the question,
so the actor word leaves the need. An actor jieba joins to a one-character verb (「干部学过宪法」
→ 干部学) leaves the verb behind, spelled as its general deed (学 → 学习, ``doubled``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from retrieval.doubled import GENERAL_DEEDS

# the people a township or street organises to learn, train or be examined
ACTORS = (
    "干部职工",
    "党员干部",
    "机关干部",
    "领导干部",
    "公职人员",
    "机关人员",
    "班子成员",
    "领导班子",  # 「领导班子带头学法」: who studied, as 班子成员
    "干部",
    "职工",
)

Found = tuple[int, int, Any]  # (start, end, Concept) in the question's text


def _actor_at(text: str, start: int) -> str:
    return next((a for a in ACTORS if text.startswith(a, start)), "")


def light_actors(found: Sequence[Found], text: str, beside: bool = False) -> list[Found]:
    """``found`` without its actor concepts (a concept spelling the start of an actor
    word in ``text``: 机关 of 机关人员); one left with a one-character verb keeps it as its
    general deed. Nothing changes when the actor is all the question asks about (``beside``:
    the question has required concepts outside ``found``, a quoted title)."""
    out: list[Found] = []
    for start, end, c in found:
        actor = _actor_at(text, start)
        if not actor or not (actor.startswith(c.term) or c.term.startswith(actor)):
            out.append((start, end, c))
            continue
        rest = c.term[len(actor) :]
        deed = next((d for d in GENERAL_DEEDS if len(rest) == 1 and d[0] == rest), "")
        if deed:
            out.append((start + len(actor), end, replace(c, term=deed, alternatives=(deed,))))
    return out if beside or any(c.required for _, _, c in out) else list(found)
