"""A deed's amount said as one noun: 「办案量」「调解量」「受理量」 — the deed and 量.

Users ask 「两个镇的办案量对比下」 where a report never writes the noun: it counts the deed
(「办理林业行政案件5起」「调解纠纷242件」). The noun's amount is the count of the deed before
量, so the deed is searched as well, by its own spellings. Not every 量 is an amount of a
deed: 力量, 质量, 数量, 能量, 含量, 重量, 考量, 分量, 容量, 流量, 总量, 产量 are words of their own
(执法力量 is staff, 服务质量 is quality), so a 量 after those characters is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["amount_deed", "asks_amount"]

# characters that make a word of their own with 量 (力量, 质量 …; 大量, 适量 say "much"), never
# a deed's amount
_NOT_AMOUNT = frozenset("力质数能含重考分容流总产商度大少适尽测衡估计增存销变")
# 「办案量」「调解量」 in a question: two characters of a deed, then 量 that starts no word of its
# own (量化, 量刑)
_AMOUNT = re.compile(r"[\u4e00-\u9fff]{2}量(?![化刑身])")


def asks_amount(question: str) -> bool:
    """Does the question ask a deed's amount (「两镇的办案量对比下」 asks two counts)?"""
    return any(m.group(0)[-2] not in _NOT_AMOUNT for m in _AMOUNT.finditer(question))


def amount_deed(syn: Mapping[str, tuple[str, ...]], word: str) -> tuple[str, ...]:
    """For 「办案量」: the deed 办案 and its spellings (案件, 办理案件); else nothing."""
    if not word.endswith("量") or len(word) < 3 or word[-2] in _NOT_AMOUNT:
        return ()
    deed = word[:-1]
    return (deed, *syn.get(deed, ()))
