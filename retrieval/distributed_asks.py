"""「甲街道和乙街道，一个讲组织领导一个讲决策，各自怎么做的？」: aspects dealt out to units.

Chinese distributes a list of aspects over a list of units with 一个…一个… (also 一个…另一个…,
前者…后者…): the first aspect goes to the first unit named, the second to the second, in the
order written. It is two facts asked at once, as 「甲镇办了几次讲座，乙区学法几次」 is
(``retrieval.unit_clauses``): read as one need, the two aspects were AND'ed over both reports
and each unit was asked what only the other was meant to answer.

The reading holds only when the aspects and the units are as many: 「甲、乙、丙三镇，一个讲X
一个讲Y」 does not say which unit has which aspect nor what the third is asked, and guessing
would answer a question nobody asked — the caller asks back (``DealtUneven``). Shares that
each ask their own (「领导小组，一个开了几次会、一个谁当组长」) deal no aspect of a topic: they
are asks of the one topic named before them, read as the comparison reads them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from retrieval.unit_clauses import written_at

__all__ = ["DealtUneven", "dealt_aspects", "dealt_clauses"]

# one dealt share: the pointer (一个, 另一个, 前者, 后者), a light verb of speaking or covering,
# then the aspect up to the next pointer or the clause's end
_POINTER = r"(?:另一个|另外一个|另一家|一个|一家|前者|后者)"
_SHARE = re.compile(
    rf"{_POINTER}(?:讲|说|谈|聊|管|问|看|侧重|偏重|负责|是|关于)?"
    rf"(?P<aspect>[^，,。？?！!；;\s]+?)(?=[，,；;\s]*{_POINTER}|[，,。？?！!；;]|$)"
)
# what stays of the ask after the shares: its asking word, without 各自/分别 (each unit is
# asked alone)
_EACH = re.compile(r"各自|分别|各|都")
_ASKS = re.compile(r"几|多少|什么|啥|谁|哪|怎么|怎样|如何|是否|有没有|吗")


@dataclass(frozen=True)
class DealtUneven:
    """The question deals ``aspects`` aspects out to ``units`` units, which are not as many."""

    aspects: int
    units: int


def dealt_aspects(question: str) -> tuple[tuple[str, ...], int, int]:
    """The aspects dealt out by 一个…一个… in order, with where the shares start and end in
    ``question``; ((), -1, -1) when there are fewer than two shares in a row."""
    shares = list(_SHARE.finditer(question))
    if len(shares) < 2:
        return (), -1, -1
    for a, b in pairwise(shares):
        if question[a.end() : b.start()].strip("，,；; "):
            return (), -1, -1  # not one run of shares
    return tuple(m.group("aspect") for m in shares), shares[0].start(), shares[-1].end()


def dealt_clauses(question: str, units: Sequence[str]) -> tuple[tuple[str, str], ...] | DealtUneven:
    """(unit, its own question) for each of ``units`` in the order the question writes them,
    each asked its own aspect; () when no aspects are dealt out or a unit is named after the
    shares (it is no list they are dealt over); ``DealtUneven`` when they are dealt, but not
    one to each unit."""
    aspects, start, end = dealt_aspects(question)
    if not aspects or any(_ASKS.search(a) for a in aspects):
        return ()  # 「一个开了几次会、一个谁当组长」: each share asks its own, of one topic
    at = sorted(w for u in dict.fromkeys(units) if (w := written_at(question, u))[0] >= 0)
    if not at or at[-1][0] >= start:
        return ()
    if len(at) != len(aspects):
        return DealtUneven(len(aspects), len(at))
    lead = question[: at[0][0]]
    tail = _EACH.sub("", question[end:]).strip("，,；; ")
    if not _ASKS.search(tail):
        tail = "怎么做的？"  # 「一个讲X一个讲Y」 alone: how each did its own
    return tuple(
        (unit, f"{lead}{unit}在{aspect}上{tail}")
        for (_, _, unit), aspect in zip(at, aspects, strict=True)
    )
