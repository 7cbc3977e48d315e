"""Scores of an assessment: 「考核得了多少分」 wants 「得分91.5分」, never 「满分100分」.

Reports give the result of a yearly assessment (考核, 考评, 测评) as a score in 分 and a grade
(优秀, 良好, 合格 等次). 分 is no measure word of a count — it is also a minute (15分钟), a
fraction (百分之, 三分之一), a decibel (70分贝) and a part (部分, 分类) — so a score is a number right before 分
with none of those after it. A score's frame is no result: the full mark (满分100分, 总分为
100分), a deduction or bonus (扣2分, 加1分) and a scale (百分制) say how the assessment counts,
not what the unit got. A question asks for a score with 多少分 / 几分 / 得分 / 分数.
"""

from __future__ import annotations

import re

SCORE = "分"  # the measure a score question asks for (``retrieval.measures.asked_measure``)

SCORE_ASKED = re.compile(r"(?:多少|几)\s*分(?![钟之类开别管])|得分|分数|打了?多少分|评分")

_NUMBER = r"[0-9０-９]+(?:\.[0-9]+)?"
# what makes a number before 分 no result: the full mark, a deduction, a bonus (checked on
# the few characters before the number)
_FRAME = re.compile(r"(?:满分|总分|满分值|分值|扣|扣除|扣减|减|加|加分|奖励|最高)(?:为|是|共)?\s*$")
_POINTS = re.compile(rf"(?<![0-9０-９.]){_NUMBER}\s*分(?![钟之类贝局队])")  # not 70分贝


def asks_score(question: str) -> bool:
    return bool(SCORE_ASKED.search(question))


class _Scores:
    """A pattern-like reader of the scores of a sentence: ``search`` and ``finditer`` as
    ``re.Pattern`` has them, so it stands where a measure's pattern stands."""

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        for m in _POINTS.finditer(text, pos, end):
            if not _FRAME.search(text[max(0, m.start() - 6) : m.start()]):
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return next(self.finditer(text, pos, endpos), None)


SCORES = _Scores()
