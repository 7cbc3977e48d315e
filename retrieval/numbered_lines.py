"""「有没有报告提到12345热线」: a service line is named by its number, and the number is the name.

Hotlines and service numbers (12345, 12348, 110, 96111) are known by their digits; the kind
word the asker adds (热线/电话/专线/平台) is one of several a report writes after the number
(「12345政府公开电话」「12345政务服务便民热线」「12348公共法律服务热线」). Read as words, the
number was dropped as a bare figure and only 热线 was left, which names no line. So a number
of three to six digits right before a line word is one concept, spelled as the number followed
by any word reports put after a service number. The number is never matched bare, nor
quoted alone: inside a longer figure (112345名贫困人口), before a measure word (12345人) or
quoted as a code (「“123456”战略」) it counts people or things or names a plan, not a line.
"""

from __future__ import annotations

import re

_LINE = r"服务热线|热线电话|热线|电话|专线|平台|号码"
_NUMBERED = re.compile(rf"(?<![\d.．])(\d{{3,6}})(?![\d.．])(?:{_LINE})")
# what reports write right after a service number: its kind, or whose line it is
_AFTER = (
    "热线",
    "电话",
    "专线",
    "平台",
    "政府",
    "政务",
    "市民",
    "便民",
    "服务",
    "公共",
    "公开",
    "投诉",
    "举报",
    "报警",
    "急救",
    "号码",
)


def numbered_in(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, name, spellings) of each numbered service line ``text`` names."""
    out = []
    for m in _NUMBERED.finditer(text):
        number = m.group(1)
        spellings = (m.group(0), *(number + a for a in _AFTER))
        out.append((m.start(), m.end(), m.group(0), tuple(dict.fromkeys(spellings))))
    return out


__all__ = ["numbered_in"]
