"""A party study group by any of its names: 「理论学习中心组」 ~ 「党委中心组」 ~ 「中心组」.

Every party committee (党委, 党组, 党工委) studies through its 理论学习中心组, and reports name the
same body in full or in part: 「党委理论学习中心组」「党工委中心组学习（扩大）会」「镇党委中心组」
「街道理论中心组」. A word the user put inside the name (理论, 党委, 党组, 党工委) says whose group it
is or what it studies — a modifier of the name, never a thing of its own. Read word by word,
理论 of 「理论学习中心组」 was a required concept, so a report writing 「党委中心组」 lacked it.
So such a word is also spelled by the group's head 中心组: a sentence naming the group in any
form carries it. The study itself (学习) stays a word of the question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

HEAD = "中心组"
_MODIFIERS = ("理论学习", "理论", "党委", "党组", "党工委")
_NAME = re.compile(rf"(?:{'|'.join(_MODIFIERS)}|学习)+{HEAD}(?!织)")


def in_study_group(question: str, concepts: Sequence[Concept]) -> list[Concept]:
    """``concepts`` with each modifier word said inside a study group's name in
    ``question`` spelled by 中心组 too; unchanged when the question names no such group."""
    names = [m.group(0) for m in _NAME.finditer(question)]
    if not names:
        return list(concepts)
    out = []
    for c in concepts:
        inside = c.term in _MODIFIERS and any(c.term in n for n in names)
        out.append(replace(c, alternatives=(*c.alternatives, HEAD)) if inside else c)
    return out
