"""A guess the asker adds and wants confirmed: 「A镇和B镇都是某县的吧，两份报告分别是哪年的」.

A clause ending in 吧 (「都是枫溪县的吧」「应该不是一个县的吧」) states what the speaker already
believes and asks only for a nod; the need is the other clause (分别是哪年的). Left in, its
是…的 reads as a thing asked about the reports and hides the compare of their facts. Only a
是…的吧 clause is an aside: 「都开展了普法吧」 guesses a deed, which is the topic of the
question that follows (分别开展了几场) and stays. A clause of hearsay (「听说也是武冈的，」
「据说是X县的，」) is told the same way, with or without 吧.
"""

from __future__ import annotations

import re

_ASIDE = re.compile(
    r"(?:都|也|应该|应当|好像|大概|估计|可能)*(?:不)?是[^，,。；;？?!！]{1,12}?的吧[，,？?！!](?=.*[\u4e00-\u9fff]{2})"
    # 「龙溪镇听说也是武冈的，它和…分别是哪年的」: what the asker heard (听说, 据说) is told, not asked
    r"|(?:听说|据说|听人说)(?:都|也)*(?:不)?是[^，,。；;？?!！]{1,12}?的(?:吧)?[，,](?=.*[\u4e00-\u9fff]{2})"
)


def without_aside(q: str) -> str:
    """``q`` without its 是…的吧 guess, where a clause that asks follows it."""
    return _ASIDE.sub("", q)
