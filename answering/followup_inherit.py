"""「罗湖那边签了多少人？」「具体是哪一天？」: a follow-up that keeps the last question's topic.

People go on by naming only what changes. A turn that names a unit and asks a count with
nothing but a verb of the last topic (签 of 家庭医生签约, 办 of 办理) asks that topic's count of
the unit; a turn that asks only when (「具体是哪一天」「什么时候」) asks the date of the thing the
last question was about (中央领导去调研). Searched as typed, neither finds anything: 「签」 or
「哪一天」 is in every report or none. So the last question's topic — its words without its
which-frame (「哪些区」「有哪位」) and its asking words — is put in front. A turn that names a
thing of its own (「罗湖那边有多少人口」「下次培训是哪一天」) asks that, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_turn import Resolved
from reportqa.units import short_name

__all__ = ["inherited_topic"]

# the picking words of a which-question and the unit noun they pick (「哪些区」「有哪位」「谁家」)
_WHICH = re.compile(
    r"(?:有|是)?(?:哪些|哪几个|哪几家|哪几位|哪几份|哪位|哪个|哪家|有谁|谁家|谁)"
    r"(?:(?:乡镇街道|乡镇|街道|单位|地方|部门|区县|报告|区|县|镇|乡)(?:的报告)?(?:里|中)?)?"
    r"(?:都|也|还)?(?:提到|说到|写到|讲到|谈到)?(?:了|过)?"
)
# a question's own asking words at its end (「…了吗」「…是多少」「…怎么样」)
_ASKING_END = re.compile(
    r"(?:是|有|为)?(?:多少|几)?(?:了吗|吗|呢|么|没有|怎么样|如何)?[？?。!！\s]*$"
)
# asking when: the day, month or moment of a thing (a report's year is asked of the document)
_WHEN = re.compile(
    r"哪一天|哪天|哪一日|哪日|什么时候|啥时候|何时|什么时间|几月几[号日]|几号|哪个月|几月份?|什么日子"
)
# what a when-question says besides asking when: pointers, particles, 具体/到底
_WHEN_FILLER = re.compile(
    r"^(?:那么?|那个|这个|它|具体|到底|究竟|大概|是|在|的|呢|啊|吗|呀|[？?。!！，,\s])*$"
)
# what a counting turn says besides its unit and its verb: a place pointer, the asking words
# of a count of people or things, particles
_COUNT_FILLER = re.compile(
    r"那边|这边|那里|这里|那儿|这儿|方面|那么?|还有|一共|总共|累计|共|了|过|的|呢|吗|啊|"
    r"(?:多少|几)(?:万|千|百)?(?:人次|户|人|个|件|家|次|场|项|名|位|台|起)?|[？?。!！，,\s]"
)
_COUNT = re.compile(r"多少|几")


def inherited_topic(
    q: str, prev_q: str, prev_units: Sequence[str], units: Sequence[str]
) -> Resolved | None:
    """``q`` with the last question's topic in front, or None when it names a thing of its own."""
    topic = _topic(prev_q)
    stripped = q.strip()
    if not _named(topic):
        return None
    if not units and prev_units and _WHEN.search(stripped):
        if _WHEN_FILLER.match(_WHEN.sub("", stripped)):  # 「具体是哪一天」: when the thing was
            return Resolved(f"{topic}，{stripped}", tuple(prev_units), _note(prev_units))
        return None
    if len(units) != 1 or not _COUNT.search(stripped):
        return None
    rest, own = stripped, topic
    for name in (units[0], short_name(units[0])):
        rest = rest.replace(name, "")
    for name in prev_units:  # the last turn's units give way to the one named now
        own = own.replace(name, "").replace(short_name(name), "")
    verbs = re.findall(r"[\u4e00-\u9fff]", _COUNT_FILLER.sub("", rest))
    # 「签了多少人」: a verb of the last topic, and nothing else named
    if verbs and len(verbs) <= 2 and all(ch in own for ch in verbs) and _named(own):
        return Resolved(f"{own.strip('，, ')}，{stripped}")
    return None


def _topic(prev_q: str) -> str:
    """The last question's thing: its words without its which-frame and asking words."""
    topic = _WHICH.sub("", prev_q.strip(), count=1)
    return _ASKING_END.sub("", topic).strip("，, ")


def _named(topic: str) -> bool:
    """Does ``topic`` name a thing (two characters or more)?"""
    return len(re.findall(r"[\u4e00-\u9fff]", topic)) >= 2


def _note(units: Sequence[str]) -> str:
    return f"（范围：{'、'.join(units)}）"
