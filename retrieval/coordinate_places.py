"""A coordinate of place abbreviations is met by its members: 港澳 by 香港 or by 澳门.

Chinese joins the one-character short names of provinces and regions into one word for the
places together: 港澳 (香港 and 澳门), 京津, 川渝. A user asks in the coordinate
(「吸引港澳青年」), while a report speaks of one member by its full name
(「吸引集聚香港青年人才」) or writes the coordinate with a member in brackets as optional
(「宝港（澳）青年创业创新中心」) — and reads as silent on the question's places. So a question's
pair is met by either member's full name or by the bracketed form.

Only the pairs official usage writes as coordinates are read (``COORDINATES``): two short
names side by side are seldom one — 辽宁 is a province's own name, 苏宁 a company, 沪宁 holds
宁 for 南京, 澳新 is Australia and New Zealand, 藏青 a colour, 新港 a harbour. A coordinate of
three or more (港澳台, 粤港澳) is met only by all its members, which no one spelling holds, so
it keeps its own: 港澳 says nothing of Taiwan, and 广东 is the home province of a Guangdong
report. A member's character is never taken alone: 港 in 港口 or 机场港 is a harbour, not 香港.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from retrieval.analysis import Analysis

log = logging.getLogger(__name__)

# the official one-character short names of the provincial units (省级行政区简称)
SHORT_NAMES = {
    "京": "北京", "津": "天津", "冀": "河北", "晋": "山西", "蒙": "内蒙古", "辽": "辽宁",
    "吉": "吉林", "黑": "黑龙江", "沪": "上海", "苏": "江苏", "浙": "浙江", "皖": "安徽",
    "闽": "福建", "赣": "江西", "鲁": "山东", "豫": "河南", "鄂": "湖北", "湘": "湖南",
    "粤": "广东", "桂": "广西", "琼": "海南", "渝": "重庆", "川": "四川", "蜀": "四川",
    "黔": "贵州", "滇": "云南", "藏": "西藏", "陕": "陕西", "甘": "甘肃", "陇": "甘肃",
    "青": "青海", "宁": "宁夏", "新": "新疆", "台": "台湾", "港": "香港", "澳": "澳门",
}  # fmt: skip
# pairs official usage writes for the two places together (港澳办, 京津地区, 川渝合作, 闽台交流)
COORDINATES = frozenset({"港澳", "京津", "川渝", "闽台"})


def members(term: str) -> tuple[str, ...]:
    """The member short names of ``term`` when it is a known coordinate of two places
    (港澳 → 港, 澳), else ()."""
    return tuple(term) if term in COORDINATES else ()


def spellings(term: str) -> tuple[str, ...]:
    """How reports write what the coordinate ``term`` names (module docstring)."""
    parts = members(term)
    if len(parts) != 2:
        return ()
    a, b = parts
    return (SHORT_NAMES[a], SHORT_NAMES[b], f"{a}（{b}）", f"{b}（{a}）", f"{a}({b})")


def read(analysis: Analysis) -> Analysis:
    """``analysis`` with each coordinate of place short names met by its members too."""
    concepts, added = list(analysis.concepts), []
    for i, c in enumerate(concepts):
        fresh: list[str] = []
        for alt in c.alternatives:
            fresh += [s for s in spellings(alt) if s not in c.alternatives + tuple(fresh)]
        if fresh:
            log.debug("coordinate %s met by %s", c.term, fresh)
            concepts[i] = replace(c, alternatives=(*c.alternatives, *fresh))
            added.extend(fresh)
    return analysis.widened(concepts, added)
