"""A follow-up that is a which-question of its own: 「有没有区提到自己的运动员参加奥运会的？」
after 「盐田区那份讲了哪些体育赛事？」 asks over the library, not of 盐田区.

A question that asks whether any unit, or which units, of a kind did something (「有没有区…」
「有哪个乡镇…」「哪些街道…」) names its own range — every unit of that kind — and with it says
it is no longer about the one unit just talked about. Read as an ellipsis it would keep that
unit as its scope and answer a list question from a single report. A pointer back (其中, 它们,
这几个) is what narrows a list to the last answer; this question has none.

A kind of a level below the unit just talked about (「有没有街道建了口袋公园」 after 罗湖区: 街道
lie inside a 区) is no range of the library: it asks of the parts of that unit, which its own
report tells of — the unit stays the scope.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["asks_anew"]

_KIND = r"(?:区县|县区|乡镇|街道|单位|地方|部门|报告|区|县|乡|镇|市)"
# the range asked over: 「有没有区」「有无乡镇」「是否有街道」「有哪个区」「哪些区」「哪几个乡镇」
_RANGE = re.compile(
    rf"(?:有没有|有无|是否有|有哪些?|有哪几个?)(?:哪个|哪些)?(?P<kind>{_KIND})"
    rf"|(?:哪些|哪几个?|哪几家|哪几份)(?P<kind2>{_KIND})"
)
# the rung of a kind or of a unit by its name's last word: 乡镇 and 街道 lie in a 区 or 县,
# which lie in a 市; a kind of no rung (单位, 报告) is below nothing
_RUNG = {
    "乡镇": 1,
    "街道": 1,
    "乡": 1,
    "镇": 1,
    "区县": 2,
    "县区": 2,
    "区": 2,
    "县": 2,
    "旗": 2,
    "市": 3,
}
# a pointer to the units just talked about: the list is narrowed to them, not asked anew
_BACK = re.compile(r"其中|这其中|它们?|这些|那些|[这那]几|上述|以上|[这该那](?:个|份|家)")


def asks_anew(q: str, last: Sequence[str] = ()) -> bool:
    """Does ``q`` ask which units of a kind did something, with no pointer back, the kind no
    level below the units ``last`` talked about?"""
    m = _RANGE.search(q)
    if not m or _BACK.search(q):
        return False
    kind = _RUNG.get(m.group("kind") or m.group("kind2"))
    rungs = [_rung(u) for u in last]
    return not (kind and rungs and all(r and r > kind for r in rungs))


def _rung(unit: str) -> int | None:
    return next((r for k, r in _RUNG.items() if unit.endswith(k)), None)
