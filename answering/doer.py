"""Whose deed a counted sentence tells: the unit's own, or the sum of its parts'.

A unit's report counts its own acts and, often in the next clause, what it got its
departments, villages or offices to do: 「2024年按计划学法12次；…推动各政府部门学法116次」,
「镇党委集体学法8次，指导各村开展学法活动46场」. A question about the unit (「望都县政府学法
几次」) asks the unit's own count; the sum over 各部门/各村 is another, larger figure that
answers only when the question itself names those parts (「各部门学法多少次」). Reports write
the parts with 各 before the kind of body (各政府部门, 各村(社区), 各职能部门, 各站所); a
number of them (「12个部门」) or a single named one is no such sum.

The mark weighs a sentence down rather than ruling it out: when the report counts only the
parts' deed, that sentence is still the best there is.
"""

from __future__ import annotations

import re

from reportqa.text import to_simplified
from retrieval.measures import how_many

# 各 + at most a few characters + a kind of body under the unit (not 各类/各项, kinds of thing)
_PARTS = re.compile(
    r"各(?!类|项|种|方面|环节|领域|阶段)[\u4e00-\u9fff]{0,5}?"
    r"(?:部门|单位|村|社区|科室|站所|办所|机关|乡镇|街道|委办局|分局|学校)"
)
# a question that names the parts asks their count
_ASKS_PARTS = re.compile(r"各?[\u4e00-\u9fff]{0,4}(?:部门|科室|站所|村|社区|单位|机关|学校)")
OTHERS_WEIGHT = 0.8  # below a sentence of the unit's own count that scores alike


_CLAUSE = re.compile(r"[^，,：:。；;！!？?]+")


def by_parts(sentence: str, question: str) -> bool:
    """Does the sentence count what the unit's parts (各部门, 各村) did, the question not
    asking about them? The parts and the count stand in one clause (「推动各政府部门学法116次」);
    parts named in another clause of the sentence are members or scope (「各职能部门负责人为成员
    的领导小组，全年召开专题会议4次」), the count still the unit's own."""
    if _ASKS_PARTS.search(to_simplified(question)):
        return False
    return _counts_parts(sentence)


def _counts_parts(sentence: str) -> bool:
    counts = how_many()
    for m in _CLAUSE.finditer(to_simplified(sentence)):
        clause = m.group(0)
        parts = _PARTS.search(clause)
        if parts and any(c.start() > parts.start() for c in counts.finditer(clause)):
            return True
    return False


def own_weight(sentence: str, question: str) -> float:
    """A sentence's score factor: ``OTHERS_WEIGHT`` for the parts' count when the question
    asks the unit's own; when it asks the parts' (「各部门学法多少次」), for a count that is
    not theirs; else 1."""
    if _PARTS.search(to_simplified(question)):
        return 1.0 if _counts_parts(sentence) else OTHERS_WEIGHT
    return OTHERS_WEIGHT if by_parts(sentence, question) else 1.0
