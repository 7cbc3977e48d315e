"""「把工作事项精简成多少项履职事项」: the count asked is of what the deed resulted in.

A 把-sentence (将 in writing) with a result complement (V成/V为/V到/V出) before a count (多少/几 + measure +
noun) asks how many of the resulting thing there are: the noun after the count is the need.
The verb says how the count came about, and a report writes its own verb for it (精炼归纳出,
整合为, 压减到), and the thing worked on (工作事项) is where it started: neither is the need,
so both leave the need text. Only with a noun after the count: 「把绿化率提高到多少」 asks the
value of what was raised, which stays; and a count before the verb (「把多少个村纳入」) counts
the thing worked on, which stays.

Only when the result is the same kind of thing as what was worked on: the result's head noun
(事项 of 履职事项) is written in the 把-span (工作事项). 「将全区划分为多少个网格」「将政务服务事项整合成
多少个主题」 turn one thing into another: what was worked on (全区, 政务服务) is the domain the
count belongs to, and the bare result (网格, 主题) would be met in any report, so both stay.
And only when the result has a name of its own: 「把行政审批事项精简为多少项审批事项」 counts the
same thing before and after, so the deed (精简) is what tells the count asked, and it stays.
"""

from __future__ import annotations

import re

_MEASURE = "[项个类件条家所种批]"
_AMOUNT = "[百千万亿元]"  # 多少个百分点, 多少万元: an amount, the value of what was worked on
_RESULT = re.compile(
    r"(?:把|将)[\u4e00-\u9fff]{2,12}?[\u4e00-\u9fff]{1,4}?(?:成为|成|为|到|出)"
    rf"(?=(?:多少|几)(?:{_MEASURE}(?!{_AMOUNT})|(?!{_MEASURE}|{_AMOUNT}))"
    r"(?P<noun>[\u4e00-\u9fff]{2,8}))"
)


def _same_kind(m: re.Match[str]) -> str:
    """The span dropped when the result's head noun was already worked on, else kept."""
    noun = m.group("noun")
    return " " if noun[-2:] in m.group(0) and noun not in m.group(0) else m.group(0)


def resulting_count(text: str) -> str:
    """``text`` without the 把-object and result verb before a count of a resulting noun."""
    return _RESULT.sub(_same_kind, text)


__all__ = ["resulting_count"]
