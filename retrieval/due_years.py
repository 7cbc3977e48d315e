"""「24件已经按期完成，最后一件…将在2020年5月份之前完成」: a deadline is no year of the deed done.

A review reports a promise kept and says when the rest is due: 「25件民生实事…24件已经按期完成，最后
一件…项目将在2020年5月份之前完成」. The year in the deadline (将在/于/在 … Y年…之前/前/底前) is when
the last item will be done, not the year the sentence reports (only a deadline of what is left —
最后一件, 剩余, 其余, 尚未 — is read so: 「医院二期已完成主体，将于2020年底前建成」 plans); read as the sentence's year it puts
a review's count in the plan part (a year after the one the report covers), and a question asking
what was done loses it. So in a sentence that says something is already done (已经, 已完成, 已建成…)
a year standing in a deadline is not the sentence's own. A plan's sentence (「2025年底前建成…」)
says nothing done: its deadline year stays what it plans.
"""

from __future__ import annotations

import re

__all__ = ["own_years"]

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!度?以来|度?以前|度?之前)")
# a deadline for what is left: a clause on the rest (最后一件, 剩余, 其余, 尚未…) with 将/于/在 …
# the year … 之前/以前/前/底 in it
_DEADLINE = re.compile(
    r"(?:最后|剩余|其余|余下|尚未|还有|另外)[^，,。；;]{0,30}?(?:将在|将于|将|于|在)[^，,。；;]{0,4}?"
    r"((?:19|20)\d{2})\s*年[^，,。；;]{0,6}?(?:之前|以前|前|底)"
)
# something already done in the sentence itself
_DONE = re.compile(r"已经|已(?:完成|建成|办结|开工|落实|实现|兑现)")


def own_years(said: str) -> set[int]:
    """The years ``said`` names as its own: every year, less those of a deadline when the
    sentence reports something already done."""
    years = {int(y) for y in _YEAR.findall(said)}
    if not years or not _DONE.search(said):
        return years
    due = {int(m.group(1)) for m in _DEADLINE.finditer(said)}
    named = [int(y) for y in _YEAR.findall(_DEADLINE.sub(" ", said))]
    return set(named) if due else years
