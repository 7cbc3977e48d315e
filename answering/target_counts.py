"""「计划到2023年底培育300名，目前已培育180名」: a sentence's target beside its count reached.

A report states progress against a goal in one sentence: the target set (计划/目标/力争/争取/预计/
拟/确保 …, or 「到2023年底」) and the count reached so far (已, 目前, 累计). The two are counts of
one thing in one measure, so neither the measure nor the verb tells them apart. A question asking
the plan (计划, 目标, 打算, 预计, 原定) wants the target; any other how-many (「有多少」「培育了
多少」) asks what there is, which a target is not. Only a sentence holding both kinds is decided
here; one with counts of a single kind is left to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportqa.text import to_simplified

__all__ = ["asks_target", "target_or_reached"]

# the words a target is set in, before its count in the same clause
_TARGET = re.compile(r"计划|目标|力争|争取|预计|拟|确保|到(?:19|20)\d{2}年|年底前")
# the question asks a plan's figure
_ASKS_TARGET = re.compile(r"计划|目标|打算|预计|原定|定了|定的|要(?:培育|培养|建|达到|完成)")
_CLAUSE_END = "，,；;。！？!?\n"


def asks_target(question: str) -> bool:
    """Does the question ask the figure set as a goal (「原来计划多少」「目标是多少」)?"""
    return bool(_ASKS_TARGET.search(to_simplified(question)))


def _is_target(text: str, start: int) -> bool:
    lo = max((text.rfind(ch, 0, start) for ch in _CLAUSE_END), default=-1) + 1
    return bool(_TARGET.search(text[lo:start]))


def target_or_reached(sentence: str, counts: Sequence[re.Match], question: str) -> str:
    """The count (as written) of ``sentence`` the question asks when its ``counts`` (matches on
    the simplified sentence) are targets and counts reached together: the first target for a
    question asking the plan, else the first count reached; '' when all are of one kind."""
    text = to_simplified(sentence)
    kinds = [_is_target(text, m.start()) for m in counts]
    if all(kinds) or not any(kinds):
        return ""
    want = asks_target(question)
    m = next(m for m, k in zip(counts, kinds, strict=True) if k == want)
    return sentence[m.start() : m.end()].strip()
