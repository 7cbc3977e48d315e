"""Whom a deed was for, said as a clause before the actor, is no need: 「新任命的干部进行了
宪法宣誓」 asks for 宪法宣誓.

A question often describes the people by what happened to them (新任命的干部, 新提拔的领导干部,
新入职的公职人员); a report names the deed and its rule (「落实国家工作人员宪法宣誓制度」,
「严格落实宪法宣誓和学法制度」) and seldom the description. Like the actor word itself
(``retrieval.actors``), the description says who, not what: a word telling how recently the
people took office (新/刚 + a verb) standing right before 的 and an actor word (up to two
characters of place between: 新任命的村干部) weighs as light. It stays required: a description
no report writes (新上任) still keeps a bare 宪法 from answering 「…对着宪法发誓」, while a
report writing the deed (宪法宣誓) carries the rest of the weight. Any other word before 的
(依法治镇的领导班子, 重大行政决策的合法性审查) is a topic and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from retrieval.actors import ACTORS

# how recently they took office: 新任命, 新入职, 刚提拔, 新近录用 (the word or just before it)
_RECENT = re.compile(r"[新刚]|.[新刚]")
Found = tuple[int, int, Any]  # (start, end, Concept) in the question's text


def _describes_actor(text: str, start: int, end: int) -> bool:
    if text[end : end + 1] != "的" or not _RECENT.match(text, max(0, start - 1), start + 1):
        return False
    return any(text.startswith(a, end + 1 + k) for k in range(3) for a in ACTORS)


def light_descriptions(found: Sequence[Found], text: str) -> list[Found]:
    """``found`` with each concept that describes the actor after it made light."""
    return [
        (s, e, replace(c, light=True)) if _describes_actor(text, s, e) else (s, e, c)
        for s, e, c in found
    ]
