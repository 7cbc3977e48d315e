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

Only a one-off event nobody plans — a disaster, an epidemic, an accident (台风, 疫情, 洪涝,
地震, 火灾, 事故 …) — is named so: it happens once and later reports look back on it. Routine
yearly work said the same way (「2020年那次执法人员培训」) is done again every year, and its
year is the year the work was done, a period as any other; a range (「2020年以后那几年」) is
a span of years, no event.
"""

from __future__ import annotations

import re

__all__ = ["undated_events"]

_YEAR = r"(?<![\d.近过去前多几十百满])(?:19|20)?\d{2}\s*年"  # 「18年」 as 「2018年」
# a one-off unplanned event: a disaster, an epidemic, an accident
_EVENT = (
    r"(?:台风|风灾|疫情|新冠|肺炎|非典|洪水|洪涝|水灾|内涝|暴雨|旱灾|干旱|地震|火灾|山火|"
    r"大火|火情|事故|爆炸|坍塌|塌方|滑坡|泥石流|冰冻|雪灾|寒潮|灾害|灾情|险情|疫)"
)
# 「2018年那个台风」「2020年的那场疫情」: a pointer at one occasion, then the event; a report,
# a unit or a year again after the pointer is no event
_POINTED = re.compile(
    rf"{_YEAR}(?:的)?(?=(?:那|这)一?(?:个|场|次|回)"
    r"(?![^，,。？?；;]{0,12}?(?:报告|份|篇)|年|时|阶段|期间"
    r"|[^里中哪，,。？?；;]{0,4}?(?:镇|乡|街道|区|县|市|省|单位|地方|部门))"
    rf"[^，,。？?；;]{{0,8}}?{_EVENT})"
)
# 「2020年疫情那会儿」「19年台风那时候」: a short event noun said as the time back then; never
# a range's word (「2020年以后那会儿」) nor the plural 那几年, a span of years
_BACK_THEN = re.compile(
    rf"{_YEAR}(?!以后|之后|以前|之前|以来|至|到)"
    rf"(?=[\u4e00-\u9fff]{{0,6}}?{_EVENT}[\u4e00-\u9fff]{{0,4}}?"
    r"(?:那会儿?|那时候?|那阵子?|那段时间))"
)


def undated_events(q: str) -> str:
    """``q`` without the years that date an event it names: 「2018年那个台风山竹」 →
    「那个台风山竹」, 「18年那个台风」 too."""
    return _BACK_THEN.sub("", _POINTED.sub("", q))
