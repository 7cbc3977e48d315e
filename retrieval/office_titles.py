"""Colloquial titles of office holders, read as the titles reports write.

People call the head of a Party committee or government 一把手 (「让一把手述法」「一把手带头学法」);
reports never do outside a slogan: they write 主要负责人, 党政主要负责人, 主要领导, 主要负责同志,
or the post itself (镇党委书记, 街道党工委书记, 县委书记). A village's 村支书 is written 村党支部书记,
村党组织书记 or 村（社区）党组织书记. The title is the need: a report where 述法 is done by 部门负责人,
or only mentioned, says nothing of the head doing it. So the colloquial title becomes one
required concept spelled every way reports write it (a deputy, 副书记, is told apart by the
evidence judge).

A post held at a group of levels at once (「县区委书记」「区县委书记」「县（市、区）委书记」) is
one post said of each unit of those levels: reports write it with the second level in brackets
(县(区)委书记), joined either way round, or one level alone (区委书记 in a city of districts).
The group is no scope here (the levels' committees hold the post), so the post is one concept
spelled each of those ways.

主要领导 is one of those spellings, not a colloquial one, yet said in a question it is the same
holder, and a report may write another (「主要负责人对法治建设亲自部署」 beside 「主要领导切实做到…
亲自部署」, which33): it is spelled every way too. 主要领导干部 is the leading cadres at large.

Not a person: 「一把手工程」 is a slogan (a task the head answers for in person); it stays a
word of its own.
"""

from __future__ import annotations

import re

from retrieval.concept import Concept

_HEAD = ("一把手", "主要负责人", "主要负责同志", "主要领导", "书记")
_VILLAGE_SECRETARY = (
    "村支书",
    "村党支部书记",
    "村党组织书记",
    "村支部书记",
    "村（社区）党组织书记",
    "村(社区)党组织书记",
)
_SPELLED = {
    "一把手": ("主要负责人", _HEAD),
    "主官": ("主要负责人", _HEAD),
    "主要领导": ("主要领导", _HEAD[1:]),
    "村支书": ("村党组织书记", _VILLAGE_SECRETARY),
}
# 一把手工程 / 一把手责任: a slogan or a duty named after the head, not the head acting
_TITLE = re.compile(r"(?P<t>一把手|主官|村支书|主要领导(?!干部))(?!工程|责任制)")


# the county level's group names before 委: the committees of each of those units
_GROUP = r"县区|区县|县市区|县[（(]区[）)]|县[（(]市、?区[）)]"
_GROUP_POST = re.compile(rf"(?:{_GROUP})(?P<p>党?委)(?P<t>书记|副书记)")
_GROUP_SPELLINGS = (
    "县区", "区县", "县市区", "县(区)", "县（区）", "县(市、区)", "县（市、区）", "县", "区",
)  # fmt: skip


def _group_posts(text: str) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each post of a level group's committees (「县区委书记」)."""
    out = []
    for m in _GROUP_POST.finditer(text):
        post = f"{m.group('p')}{m.group('t')}"
        spellings = tuple(f"{g}{post}" for g in _GROUP_SPELLINGS)
        out.append((m.start(), m.end(), Concept(f"县区{post}", spellings, True)))
    return out


def titles_in(text: str) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each colloquial title in ``text``."""
    out = []
    for m in _TITLE.finditer(text):
        term, spellings = _SPELLED[m.group("t")]
        out.append((m.start(), m.end(), Concept(term, spellings, True)))
    return [*out, *_group_posts(text)]
