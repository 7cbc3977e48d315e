"""「计划到2023年底培育300名，目前已培育180名」: a sentence's target beside its count reached.

A report states progress against a goal in one sentence: the target set (计划/目标/力争/争取/预计/
拟/确保 …, or 「到2023年底」) and the count reached so far, marked as reached (已, 目前, 截至,
累计, 完成). The two are counts of one thing in one measure, so neither the measure nor the verb
tells them apart. A question asking the plan (计划, 目标, 打算, 预计, 原定) wants the target; any
other how-many (「有多少」「培育了多少」) asks what there is, which a target is not.

Only a sentence holding both kinds, in one measure, with the reached count marked as reached is
decided here. A list of targets (「主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长
5%」) names its goal word once and its later items bear no mark of being reached; a growth 「由
2018年的820亿元增长到2023年的1160亿元」 reaches its year, sets none; a count of things 拟出台
(「审查拟出台的决定20份，提出意见31条」) is no target — each is left to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportqa.text import to_simplified

__all__ = ["asks_target", "target_or_reached"]

# the words a target is set in, before its count in the same clause: never 模拟/虚拟 (模拟法庭),
# 拟出台/拟定 (a document proposed), nor 增长到/提高到 2023年 (a year reached)
_TARGET = re.compile(
    r"计划|目标|力争|争取|预计|(?<![模虚])拟(?!出台|定|订|写|制|稿)|确保"
    r"|(?<![长加高升降少])到(?:19|20)\d{2}年|年底前"
)
# the words marking a count as reached so far, in its own clause
_REACHED = re.compile(r"已|目前|截至|截止|累计|完成|实际|至今")
# the question asks a plan's figure
_ASKS_TARGET = re.compile(r"计划|目标|打算|预计|原定|定了|定的|要(?:培育|培养|建|达到|完成)")
_CLAUSE_END = "，,；;。！？!?：:\n"


def asks_target(question: str) -> bool:
    """Does the question ask the figure set as a goal (「原来计划多少」「目标是多少」)?"""
    return bool(_ASKS_TARGET.search(to_simplified(question)))


def _lead(text: str, start: int) -> str:
    """The clause's words before the count at ``start``."""
    lo = max((text.rfind(ch, 0, start) for ch in _CLAUSE_END), default=-1) + 1
    return text[lo:start]


def _measure(count: str) -> str:
    return re.sub(r"[\d.,，%％]+", "", count) or "%"


def target_or_reached(sentence: str, counts: Sequence[re.Match], question: str) -> str:
    """The count (as written) of ``sentence`` the question asks when its ``counts`` (matches on
    the simplified sentence) are a target and a count marked reached in one measure: the first
    target for a question asking the plan, else the first count reached; '' otherwise."""
    text = to_simplified(sentence)
    kinds = []
    for m in counts:
        lead = _lead(text, m.start())
        kinds.append(
            "target" if _TARGET.search(lead) else "reached" if _REACHED.search(lead) else ""
        )
    want = "target" if asks_target(question) else "reached"
    targets = {_measure(m.group()) for m, k in zip(counts, kinds, strict=True) if k == "target"}
    reached = {_measure(m.group()) for m, k in zip(counts, kinds, strict=True) if k == "reached"}
    shared = targets & reached
    if not shared:
        return ""
    m = next(
        m for m, k in zip(counts, kinds, strict=True) if k == want and _measure(m.group()) in shared
    )
    return sentence[m.start() : m.end()].strip()
