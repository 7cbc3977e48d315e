"""The topic of a list question that says its frame last: 「…的乡镇有哪些」.

「一年调解矛盾纠纷超过100起的乡镇有哪些？」 puts the thing first and the list frame (的乡镇有哪
些) last, so stripping a frame that leads (``followup_carry.topic_of``) leaves nothing. A count
asked next of the units it listed (「分别是多少起」) counts that thing; the bound it set (超过100
起, ``retrieval.count_bounds``) picked the units and is no word of the thing, and a span of time
said before it (一年, 全年) is when, not what — both are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.count_bounds import bound_spans

__all__ = ["fronted_topic", "listed_count"]

# the frame said last: 「的乡镇有哪些」「的单位是哪几个」「的有谁」
_FRAME_LAST = re.compile(
    r"的?(?:乡镇|街道|地方|单位|报告|区县|部门|乡|镇|县|区)?(?:的报告)?"
    r"(?:都|也|还)?(?:有|是)?(?:哪些|哪几个|哪几家|哪几份|谁|哪个|哪家)"
    # 「…的有哪些乡镇」: the noun after the which-word
    r"(?:乡镇|街道|地方|单位|报告|区县|部门|乡|镇|县|区)?(?:呢)?[？?。!！\s]*$"
)
# when said before the thing, not the thing: 一年, 全年, 今年, 去年, 近三年
_SPAN_FIRST = re.compile(r"^(?:一年|全年|每年|今年|去年|当年|近[一二三四五两]年)(?:来|里|中|内)?")


def fronted_topic(question: str) -> str:
    """The thing before a list frame said last, without its bound and leading span of time;
    '' when ``question`` does not end in a list frame."""
    m = _FRAME_LAST.search(question.strip())
    if m is None or m.start() == 0:
        return ""
    head = question.strip()[: m.start()]
    for s, e in sorted(bound_spans(head), reverse=True):
        head = head[:s] + head[e:]
    head = re.sub(r"(?:在|为|达到?|是)$", "", head.strip())  # 「成功率在98%以上」: 在 led the bound
    return _SPAN_FIRST.sub("", head).strip("，, 的")


def listed_count(q: str, prev_q: str, units: Sequence[str]) -> str:
    """「分别是多少起」 after a list: the units listed, named, with the thing the list was about
    (``followup_carry.carried_topic``) — 「甲镇、乙乡调解矛盾纠纷分别是多少起」, asked as a
    question naming them would be; ``q`` itself when it names a thing of its own."""
    from answering.followup_carry import carried_topic  # followup_carry reads fronted_topic

    carried = carried_topic(q, prev_q)
    if not carried or not units:
        return q
    return f"{'、'.join(units)}{carried.replace('，', '', 1)}"
