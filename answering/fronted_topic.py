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

from answering.regions import places_asked
from ingest.gazetteer import regions
from reportqa.types import shown_unit
from retrieval.count_bounds import bound_spans

__all__ = ["fronted_topic", "listed_count"]

# the frame said last: 「的乡镇有哪些」「的单位是哪几个」「的有谁」
_FRAME_LAST = re.compile(
    r"的?(?:乡镇|街道|地方|单位|报告|区县|部门|乡|镇|县|区)?(?:的报告)?"
    r"(?:都|也|还)?(?:有|是)?(?:哪些|哪几个|哪几家|哪几份|谁|哪个|哪家)"
    # 「…的有哪些乡镇」: the noun after the which-word
    r"(?:乡镇|街道|地方|单位|报告|区县|部门|乡|镇|县|区)?(?:呢)?[？?。!！\s]*$"
)
# a place named whole (「西柳镇」「海城市」) or a year or report field: what picked the reports
_NOT_THING = re.compile(
    r"^[\u4e00-\u9fff]{1,8}(?:省|市|州|盟|县|区|旗|镇|乡|街道)$|\d{2,4}\s*年|年度|报告|文件"
)
# a report whose unit was not read is shown by its file (``shown_unit``): no name to ask by
_UNREAD = shown_unit("", "").split("（")[0]
# when said before the thing, not the thing: 2023年, 一年, 全年, 今年, 去年, 近三年
_SPAN_FIRST = re.compile(
    r"^(?:\d{2,4}\s*年度?|一年|全年|每年|今年|去年|当年|近[一二三四五两]年)(?:来|里|中|内)?"
)


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
    topic = _SPAN_FIRST.sub("", head).strip("，, 的")
    # 「新疆的报告有哪些」「西柳镇的有哪些」「报告年度是2022年的有哪些」: a place or a year
    # picked the reports — a metadata list, no thing a count can be of
    if _NOT_THING.search(topic) or places_asked(f"{topic}的", regions()):
        return ""
    return topic


def listed_count(q: str, prev_q: str, units: Sequence[str]) -> str:
    """「分别是多少起」 after a list: the units listed, named, with the thing the list was about
    (``followup_carry.carried_topic``) — 「甲镇、乙乡调解矛盾纠纷分别是多少起」, asked as a
    question naming them would be; ``q`` itself when it names a thing of its own."""
    from answering.followup_carry import carried_topic  # followup_carry reads fronted_topic

    carried = carried_topic(q, prev_q)
    units = [u for u in units if not u.startswith(_UNREAD)]  # 「r09txt」 is no word to search
    if not carried or not units:
        return q
    return f"{'、'.join(units)}{carried.replace('，', '', 1)}"
