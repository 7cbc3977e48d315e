"""「和顺镇不是也有一个吗？」 after a list: a unit put forward as one more of the last answer's.

After 「哪些地方建了法治文化公园或者广场」, a user who knows of one the list left out says so as
a challenge — a unit, 不是也 / 不也 / 也…吧, at most a word standing for the thing (一个, 这个)
and 吗 or 吧. It names no thing of its own: it asks the last question of that unit, as
「那和顺镇呢」 does, and the answer is what the unit's own report says (built, or only planned).
Searched as typed, 「一个」 was taken for the topic and nothing was found. A turn that names a
thing (「和顺镇不是也有法治长廊吗」) asks that thing and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["challenged_unit"]

# a deed said again with 也 (有, 建了, 搞了 …): at most a short verb and its 了
_CHALLENGE = re.compile(
    r"^(?:那么?|可是|但是?)?(?P<unit>[\u4e00-\u9fff]{2,12}?)"
    r"(?:不是也|不也|也)(?:[\u4e00-\u9fff]{1,2}?了|有|是)?(?:一个|一处|一座|一家|这个|这种|的)?"
    r"(?P<end>吗|吧|嘛|呀|啊)[？?。!！\s]*$"
)


def challenged_unit(q: str, names: Collection[str]) -> str | None:
    """「那X呢？」 for a challenge putting forward the unit X (one of ``names``), else None.
    Plain 也…吗 (「X也有吗」) asks too; 也…吧 and 不是也…吗 press it."""
    m = _CHALLENGE.match(q.strip())
    if m is None or m.group("unit") not in names:
        return None
    return f"那{m.group('unit')}呢？"
