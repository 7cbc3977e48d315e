"""Aid to a province named by its one-character short name: 援疆 is aid to 新疆.

Every provincial-level division has an official one-character short name (新疆 疆, 西藏 藏,
青海 青, 贵州 黔, 湖北 鄂 …), and the paired-assistance programmes are named by 援 and that
character: 援疆, 援藏, 援青, 援黔, 援鄂. Reports write the programme's name alone
(「扎实开展援藏援疆等工作」) and never the province, so a question on help to 新疆
(「对新疆的帮扶或者合作」) is met only through it: the name says the province and the help at once.

So the question's province takes 援 + its short name as a spelling — one that meets it and never
weighs it, as its member places do (``Concept.members``): the province's rarity in the library
stays what the reports that name it make it — and so does the question's word of helping (帮扶, 援助, 支援, 对口, 协作, 合作), when it has one. The short names are the
fixed official list, not a guess: a character that is also a common word's first half after 援
(援助, 援建) is no province's short name and never read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

# the official one-character short names, each written after 援 for aid to that division;
# 新疆's is 疆 (援疆), not 新
SHORT_NAMES = {
    "新疆": "疆",
    "西藏": "藏",
    "青海": "青",
    "贵州": "黔",
    "云南": "滇",
    "四川": "川",
    "湖北": "鄂",
    "甘肃": "甘",
    "宁夏": "宁",
    "内蒙古": "蒙",
    "广西": "桂",
    "重庆": "渝",
    "江西": "赣",
    "河南": "豫",
    "安徽": "皖",
    "海南": "琼",
    "黑龙江": "黑",
    "吉林": "吉",
    "辽宁": "辽",
    "山西": "晋",
    "陕西": "陕",
    "河北": "冀",
    "上海": "沪",
    "香港": "港",
    "澳门": "澳",
}
# the words of helping a programme of 援 is one kind of
_HELPING = ("帮扶", "援助", "支援", "对口", "协作", "合作", "扶贫", "援建")


def _province(term: str) -> str:
    """The province ``term`` names (新疆, 新疆维吾尔自治区), or ''."""
    for name in SHORT_NAMES:
        if term == name or (term.startswith(name) and term.endswith(("省", "自治区", "市"))):
            return name
    return ""


def region_aid(concepts: Sequence[Concept]) -> list[Concept]:
    """``concepts`` with 援 + the short name as a spelling of the province asked about and of
    the question's word of helping; unchanged when no province with a short name is asked."""
    aid = [f"援{SHORT_NAMES[p]}" for c in concepts if (p := _province(c.term))]
    if not aid:
        return list(concepts)
    out = []
    for c in concepts:
        spelled = (c.term, *c.alternatives)
        if _province(c.term):  # a member spelling: it meets the province, never weighs it
            extra = tuple(a for a in aid if a not in spelled)
            c = replace(c, alternatives=(*c.alternatives, *extra), members=(*c.members, *extra))
        elif any(h in s for s in spelled for h in _HELPING):
            c = replace(c, alternatives=tuple(dict.fromkeys((*c.alternatives, *aid))))
        out.append(c)
    return out
