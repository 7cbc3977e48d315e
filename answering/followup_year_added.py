"""「再把2020年的也加进来」 after 「2021年的报告都有哪些单位？」: a year added to a list's years.

A year is a scope, never a topic: adding it to a list question widens the reports the list is
asked over by that year's, and keeps the rest (the topic, the level, the shape). The last
question is asked again over its years and the one added (「2021年和2020年的报告都有哪些单位」,
which the scope readers take as both years). After a list over every year the added year is
already in it: asked again, with a note saying so. Searched as typed, the follow-up was read
as an ellipsis about the units just listed, and refused: they have no report of the year added.
"""

from __future__ import annotations

import re

from answering.followup_empty import ASKED_UNITS

__all__ = ["year_added"]

_YEAR = r"(?:19|20)\d{2}\s*年度?"
# 「再把2020年的也加进来」「2019年的报告也算上」「加上2020年和2019年的」: a year (or several),
# a verb of adding, nothing else
_ADDED = re.compile(
    rf"^(?:那么?)?(?:再|还)?(?:(?:把|将)?(?P<a>{_YEAR}(?:(?:和|、|及|跟|与){_YEAR})*)"
    r"(?:的|那份|那几份|的报告)?(?:报告)?(?:也|都|一起|一并)(?:加进来|加进去|加上|加入|算上|算进来|放进来|列上|列进来)"
    rf"|(?:加上|算上)(?P<b>{_YEAR}(?:(?:和|、|及|跟|与){_YEAR})*)(?:的)?(?:报告)?)"
    r"(?:吧|呢)?[？?。!！\s]*$"
)
# the years a list question is asked over: said before 的报告, 的 or the asking word
_SCOPE = re.compile(rf"{_YEAR}(?:(?:和|、|及|跟|与|或){_YEAR})*(?=的|报告|里|中|哪|有哪|都有)")


def year_added(q: str, prev_q: str) -> tuple[str, str] | None:
    """(question, note): the last list question over its years and the ones ``q`` adds; None
    when ``q`` adds no year or the last question asked for no list of units."""
    m = _ADDED.match(q.strip())
    if not m or not ASKED_UNITS.search(prev_q):
        return None
    added = re.sub(r"\s+", "", m.group("a") or m.group("b"))
    scope = _SCOPE.search(prev_q)
    if scope is None:
        if re.search(_YEAR, prev_q):  # a year of the topic (「2035年远景目标」): left as it is
            return None
        return prev_q, f"（上一个问题不限年份，已包括{added}的报告）"
    new = [y for y in re.findall(r"(?:19|20)\d{2}", added) if y not in scope.group(0)]
    if not new:
        return prev_q, f"（{added}的报告已在上面的列表中）"
    joined = f"{scope.group(0)}和{'和'.join(f'{y}年' for y in new)}"
    return prev_q[: scope.start()] + joined + prev_q[scope.end() :], f"（{added}的报告也算上）"
