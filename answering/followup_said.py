"""「省里的报告提了没」: another unit's report asked about the topic just talked about.

After 「光明新区那次滑坡，深圳市的报告怎么说的」 the turn 「省里的报告提了没」 (广东省 once the level
word is read: ``answering.level_pointers``) names a unit and asks whether — or how — its report
says it, with no topic of its own: the words 「(的)报告(里)提了没 / 怎么说的 / 写了没」 ask of a
report's text, and the text asked about is the last question's topic. So such a tail asks the last
question again of the unit named, as 「那广东省呢」 would; searched as typed it looks for 「提」 and
finds nothing. A tail naming a thing (「广东省的报告提了乡村振兴没」) is a question of its own.
"""

from __future__ import annotations

import re

__all__ = ["asks_said_again"]

# the whole tail after the unit: 的报告里, then a word asking whether/how it says it
_SAID_AGAIN = re.compile(
    r"^(?:的|那边的?|那里的?)?(?:报告|那份报告|那份|这份)?(?:里头|里面|里边|当中|中|里|上)?"
    r"(?:也|又|有|都|是)?(?:提了没有?|提到了?没有?|提没提|提了吗|提到了?吗|有没有提到?|提过没有?|"
    r"写了没有?|写了吗|有没有写|怎么说的?|咋说的?|如何说的?|说了什么|说了啥|怎么讲的?|怎么写的?)"
    r"[？?。!！\s]*$"
)


def asks_said_again(leftover: str) -> bool:
    """Is ``leftover`` (a follow-up without its units and 那/呢) only the asking of what a report
    says, about no thing of its own?"""
    return bool(_SAID_AGAIN.match(re.sub(r"^(?:那么?|还有)\s*", "", leftover.strip())))
