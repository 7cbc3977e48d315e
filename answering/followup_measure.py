"""「那增速呢」 after 「罗湖2018年GDP是多少？」: a measure of the thing just asked about.

A growth rate, a share or a rank is never a thing of its own: it is always the rate or share
*of* something. A follow-up that names only such a measure (增速, 占比, 排名) asks it of the
last question's topic — the same unit, year and thing — and never of whatever sentence of the
report happens to hold the word (「收入增速与GDP同步」).
"""

from __future__ import annotations

import re

__all__ = ["measure_of_last"]

# the measures of a quantity a report gives beside it (增长7.3%, 占比12%, 排名第三)
_MEASURE_ONLY = re.compile(
    r"^(?:那么?|还有)?(?:它的|其)?(?P<m>增速|增幅|增长率|涨幅|降幅|占比|比重|排名)"
    r"(?:是|有)?(?:多少|几|如何|怎么样|呢)*[？?。!！\s]*$"
)
# the asking tail of the last question: 「是多少？」「有多少」「达到多少」
_ASKING_TAIL = re.compile(
    r"(?:大概|大约|一共)?(?:是|有|达到|为)?(?:多少|几)[个件亿元万]*[？?。！!\s]*$"
)


def measure_of_last(question: str, prev_question: str) -> str | None:
    """The last how-much question asked for the measure named (「罗湖2018年GDP的增速是多少？」);
    None when the follow-up names more than a measure or the last question asked no amount."""
    m = _MEASURE_ONLY.match(question.strip())
    if not m:
        return None
    stem = _ASKING_TAIL.sub("", prev_question.strip())
    if stem == prev_question.strip() or not stem:
        return None
    return f"{stem}的{m.group('m')}是多少？"
