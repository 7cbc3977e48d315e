"""「A跟B谁的X多」: a plain 多/少 after 谁 or 哪个 ranks the units compared.

Between two units users rarely say 最多: 「柳湾镇跟松岗街道谁的持证执法人员多」「哪个督查搞得多」
ask which of them has more, as 「哪个最多」 does. The 多 is read as a word of the topic
otherwise (「执法人员多」「督查得多」), and no pick is made. A 多/少/高/低 ending the clause
after 谁/哪个 (with a verb and 得, or 更, before it) is the ranking: it leaves the topic and the
comparison picks the unit (``answering.compare``).

A figure's size and pace rank the same way: 「谁的GDP更大」「哪个增长更快」 ask which unit's figure
is larger (faster) exactly as 「谁的多」 does — 大/小 and 快/慢 are the degrees of an amount and
of a growth rate, and a report never writes 「更大」 beside its figure.

Not: 「多少」「多久」「多大」 (a how-many, the degree does not end the clause), 「谁搞过法治讲座」
(no degree), 「哪个区加大了」「谁的差距缩小」 (a verb of change the degree completes, not a
ranking; 「谁缩小得更快」 ranks by its 更).
"""

from __future__ import annotations

import re

_WHO = r"(?:谁|哪个|哪家|哪一个|哪一家|哪边)"
# a verb of change a degree completes (加大, 扩大, 缩小, 减小, 放慢, 变大, 提快, 降低, 增多, 拉大):
# the pair is the verb (「谁加大了投入」), no ranking; 更 before the degree ranks again (「谁降得更低」)
_CHANGE = "[加扩缩减放变提降增升拉]"
_DEGREE = (
    rf"[^，,。？?！!；;]{{0,20}}?(?<![多几])(?P<deg>(?:[\u4e00-\u9fff]得)?更?(?P<way>(?<!{_CHANGE})[多少高低大小快慢]))"
    r"(?=[？?。！!，,；;\s]|$|[呀啊吧呢些点一])"
)
_PLAIN = re.compile(_WHO + _DEGREE)
# the analyzer blanks the question word before it reads the topic: a blank stands for it
_BLANKED = re.compile(rf"(?:{_WHO}|\s){_DEGREE}")


def plain_ranking(text: str) -> str:
    """'most' or 'least' when ``text`` asks which unit has more (less) with a plain 多 (少),
    '' otherwise."""
    m = _PLAIN.search(text)
    if not m:
        return ""
    return "most" if m.group("way") in "多高大快" else "least"


def without_plain_ranking(text: str) -> str:
    """``text`` with the ranking's words blanked (same length): they are no topic. The
    analyzer's text has the question word blanked already, so a blank may stand for it."""
    m = _BLANKED.search(text)
    if not m:
        return text
    s, e = m.span("deg")
    return text[:s] + " " * (e - s) + text[e:]
