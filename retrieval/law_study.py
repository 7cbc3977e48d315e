"""Studying the law, as users say it and as reports write it.

Reports name a unit's study of the law 学法 (会前学法, 领导干部学法, 集体学法, 常务会学法);
users say the verb and its object whole, often with a quantity between: 「学一段法律」
「学点法律」「学学法规」「学一下法律知识」. Left as typed, 学 is a soft verb and the need
keeps only 法律, which every report names somewhere, so any sentence with 法律 answered.
"""

from __future__ import annotations

import re

# 学 (not 学习/学校/学生: those are other words), a doubled 学 or a small quantity, the law
# as object, and then nothing that makes the object part of a longer noun (法律顾问,
# 法律援助, 法律意识): a function character, a clause mark or the question's end
_STUDY = re.compile(
    r"(?<![学留上放自同大中小])学(?:了|过)?(?:学|一段|一点|一些|一下|一会儿?|点|些|下)?"
    r"(?:法律法规|法律知识|法律|法规)(?=$|[的了呢吗啊吧，,。？?！!；;、\s])"
)


def law_study(question: str) -> str:
    """「开会前先学一段法律的」 → 「开会前先学法的」: the report's word for the study of law."""
    return _STUDY.sub("学法", question)
