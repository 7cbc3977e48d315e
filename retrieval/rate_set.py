"""「赤字率定的多少」: a rate's set figure asked, read apart from jieba's 率定.

A target is asked by the measure and the verb that set it: 「赤字率定的多少」「增长率定了多少」.
jieba knows 率定 (to calibrate) as a word, so a rate it does not know as one (赤字率) is cut
赤字 / 率定 and the need becomes 「率定」, a word no report writes. The 率 closes the measure and
定 is the setting verb; said in full, that is the rate's 目标 set (「赤字率目标定的多少」), which the
plan reading (``retrieval.plan_targets``) answers from the plan's sentence.
"""

from __future__ import annotations

import re

__all__ = ["rate_set"]

# 率 closing a measure, then 定 with the words of a figure set (的, 了, 得, 在, 为)
_RATE_SET = re.compile(r"(?<=[\u4e00-\u9fff]率)定(?=[的了得在为])")


def rate_set(question: str) -> str:
    """``question`` with a rate's 定 said as its target set (「赤字率目标定的多少」)."""
    return _RATE_SET.sub("目标定", question)
