"""「两部都提到的是哪几个」: the units two list answers in a row share.

After two which-questions in a row (「哪些地方学习过反有组织犯罪法？」「换成《信访工作条例》看看」)
a follow-up that points at both things with 两/二 and 都 (「两部都提到的」「这两项都有的」「二者都
写了的是哪些」) asks for the units on both lists — the intersection of the last two answers. It
names no topic: searched as typed it looks for 「两部」 in the reports. It is asked as the one
list question of both needs (「哪些地方既…又…」, ``answering.both``): each need is judged over
the whole library as it was a turn ago — a judgement narrowed to the shared units alone would
weigh the words against two reports, not the library the lists came from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from answering.followup import Turn

from answering.followup_carry import topic_of

__all__ = ["both_asked"]

# both things pointed at (两部/两项/这两个/二者), then what marks the shared units: 都/均/同时 and
# any short verb (「都学过」「都组织了」「均开展过」), or a word of sharing itself (共同/共有/重合/
# 交集); the units or lists may be named after the measure (「两份名单都有的」「两个报告重合的」)
_BOTH_SAID = re.compile(
    r"^(?:那么?|那|这)?(?:这|那)?(?:两|二|俩)(?:部|个|项|份|条|种|样|者|件|类)?"
    r"(?:法|规定|文件|报告|名单|清单|回答|答案|列表)?(?:里|中|之中|当中)?"
    r"(?:(?:都|均|同时|全都)(?:[\u4e00-\u9fff]{1,4}?)?|(?:共同|共有|重合|交集|重叠|重复)"
    r"(?:[\u4e00-\u9fff]{1,4}?)?)(?:了|过)?的?"
    r"(?:单位|地方|乡镇|报告|部分)?(?:是|有)?(?:哪些|哪几个|哪几家|哪几|哪个|谁)[^，,。]{0,6}?"
    r"(?:呢|啊|呀)?[？?。!！]*$"
)


# a list question's frame: up to its asking word and the noun it asks for (「哪些地方」)
_FRAME = re.compile(r"^.*?(?:哪些|哪几个|哪几家|哪几份)(?:乡镇|街道|地方|单位|报告|区县|部门)?")


def both_asked(q: str, history: Sequence[Turn]) -> str | None:
    """The list question of the last two questions' needs together (「哪些地方既学习过A，又
    学习过《B》？」) when ``q`` asks for the units on both lists; None when it does not, or the
    last two turns are not two list questions that each listed units."""
    if not _BOTH_SAID.match(q.strip()) or len(history) < 2:
        return None
    before, last = history[-2], history[-1]
    frame = _FRAME.match(before.effective)
    if not before.townships or not last.townships or not frame or not _FRAME.match(last.effective):
        return None
    first, second = topic_of(before.effective), topic_of(last.effective)
    if not first or not second or first == second:
        return None
    return f"{frame.group(0)}既{first}，又{second}？"
