"""「公职律师人数最多的是哪个」: the count named before 最多 is the ranking's, no topic.

A question ranking units says what it counts by a count noun before the superlative (人数,
数量, 次数, 件数, 场次, 个数): 「人数最多」「案件数量最少」. The thing counted is the topic before
it, and the ranking reads whichever count each unit's sentence gives. The segmenter cuts 「人数
最多」 as 人|数最多 (数最多 is a dictionary word), gluing 人 to the topic (公职律师人) and making 数最多
a word no report writes; so the count noun before a superlative is set apart from it before the
question is cut into words (its measure, 人 or 人次, still says what the ranking counts).
"""

from __future__ import annotations

import re

__all__ = ["without_ranked_measure"]

_MEASURE = re.compile(r"(人数|数量|个数|件数|次数|场次|人次)(?=最多|最少|最高|最低)")


def without_ranked_measure(question: str) -> str:
    """The question with the count noun before a superlative set apart from it."""
    return _MEASURE.sub(r"\1 ", question)
