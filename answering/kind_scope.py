"""The kinds of township a content question leaves out, as its scope: 「哪些乡（不算镇和街道）
学习了…」 searches the 乡 only.

The level filter knows rungs (乡镇, 区县…); a 乡, a 镇 and a 街道 share the 乡镇 rung, so a
question that counts two of them out was answered over all three, 镇 and 街道 listed as if asked.
A word of leaving out (不算, 不含, 不包括, 除了, …除外: ``answering.sublevels``) before or after a
kind makes the kind precise; the reports kept are those whose unit's suffix is a kept kind.
A bare 「哪些乡」 narrows nothing: users say 乡 for the whole rung; a kind said as a level
(「乡一级的报告里」「镇这一级」) is precise, as 「县一级」 is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from answering.sublevels import TOWN_KINDS, asked_kinds, kind_of, left_out_kinds
from reportqa.errors import QuestionError
from reportqa.types import ReportInfo
from retrieval.filters import Filters

_KINDS_OF = {"乡镇": {"乡", "镇", "街道"}}  # a rung by its kinds; the others are kinds themselves
# 「乡一级」「镇这一级」「乡级别的」: 乡 or 镇 with the mark of a level, not 城乡/乡镇/城镇
_KIND_LEVEL = re.compile(r"(?<![城下乡])[乡镇](?!镇)(?:这一级|这个层级|一级|级别|层级)")
_SHOWN = {
    "乡": "乡",
    "镇": "镇",
    "街道": "街道",
    "区县": "区县",
    "地市": "地市",
    "省": "省",
    "国家": "国家",
}


def kind_scope(
    question: str, filters: Filters, scope: Callable[[Filters], Sequence[ReportInfo]]
) -> tuple[Filters, str]:
    """``filters`` narrowed to the reports of the kinds kept, and the words that say so in the
    scope note ("" when the question leaves no kind out)."""
    kinds = left_out_kinds(question)
    if kinds is None and _KIND_LEVEL.search(question):
        said = asked_kinds(question)
        kinds = said if said and said < TOWN_KINDS else None
    if kinds is None:
        return filters, ""
    if filters.levels and all(_KINDS_OF.get(lv, {lv}).isdisjoint(kinds) for lv in filters.levels):
        # 「除了县区，哪些地方…」: the level read from the words that leave it out is no level
        # asked — every kind of it is left out
        filters = replace(filters, levels=())
    inside = scope(filters)
    kept = tuple(i.report_id for i in inside if kind_of(i) in kinds)
    said = "、".join(_SHOWN[k] for k in sorted(kinds, key=list(_SHOWN).index))
    if not kept:
        raise QuestionError(f"检索范围内没有{said}的报告（共 {len(inside)} 份，都不是{said}）")
    return replace(filters, report_ids=kept), f"只含{said}"
