"""A population described by an age before a list of services: whom they are for, no need.

A question says whom a service is for in everyday words bounded by an age — 「三岁以下小孩的
托育、托位」「六十岁以上老人的助餐、助浴」 — while a report names the service (托育, 普惠托位)
and, when it names the people at all, in its own terms (婴幼儿, 0—3岁, 老年人). The age bound
is the asker's precision and goes; the people noun after it, joined to the list by 的, only
describes the items: it stays as a light word (an everyday one, 小孩, only favours a passage
naming them: ``Population.everyday``), while the items are the need, each a full term. Any
other head before 的 (「合同的起草、审核」) is what the items are done to and stays
(``retrieval.item_lists``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.register import register_tail

__all__ = ["Population", "described_population"]

_NUMBER = r"(?:\d+(?:\s*[-—~至到]\s*\d+)?|[零一二两三四五六七八九十百]+)"
# 「三岁以下小孩的」「0-3岁婴幼儿的」「60周岁以上的老人的」: bound, then up to six characters of who
_POPULATION = re.compile(
    rf"{_NUMBER}\s*(?:周岁|岁|个月)(?:以下|以上|以内|及以下|及以上|之下|之上)?的?"
    r"(?P<who>[\u4e00-\u9fff]{1,6}?)的$"
)


@dataclass(frozen=True)
class Population:
    """An age-described population before a list: where it starts, and its people noun."""

    start: int  # the age's number
    who: str  # 未成年人, 小孩

    @property
    def everyday(self) -> bool:
        """An everyday word for the people (小孩, 小娃娃, 老人: ``retrieval.register``) only
        favours a passage: its report spellings are a guess the age may belie (小娃娃 under
        three are 婴幼儿, no 学生), and the service names them. A report's own word
        (未成年人, 老年人) is what a report writes where it serves them: 「18岁以下未成年人的
        法律援助、心理辅导」 asks the minors' aid, never 农民工's — it stays needed, lightly."""
        return bool(register_tail(self.who))


def described_population(text: str, start: int) -> Population | None:
    """The age-bounded population ending right before ``start`` (its 的 included), or None
    when no such description stands there."""
    window = text[max(0, start - 16) : start]
    m = _POPULATION.search(window)
    if m is None:
        return None
    return Population(start - (len(window) - m.start()), m.group("who"))
