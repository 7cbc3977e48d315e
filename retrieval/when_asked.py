"""A question asking when (「什么时候」「何时」「哪个月」「哪天」「几月」) asks a date, not a list.

Reports date a deed by the year, month or day it was done (2023年6月，举办…培训; 11月, 4月26日),
by a half or a quarter (上半年, 第三季度, 年初, 年底), so the quote that answers 「什么时候」
holds one of them; a section's 「一是…二是…」 items or an undated sentence on the topic says
nothing of when. The 什么 of 什么时候 is no 「有什么做法」, and the word after 哪个 in 「哪个月
办的」 is the date asked, never a kind of thing the answer must name (哪家银行 → 银行).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportqa.text import to_simplified

__all__ = ["asks_when", "dated", "dated_only", "is_time_word"]

_WHEN = re.compile(
    r"(?:什么|啥)时[候间]|何时|哪(?:一|个)?(?:月|天|日|季度|时间|时段)|几月|几号|哪个时候"
)
_NUM = r"[0-9０-９一二三四五六七八九十〇零]"
_DATED = re.compile(
    rf"(?:19|20)[0-9]{{2}}\s*年|(?<![个每])(?:{_NUM}{{1,2}})\s*月(?!余|多|来|以来)"
    r"|[0-9０-９]{1,2}\s*[日号]|上半年|下半年|年初|年中|年底|年末|岁末|月初|月底|月中"
    r"|第?[一二三四1-4]季度|春节|元旦|国庆|宪法日|宪法宣传周"
)
# the word after 哪个 that is a span of time: 哪个月, 哪个季度, 哪个时间段 ask a date
_TIME_WORD = re.compile(r"^(?:月|天|日|季度|时间|时候|时段|阶段|年度|年份|星期|周)")


def asks_when(question: str) -> bool:
    """The question asks when something was done (a date answers it)."""
    return bool(_WHEN.search(to_simplified(question)))


def dated(text: str) -> bool:
    """The text dates something: a year, a month, a day, a half or a quarter of the year."""
    return bool(_DATED.search(to_simplified(text)))


def is_time_word(kind: str) -> bool:
    """「哪个月办的」: the word after 哪个 is a span of time, no kind of thing to name."""
    return bool(_TIME_WORD.match(kind))


Carries = Callable[..., bool]


def dated_only(carries: Carries | None, question: str) -> Carries | None:
    """For a when-question, a sentence answers only when it also holds a date."""
    if not asks_when(question):
        return carries

    def carries_date(text: str, heading: str = "") -> bool:
        return dated(text) and (carries is None or carries(text, heading))

    return carries_date
