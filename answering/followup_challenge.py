"""「和顺镇不是也有一个吗？」 after a list: a unit put forward as one more of the last answer's.

After 「哪些地方建了法治文化公园或者广场」, a user who knows of one the list left out says so as
a challenge — a unit, 不是也 / 不也 / 也…吧, at most a word standing for the thing (一个, 这个)
and 吗 or 吧. It names no thing of its own: it asks the last question of that unit, as
「那和顺镇呢」 does, and the answer is what the unit's own report says (built, or only planned).
Searched as typed, 「一个」 was taken for the topic and nothing was found. A turn that names a
thing (「和顺镇不是也有法治长廊吗」) asks that thing and is left alone; so does one whose verb is a
deed of its own (「金桥镇不是也败诉了吗」 after a list of parks asks of 败诉, not of parks): only
the last question's verb, 有/是, or a verb standing for any deed or for getting the thing
(``any_deed``) says the last deed again.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from answering.any_deed import ANY_DEED, GOT

__all__ = ["challenged_unit"]

# a deed said again with 也 (有, 建了, 搞了 …): at most a short verb and its 了
_CHALLENGE = re.compile(
    r"^(?:那么?|可是|但是?)?(?P<unit>[\u4e00-\u9fff]{2,12}?)"
    r"(?:不是也|不也|也)(?:(?P<deed>[\u4e00-\u9fff]{1,2}?)了|有|是)?(?:一个|一处|一座|一家|这个|这种|的)?"
    r"(?P<end>吗|吧|嘛|呀|啊)[？?。!！\s]*$"
)


def challenged_unit(q: str, names: Collection[str], last_q: str = "") -> str | None:
    """「那X呢？」 for a challenge putting forward the unit X (one of ``names``) with the last
    question's deed (``last_q``), else None. Plain 也…吗 (「X也有吗」) asks too; 也…吧 and
    不是也…吗 press it."""
    m = _CHALLENGE.match(q.strip())
    if m is None or m.group("unit") not in names:
        return None
    deed = m.group("deed")
    if deed and deed not in last_q and not ANY_DEED.match(deed) and not GOT.match(deed):
        return None  # 「金桥镇不是也败诉了吗」: a deed of its own, asked as typed
    return f"那{m.group('unit')}呢？"
