"""The scope an answer was searched in, said to the user in words (检索范围：…).

Its own concept, apart from running the answer (``service``): a unit or year the question names
narrows or replaces what the user picked in the scope controls, and an answer whose scope moved
silently reads as wrong; this is the one place that writes that scope down.
"""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.search import Filters


def scope_note(picked: Filters, used: Filters, reports: Sequence, notes: Sequence[str] = ()) -> str:
    """The scope an answer was searched in, in words: a unit or year named in the question
    narrows (or replaces) what the user picked, and the user must be able to see that.
    ``notes``: what else narrowed it (a kind left out, a region's reports placed loosely)."""
    parts = []
    if used.townships:
        parts.append("单位 " + "、".join(used.townships))
    if used.counties:
        parts.append("县/区 " + "、".join(used.counties))
    if used.years:
        parts.append("年份 " + "、".join(map(str, used.years)))
    if used.report_ids and not parts and not notes:
        parts.append("指定的报告")
    parts.extend(notes)
    text = "检索范围：" + ("；".join(parts) or "全部报告") + f"（{len(reports)} 份）"
    if picked.townships and set(used.townships) != set(picked.townships):
        text += "。问题中点名的单位代替了「限定乡镇」的选择"
    if picked.years and set(used.years) != set(picked.years):
        text += "。问题中的年份代替了「限定年份」的选择"
    return text
