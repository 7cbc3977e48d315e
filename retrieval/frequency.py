"""A frequency in a which-question: 「每周召开研判会的」「每季度开展一次督查的」.

A routine that reports describe is held at some rate, and a user who names the rate (每天,
每周, 每半月, 每月, 每季度, 每半年) asks for the units that hold it *at that rate*, not for every
unit that holds it. Reports write the rate where they know it, in one of a few spellings per
period (「每月召开」「月度例会」「一月一次」「按季度」「周二夜学」); a report whose sentence
names another rate (每月 for the asked 每周) or none at all (「定期召开」, a yearly count
「全年召开12次」) did not say the asked one. So a supporting sentence counts only when it
spells the asked period. Only periods shorter than a year are read: an annual report is
itself the yearly frame (「每年都开展述法吗」 is answered by the year's deed), and 定期 names
no rate, so neither is a condition; nor is the spoken 天天 (「天天唠法」), which says a habit,
not a schedule a report would state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportqa.text import to_simplified

# each period: how a question asks for it, and every spelling a report uses for it
_PERIODS: tuple[tuple[str, str, str], ...] = (
    (
        "day",
        r"每天|每日|每个工作日|一天一次",
        r"每天|每日|天天|每个工作日|一天一次|一日一|逐日|每晚|每早",
    ),
    (
        "halfmonth",
        r"每半个?月|每两周|每隔一周|半月一次",
        r"每半个?月|每两周|每隔一周|半月一|双周",
    ),
    (
        "week",
        r"每周|每星期|每个星期|每礼拜|一周一次|每个礼拜",
        r"每周|每星期|每个星期|每礼拜|一周一|每逢周|(?:周|星期)[一二三四五六日天]|周例会|周调度",
    ),
    (
        "month",
        r"每个?月|一月一次|一个月一次|按月",
        r"每个?月|月度|按月|逐月|一月一|一个月一|月例会|月调度",
    ),
    (
        "quarter",
        r"每个?季度?|一季度一次|一个季度一次|按季度?",
        r"每个?季度?|(?<![第一二三四1-4])季度|按季|一季一",
    ),
    (
        "halfyear",
        r"每半年|半年一次",
        r"每半年|半年一|半年度",
    ),
)
# a question word that only spells a rate (每季度, 每个月, 一次, 每周一): the condition reads it,
# no report's practice is named by it
RATE_WORD = (
    r"(?:每|按|一)?(?:个|隔)?(?:天|日|周[一二三四五六日天]?|星期[一二三四五六日天]?|礼拜|半个?月|"
    r"两周|月|季度?|半年)?(?:一次|一回)?|都|定期"
)
_ASKED = tuple((name, re.compile(q)) for name, q, _ in _PERIODS)
_STATED = {name: re.compile(s) for name, _, s in _PERIODS}


# 「每周六」「每个星期二」: the weekly rate with its day, and another day is another routine
_DAY = re.compile(r"(?:每个?|逢)(?:周|星期|礼拜)(?P<day>[一二三四五六日天])")
_SAME_DAY = {"日": "日天", "天": "日天"}


@dataclass(frozen=True)
class Frequency:
    """The rate the question asks a practice to be held at, by ``period`` name; ``day``
    the weekday it names with a weekly rate (每周六 → 六), if any."""

    period: str
    day: str = ""

    def stated_in(self, sentence: str) -> bool:
        """Does ``sentence`` spell the asked period (「每月召开」 for 每月, 「周二夜学」 for 每周),
        and the asked weekday if one is named (「周二夜学」 is no 每周六)?"""
        text = to_simplified(sentence)
        if not _STATED[self.period].search(text):
            return False
        if not self.day:
            return True
        days = _SAME_DAY.get(self.day, self.day)
        return bool(re.search(rf"(?:周|星期|礼拜)[{days}]", text))


def frequency_asked(question: str) -> Frequency | None:
    """The one rate shorter than a year a which-question asks for, or None (none or
    several: 「每周或每月」 sets no one rate)."""
    text = to_simplified(question)
    periods = {name for name, pattern in _ASKED if pattern.search(text)}
    if len(periods) != 1:
        return None
    period = periods.pop()
    day = _DAY.search(text)
    return Frequency(period, day.group("day") if day and period == "week" else "")
