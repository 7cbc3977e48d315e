"""A year that dates an event the question names is the event's name, never the reports' year.

People point at an event by when it happened: 「18年那个超强台风山竹」「2020年那场疫情」
「2020年疫情那会儿」. The year there says which typhoon or which epidemic is meant; it does not
say which reports to read. A report of any later year may recall the event (a 政府工作报告's
「过去五年工作回顾」 reviews five years of them), so the year read as a scope drops those
reports and answers 「哪几份报告说到了」 with only the report of that year. Two shapes say so:
a year followed by a pointer at one occasion (那个/那场/那次) and a noun that is no report or
unit (「2021年那份报告」「2021年那个镇」 still point at reports and units, 「2021年那个时候」 at
the year itself), and a year heading a short noun said as a time (「X年疫情那会儿/那时候/
那阵子」: back at the time of the event).
"""

from __future__ import annotations

import re

__all__ = ["undated_events"]

_YEAR = r"(?<![\d.近过去前多几十百满])(?:19|20)?\d{2}\s*年"  # 「18年」 as 「2018年」
# 「2018年那个台风」「2020年的那场疫情」: a pointer at one occasion, then what it was; a
# report, a unit or a year again after the pointer is no event
_POINTED = re.compile(
    rf"{_YEAR}(?:的)?(?=(?:那|这)一?(?:个|场|次|回)"
    r"(?![^，,。？?；;]{0,12}?(?:报告|份|篇)|年|时|阶段|期间"
    r"|[^里中哪，,。？?；;]{0,4}?(?:镇|乡|街道|区|县|市|省|单位|地方|部门)))"
)
# 「2020年疫情那会儿」「19年台风那时候」: a short noun said as the time back then
_BACK_THEN = re.compile(
    rf"{_YEAR}(?=[\u4e00-\u9fff]{{1,8}}?(?:那会儿?|那时候?|那阵子?|那段时间|那几年))"
)


def undated_events(q: str) -> str:
    """``q`` without the years that date an event it names: 「2018年那个台风山竹」 →
    「那个台风山竹」, 「18年那个台风」 too."""
    return _BACK_THEN.sub("", _POINTED.sub("", q))
