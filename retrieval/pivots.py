"""Pivot verbs (兼语): 「请法律顾问帮忙」「让法律顾问把关」「组织干部学习」.

The noun after a pivot verb is that verb's object and the next verb's doer at once. So it
is never the asker's framing of the next verb's object (``retrieval.grounding``), and never
a modifier naming a kind of the next word (``retrieval.evidence``): 「让法律顾问把关」 asks for
法律顾问 doing 把关, and a report's 「司法所或聘请律师参与研究把关」 is the same 把关, not
another kind of it.
"""

from __future__ import annotations

from retrieval.compounds import Tagger

PIVOT = frozenset(
    "请 聘请 邀请 让 叫 使 派 安排 组织 动员 鼓励 要求 帮助 指导 引导 带领 推动 督促".split()
)


def doer(question: str, noun: str, verb: str, tagged: Tagger) -> bool:
    """``noun`` stands right after a pivot verb and right before ``verb``, a verb, in
    ``question``. A noun after ``noun`` (「请法治副校长讲课」: 副校长) is the pivot's object with
    its modifier: 法治 still names its kind."""
    at = question.find(noun + verb)
    tags = tagged(verb)
    if at <= 0 or len(tags) != 1 or not tags[0][1].startswith("v") or tags[0][1] == "vn":
        return False
    return any(question[:at].endswith(p) for p in PIVOT)
