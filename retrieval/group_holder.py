"""What every village holds is said beside the village: 「村里都配了法律顾问」.

A question that claims a thing of a group under the unit (「村里都配了法律顾问」「各社区都建了调解室」)
asks for the group holding it. Reports say that in the statement naming the thing, the group
right beside it: 「为各村聘请法律顾问」「辖区5个村也已全部配备一名法律顾问」「农村法律顾问坐班值班」.
A long sentence of a street's report names its communities for another purpose and the thing
for its own (「社区书记例会共12次…结合法律顾问意见」: the adviser is the street's, the
communities hold a meeting) — both words are in the sentence, the holding is not. So the group
and each thing it is said to hold must stand in one clause, a short reach apart
(``Concept.near``, judged by ``retrieval.near_parts``); ``retrieval.group_claims`` already makes each a condition of the sentence.

Only for a group word of the level below the unit (村, 社区, 村居) written as the subject of the
claim — after 每个/各/所有, before 都/均, or as the place holding the thing (「村里配法律顾问」:
里 then a verb of holding: 配, 聘, 请, 设, 建, 有) — and only toward the required things asked
of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

_GROUPS = frozenset({"村", "社区", "村居", "行政村", "村（社区）", "村社区"})
_CLAIMED = re.compile(
    r"(?:(?:每一?个|所有的?|全部的?|各个?|每)(?:行政村|村居|村|社区))"
    r"|(?:行政村|村居|村|社区)(?:里面|里头|里|中)?(?:都|均|全都|也都)"
    # 「村里配法律顾问」「社区里建了调解室」: the group in its place (里), then a verb of holding
    r"|(?:行政村|村居|村|社区)(?:里面|里头|里)(?:配|聘|请|设|建|有)"
)


def held_by_group(question: str, concepts: Sequence[Concept]) -> list[Concept]:
    """``concepts`` with the group and the required things claimed of it marked ``near`` when
    ``question`` claims something of every member of a group; unchanged otherwise."""
    if not _CLAIMED.search(question) or not any(c.term in _GROUPS for c in concepts):
        return list(concepts)
    held = [c for c in concepts if c.required and not c.light and c.term not in _GROUPS]
    if not held:
        return list(concepts)
    return [replace(c, near=True) if c.term in _GROUPS or c in held else c for c in concepts]
