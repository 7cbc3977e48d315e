"""Unspelled words that make a which-question ask for a narrower practice than the reports state.

A lure question takes a practice the reports do describe and narrows it with one word no
report in scope writes. ``answering.narrowing`` reads the frames of an audience, a channel, a
form and a marked attributive; two more frames are as common in how people ask, and a unit
qualifies only if its report states the practice *with* the word, in one sentence:

- **the means or the language**, after a verb of using (「用英语举行宪法宣誓」「用VR搞知识竞赛」
  「通过小程序收集意见」「借助无人机巡查」): 用 X 做 Y asks whether Y was done *with* X, and Y
  is what reports do routinely, so X is what is asked. Reports name the means they used
  (「用乡音土话解读」「通过官方微博直播」); a report that names another or none did not say X.
  The graded reading already refuses such a word (``answering.graded.means``); this makes the
  strict reading refuse it too, where the practice's other words are as rare as the unsaid
  one and carry a sentence over the line without it.
- **a named time of the calendar** — a weekday, the weekend, a holiday, a school vacation
  (「每周六晚上夜学」「节假日旁听庭审」「春节期间调解」): reports write when a routine is held
  (「周二夜学」「逢赶场天」「每月召开」), and another day is another routine. Only this closed
  class: words of manner or order (头一回, 重新, 晚上 said of 夜学) describe, and stay with
  the graded reading.

Both are read only on words no report in scope spells (the caller passes those): a spelled
word is judged sentence by sentence by the evidence judge as usual.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.concept import Concept

# a verb of using, then at most an aspect particle or a measure word before the means
_USING = (
    r"(?:用|利用|借助|借着|通过|依托|运用|采用|使用)(?:了|过|上)?(?:[一几两]?[个台架部套款种门])?"
)
# a day or season of the calendar: weekdays, the weekend, holidays, school vacations
_CALENDAR = re.compile(
    r"(?:周|星期|礼拜)[一二三四五六日天末]|双休日|节假日|假期|春节|元旦|国庆|中秋|端午|清明|"
    r"寒假|暑假|寒暑假|五一|十一"
)


def _sides(c: Concept) -> tuple[str, ...]:
    return tuple(s for s in c.term.split("/") if s)


def conditioned(question: str, words: Sequence[Concept]) -> tuple[str, ...]:
    """The unspelled ``words`` the question names as the means of its practice or as a
    calendar time it was held at, in question order: each is a condition no report states."""
    out = []
    for c in words:
        for side in _sides(c):
            used = re.search(_USING + re.escape(side), question)
            if used or _CALENDAR.search(side):
                out.append(side)
                break
    return tuple(out)
