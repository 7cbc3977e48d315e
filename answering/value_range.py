"""A figure set as a range: 「地区生产总值增长6—6.5%」 answers 6—6.5%, not 6.5%.

Reports often set a target as a span of two figures joined by a dash or 至/到, with the unit
written once after the upper one (6—6.5%, 3%—3.5%, 200至250亿元). A value read off the sentence
takes the upper figure alone, which drops half of what the report says and states a narrower
target than it set. The lower figure is kept when it stands right before the value, joined to it
by the range mark and nothing else — and only when the two are of one kind: a lower figure
with its own % before a value in another unit (「压缩75%至30分钟」「下降3%至0.45吨」) is a cut by
a share down to a level, and one after 从 (「覆盖率从60%到85%」) is a change from one level
to the next, no range set.
"""

from __future__ import annotations

import re

# the lower figure and the range mark right before the value: 「6—」「3%－」「200至」
_LOWER = re.compile(r"(\d+(?:\.\d+)?\s*([%％]?)\s*(?:—{1,2}|－|–|-|~|～|至|到)\s*)$")
# 从 a few characters before the lower figure: a change from it, not a range (由 stays: 「由3至5人
# 组成」 is a range; 「由6.5%提高到7%」 has its verb between and is no range anyway)
_FROM = re.compile(r"从[^，,。；;]{0,3}$")


def with_range(sentence: str, value: str) -> str:
    """``value`` with the lower bound of the range it closes in ``sentence``, as written;
    ``value`` itself when it closes none."""
    if not value or not value[:1].isdigit():
        return value
    at = sentence.find(value)
    if at <= 0:
        return value
    m = _LOWER.search(sentence[:at])
    if not m or (m.start() > 0 and sentence[m.start() - 1].isdigit()):
        return value
    if m.group(2) and not value.rstrip().endswith(("%", "％")):
        return value  # 「压缩75%至30分钟」: a share cut, down to a level in another unit
    if _FROM.search(sentence[: m.start()]):
        return value  # 「从60%到85%」: from one level to another
    return m.group(1) + value
