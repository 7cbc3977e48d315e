"""「哪些地方一年下来一件行政复议都没有」: a count asked to be zero is a negative outcome written.

Reports state a year without a kind of case as a happening denied (「全年未发生行政复议案件」
「全年无行政复议案件」「未发生行政诉讼败诉情形」), and users ask it by counting to none:
「一件X都没有」「X一件都没有」「一起X也没发生」「X一件都没输」. Read as written the negator
negates the predicate — the units that did not do X — and the units answering are those
silent on X, the opposite of those that wrote they had none. So the counted form is said the
way ``negative_content`` reads an outcome asked in the negative (「写了没发生X」): X then counts
only where a report writes it under a negation of its own. A loss (输) counted to none is a
lost suit denied: 败诉, the register's word for it.
"""

from __future__ import annotations

import re

_ONE = r"一(?:件|起|个|次|例|宗|回)"
# the negator closing its clause: 「一个法律顾问都没有请」 negates a deed (请), the units that did
# not: no count of happenings
_NONE = (
    r"(?:都|也)(?:没有|没|未)(?P<verb>发生过?|出现过?|有过?|输过?|输掉)?"
    r"(?=[了呢吗啊]*(?:[，,。？?！!；;]|的|$))"
)
# the thing counted: no asking word (哪些县区), no 的 and no 有 (a thing present) inside it
_THING = r"(?:(?!哪|的|些|谁|有)[\u4e00-\u9fff]){2,10}?"
# 「一件X都没有」: the counter first, the thing between it and the negator
_COUNTER_FIRST = re.compile(rf"{_ONE}(?P<x>{_THING}){_NONE}")
# 「X一件都没有」「的X一件都没输」「哪些地方X一件都没有」: the thing first, at the start of its
# clause, after 的 or after the units asked
_THING_FIRST = re.compile(
    r"(?:(?<=的)|(?<=^)|(?<=[，,：:])|(?<=地方)|(?<=单位)|(?<=乡镇)|(?<=区县)|(?<=县区)|(?<=街道))"
    rf"(?P<x>{_THING}){_ONE}{_NONE}"
)


# 「有过行政诉讼却一次都没输」: one thing present and another none is ``but_not``'s to read
_CONTRAST = re.compile(r"却|但|而|可是|不过")


def zero_said(question: str) -> str:
    """``question`` with a count asked to be zero said as the negative outcome written."""
    if "一" not in question or _CONTRAST.search(question):
        return question
    return _THING_FIRST.sub(_written, _COUNTER_FIRST.sub(_written, question))


def _written(m: re.Match[str]) -> str:
    thing = m.group("x")
    lost = (m.group("verb") or "").startswith("输")
    return f"写了没发生{thing}{'败诉' if lost else ''}"
