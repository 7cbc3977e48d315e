"""「按份数给我排一下」 after 「哪几个报告写了审了多少份合同的」: the last list ordered by its count.

Ordering (排一下, 排个序, 排排, 排名) needs a number per unit; after a which-answer whose question
asked a count (多少/几), the number is that count, and the units are the ones just listed. So the
follow-up asks the last question's count of each of them — a comparison, every unit a row with its
quoted figure — and picks the top (or the bottom, 从少到多). Read alone it was searched as a
topic (「份数」). A last question that asked no count has no number to order by: left to the
other rules, as is a follow-up naming units of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["ordered_by"]

# the asking of an order: 按X (the measure, said or not), then 排 said as people say it
_ORDER = re.compile(
    r"^(?:那么?|再|那就)?(?:请|麻烦)?(?:你)?(?:按(?:照)?(?P<by>[^，,。？?！!]{1,8}?))?"
    r"(?:给我|帮我|给|都)?(?P<dir>从多到少|从少到多|从高到低|从低到高|由多到少|由少到多)?"
    r"(?:排(?:一下|个序|一排|排|下|个名)|排序|排名|排个队)(?:一下)?(?:看看)?[吧呢啊]*[？?。!！]*$"
)
# the which-words of the last question and what it said the report writes before the count
_WHICH = re.compile(
    r"^(?:请问)?(?:有)?(?:哪些|哪几个|哪几家|哪个)(?:乡镇|镇|乡|街道|单位|地方|区县|报告)?"
    r"(?:的报告)?(?:里|中)?(?:都)?(?:写了|写到了?|提到了?|说了|有)?"
)
_TAIL = re.compile(r"(?:的)?(?:是)?(?:哪些|哪几个|哪几家)?[？?。！!\s]*$")
_COUNT = re.compile(r"多少|几")
# a measure said as a number (份数, 数量, 次数, 多少): the count just asked, whatever its counter
_QUANTITY = re.compile(r"数[量目字]?|量|多少|多寡")


def ordered_by(q: str, prev_q: str, units: Sequence[str]) -> str | None:
    """The last which-question's count asked of each of ``units`` with the top picked, or None
    when ``q`` asks no order, fewer than two units were listed, or no count was asked."""
    m = _ORDER.match(q.strip())
    if m is None or len(units) < 2:
        return None
    w = _WHICH.match(prev_q.strip())
    if w is None:
        return None
    body = _TAIL.sub("", prev_q.strip()[w.end() :])
    if not _COUNT.search(body) or len(body) < 3:
        return None  # no number to order the units by
    # 「按时间排一下」: an order by something the count is not; 「按人数排」 after 审了多少份: a
    # count of another thing (its counter, 人, not the one asked) — only the count asked orders
    by = _QUANTITY.sub("", m.group("by") or "")
    if not set(by) <= set(body):
        return None
    least = (m.group("dir") or "").startswith(("从少", "从低", "由少"))
    names = list(units)
    joined = "、".join(names[:-1]) + "和" + names[-1]
    return f"{joined}各{body}，哪个{'最少' if least else '最多'}"
