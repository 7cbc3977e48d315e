"""Spoken idioms of relating two things, read as the word reports use.

「征地拆迁跟法治扯上关系的」「疫情防控跟法治挂上钩的」「跟营商环境沾边的」: a user relates two
things with a verb and an object — 扯上关系, 搭上关系, 沾上边, 挂上钩 — where a report writes
相结合 or 挂钩. Left as it is, the object (关系, 钩, 边) is read as a topic and the verb's
complement (上) splits it from the verb; read as 挂钩, ``retrieval.relation`` knows it for the
verb of joining it is, so neither side is lost and the idiom asks nothing of its own.
"""

from __future__ import annotations

import re

_IDIOM = re.compile(r"(?:扯|搭|拉|沾|牵)(?:上|得上|到)?了?(?:关系|边)|挂(?:上|了|得上)?了?钩")


def plain_relation(question: str) -> str:
    """The question with each spoken idiom of relating written 挂钩."""
    return _IDIOM.sub("挂钩", question)
