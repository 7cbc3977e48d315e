"""「哪些报告提到地铁16号线」: a transit line is named by its number, and the number is the name.

Metro and rail lines are known by their numbers (16号线, 3号线四期); reports write the number
with or without the kind word before it (「地铁16号线」「轨道3号线」「推动地铁14、16号线建成通车」
「16号线二期全线电通」). Read as words, the number was dropped as a bare figure and only 地铁 and
号线 were left: every report naming any line (6号线, 8号线) counted. So a number right before 号线
is one concept with the line word, the transit kind word before it taken in (a report may name
the line without it), and a line said in Chinese numerals (十六号线) is spelled both ways. The
mention of a smaller number inside a larger one (6号线 inside 16号线) is another line: that is
``other_referent`` reading a figure whole, not this module.
"""

from __future__ import annotations

import re

from reportqa.text import cn_small

_KIND = r"(?:地铁|轨道交通|轨道|城轨|轻轨|有轨电车)?"
_CN = "一二两三四五六七八九十"
_ROUTE = re.compile(rf"{_KIND}(?<![\d.．])(\d{{1,3}}|[{_CN}]{{1,3}})号线")


def routes_in(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, name, spellings) of each numbered transit line ``text`` names."""
    out = []
    for m in _ROUTE.finditer(text):
        number = m.group(1)
        value = int(number) if number.isdigit() else cn_small(number)
        if not value:
            continue
        spellings = (f"{value}号线", f"{number}号线", m.group(0))
        out.append((m.start(), m.end(), m.group(0), tuple(dict.fromkeys(spellings))))
    return out


__all__ = ["routes_in"]
