"""「其中哪个最多」 after a list whose quotes counted the thing it was about.

「哪些地方培育了法律明白人」 names no figure, so a bare 「其中哪个最多」 after it could rank
anything and is asked back (``followup.resolve``). But when the list's own quotes give most of
its units a count of that very thing (「培育“法律明白人”96名」「…112名」), the user saw the
numbers: 最多 compares them. The thing is the topic of the conversation — the latest turn whose
quotes counted it, past a narrowing turn that quoted nothing (「它们里头乡镇级别的呢」 lists the
same units by level); the units are the last answer's. The comparison is asked as a question
naming them (「甲、乙和丙的法律明白人各多少，哪个最多」), so each unit's figure is quoted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_carry import MEASURE, topic_of
from answering.fronted_topic import fronted_topic
from answering.picking import counted_deed
from reportqa.types import shown_unit

__all__ = ["counted_or_said", "said_count_pick"]

# a deed said before the thing (培育了, 配备了, 聘请过): the thing counted is what follows
_DEED_LEAD = re.compile(r"^[\u4e00-\u9fff]{1,3}?(?:了|过)")
# 「那法律顾问呢」: a swap's lead, no word of the thing it names
_SWAP_LEAD = re.compile(r"^(?:那么?|还有)")
# a count right after the thing (「法律明白人”96名」「调解员达到35人」): quotes and 达/共/为 between
_COUNT_AFTER = re.compile(
    rf"^[”’」\"』]?\s*(?:达到?|共|为|总数|总计|合计)?\s*\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?:余|多)?"
    rf"\s*(?:{MEASURE}|人|户|元|万元)"
)
# a report whose unit was not read is shown by its file (``shown_unit``): no name to ask by
_UNREAD = shown_unit("", "").split("（")[0]
_TURNS_BACK = 3
_WHICH = re.compile(
    r"(?:有|是)?(?:哪些|哪几个|哪几家|哪个|哪家|谁)"
)  # the topic is sought this many turns back at most


def _counted_lines(thing: str, said: str) -> int:
    """How many quoted lines give a count right after ``thing``."""
    n = 0
    for line in said.splitlines():
        at = line.find(thing)
        if at >= 0 and _COUNT_AFTER.match(line[at + len(thing) :]):
            n += 1
    return n


def _things(question: str) -> list[str]:
    """What a list question may be about: its words after the frame (「哪些地方培育了X」), or
    before it (「X有哪些单位在培育」「X的乡镇有哪些」), a deed said first left off."""
    said = (topic_of(question), fronted_topic(question), _WHICH.split(question, maxsplit=1)[0])
    things = (_DEED_LEAD.sub("", _SWAP_LEAD.sub("", t), count=1).strip('“”"的，, ') for t in said)
    return [t for t in dict.fromkeys(things) if len(t) >= 2]


def said_count_pick(rest: str, history: Sequence, units: Sequence[str]) -> str:
    """「…的X各多少，其中哪个最多」 when a recent turn's quotes counted its thing X for at
    least two units and half of ``units``; '' otherwise."""
    units = [u for u in units if not u.startswith(_UNREAD)]
    if len(units) < 2:
        return ""
    for turn in list(history)[::-1][:_TURNS_BACK]:
        if not turn.said:  # a narrowing turn that quoted nothing
            continue
        for thing in _things(turn.q):
            counted = _counted_lines(thing, turn.said)
            if counted >= 2 and counted * 2 >= len(units):
                return f"{'、'.join(units[:-1])}和{units[-1]}的{thing}各多少，{rest}"
        # a turn whose quotes say its own thing moved the topic (「哪些地方聘请了法律顾问」
        # 「那法律顾问呢」 after a list of counted 法律明白人): no earlier count is ranked. A
        # narrowing turn (「其中乡镇的呢」) names no thing its quotes say: the topic is further back
        if any(thing in turn.said for thing in _things(turn.q)):
            return ""
    return ""


def counted_or_said(prev_q: str, rest: str, units: Sequence[str], history: Sequence) -> str:
    """A deed ranked (``picking.counted_deed``), else the count the quotes gave (above)."""
    return counted_deed(prev_q, rest, units) or said_count_pick(rest, history, units)
