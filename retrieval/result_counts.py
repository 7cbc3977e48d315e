"""「把工作事项精简成多少项履职事项」: the count asked is of what the deed resulted in.

A 把-sentence (将 in writing) with a result complement (V成/V为/V到/V出) before a count (多少/几 + measure +
noun) asks how many of the resulting thing there are: the noun after the count is the need.
The verb says how the count came about, and a report writes its own verb for it (精炼归纳出,
整合为, 压减到), and the thing worked on (工作事项) is where it started: neither is the need,
so both leave the need text. Only with a noun after the count: 「把绿化率提高到多少」 asks the
value of what was raised, which stays; and a count before the verb (「把多少个村纳入」) counts
the thing worked on, which stays.
"""

from __future__ import annotations

import re

_MEASURE = "[项个类件条家所种批]"
_AMOUNT = "[百千万亿元]"  # 多少个百分点, 多少万元: an amount, the value of what was worked on
_RESULT = re.compile(
    r"(?:把|将)[\u4e00-\u9fff]{2,12}?[\u4e00-\u9fff]{1,4}?(?:成为|成|为|到|出)"
    rf"(?=(?:多少|几)(?:{_MEASURE}(?!{_AMOUNT})|(?!{_MEASURE}|{_AMOUNT}))[\u4e00-\u9fff]{{2}})"
)


def resulting_count(text: str) -> str:
    """``text`` without the 把-object and result verb before a count of a resulting noun."""
    return _RESULT.sub(" ", text)


__all__ = ["resulting_count"]
