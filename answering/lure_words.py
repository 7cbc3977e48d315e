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

- **the person engaged**, after a verb of inviting, hiring or organising people (「邀请法官授课」
  「聘请公证员担任法律顾问」「组织检察官在院坝宣讲」): reports name whom they brought in
  (「邀请资深律师授课」「组织法律顾问、乡贤能人宣讲」), and a judge, a prosecutor, a notary, a
  professor or a lawyer are different people of different offices — a report naming one did not
  say another. Only a word that names a person by its profession's suffix (-官, -员, -师, -家,
  -者, 教授, 顾问, 代表, 委员, 干警); at most two characters of description between (资深, 法学).
  The unit's own staff (工作人员, 公职人员, 党员, 公务员) are no profession: reports name them in
  many words (干部, 机关人员), and 「组织公职人员旁听庭审」 asks the practice, not the person.

All are read only on words no report in scope spells (the caller passes those): a spelled
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
# a verb of bringing people in, then at most two characters of description (资深, 法学)
_ENGAGING = r"(?:邀请|聘请|特邀|特聘|延请|请来|请了|请|组织|联合|选派|安排|派出)(?:了|过)?[\u4e00-\u9fff]{0,2}?"
# a person named by the suffix of a profession or office
_PERSON = re.compile(r"(?:[官员师家者]|教授|顾问|代表|委员|干警)$")
# the unit's own staff, which reports name in many words (干部, 工作人员, 公职人员): no profession
_STAFF = re.compile(r"(?:人员|党员|公务员|职员|成员|队员|学员)$")


def _sides(c: Concept) -> tuple[str, ...]:
    return tuple(s for s in c.term.split("/") if s)


def conditioned(question: str, words: Sequence[Concept]) -> tuple[str, ...]:
    """The unspelled ``words`` the question names as the means of its practice, the person
    engaged for it or a calendar time it was held at, in question order: each is a condition no
    report states."""
    out = []
    for c in words:
        for side in _sides(c):
            used = re.search(_USING + re.escape(side), question)
            person = _PERSON.search(side) and not _STAFF.search(side)
            engaged = person and re.search(_ENGAGING + re.escape(side), question)
            if used or engaged or _CALENDAR.search(side):
                out.append(side)
                break
    return tuple(out)
