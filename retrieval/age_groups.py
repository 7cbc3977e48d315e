"""A population described by an age before a list of services: whom they are for, no need.

A question says whom a service is for in everyday words bounded by an age — 「三岁以下小孩的
托育、托位」「六十岁以上老人的助餐、助浴」 — while a report names the service (托育, 普惠托位)
and, when it names the people at all, in its own terms (婴幼儿, 0—3岁, 老年人). The age bound
and the people noun after it, joined to the list by 的, only describe the items: the items are
the need, each a full term. Any other head before 的 (「合同的起草、审核」) is what the items
are done to and stays (``retrieval.item_lists``).
"""

from __future__ import annotations

import re

__all__ = ["described_population"]

_NUMBER = r"(?:\d+(?:\s*[-—~至到]\s*\d+)?|[零一二两三四五六七八九十百]+)"
# 「三岁以下小孩的」「0-3岁婴幼儿的」「60周岁以上的老人的」: bound, then up to six characters of who
_POPULATION = re.compile(
    rf"{_NUMBER}\s*(?:周岁|岁|个月)(?:以下|以上|以内|及以下|及以上|之下|之上)?的?"
    r"[\u4e00-\u9fff]{1,6}?的$"
)


def described_population(text: str, start: int) -> int | None:
    """Where the age-bounded population ending right before ``start`` (its 的 included)
    begins, or None when no such description stands there."""
    m = _POPULATION.search(text[max(0, start - 16) : start])
    return None if m is None else start - (len(text[max(0, start - 16) : start]) - m.start())
