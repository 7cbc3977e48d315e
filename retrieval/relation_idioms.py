"""Spoken idioms of relating two things, read as the word reports use.

「征地拆迁跟法治扯上关系的」「疫情防控跟法治挂上钩的」「跟营商环境沾边的」: a user relates two
things with a verb and an object — 扯上关系, 搭上关系, 沾上边, 挂上钩 — where a report writes
相结合 or 挂钩. Left as it is, the object (关系, 钩, 边) is read as a topic and the verb's
complement (上) splits it from the verb; read as 挂钩, ``retrieval.relation`` knows it for the
verb of joining it is, so neither side is lost and the idiom asks nothing of its own.

A relation said with one side only (「跟“全国法治政府建设示范”创建挂钩的报告」「哪些镇和营商环境沾边」):
the other side is the report or unit asked about, and the verb means no more than 有关 — the
thing named is the whole need, and reports write it inside their own phrasing (「创建全国法治政府
建设示范市」) without any verb of joining.
"""

from __future__ import annotations

import re

_IDIOM = re.compile(r"(?:扯|搭|拉|沾|牵)(?:上|得上|到)?了?(?:关系|边)|挂(?:上|了|得上)?了?钩")


# nothing but an asking word or the report/unit asked before 跟/和/与/同 X 挂钩 (「哪些镇有跟绩效
# 挂钩的」 asks a thing the unit has that is joined to 绩效: two sides, 挂钩 kept)
_ONE_SIDED = re.compile(
    r"^(?P<head>(?:请问)?(?:有没有|有哪些|哪些|哪几个?|哪个|哪家)?"
    r"(?:单位|地方|乡镇|镇街|街道|县区|区县|镇|乡|报告)?(?:是|里)?)"
    r"(?P<conj>跟|和|与|同)(?P<side>[^，,。？?！!；;]+?)挂钩(?=的报告|[，,。？?！!；;]|$)"
)


def plain_relation(question: str) -> str:
    """The question with each spoken idiom of relating written 挂钩; a relation with one side
    only written 有关 (the report asked is its other side)."""
    q = _IDIOM.sub("挂钩", question)
    return _ONE_SIDED.sub(lambda m: f"{m['head']}{m['conj']}{m['side']}有关", q)
