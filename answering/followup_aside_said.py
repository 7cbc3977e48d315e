"""「光明有写黑臭水体，其他报告还有谁写了？」: the unit set aside restated with what it said.

A widening follow-up often first restates the last answer — the unit just asked about and the
thing it writes (「A有写X」「A提到了X」「A的报告里讲了X」) — then asks who else does. That clause
names the thing only after its verb of mentioning: the unit before it is the one being set
aside, never part of the thing, and searched as a topic it brings its own unit back in.
A one-character verb (提, 写, 讲, 说) mentions only after 有 or before 了/过/的: else it opens
another word (提升, 说明, 讲堂), and the clause is left whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reportqa.units import short_name

__all__ = ["thing_said"]

# after the unit: its report (的报告里), a helper (有/也/都/还), a verb of mentioning, its aspect
_SAID = re.compile(
    r"^(?:的?报告)?(?:里面?|中)?(?:也|都|还|确实)?(?:"
    r"(?:有没有|有)?(?:提到|提及|提出|写到|讲到|说到|谈到|涉及)(?:了|过)*的?"
    r"|(?:有没有|有)[提写讲说](?:了|过)*的?"
    r"|[提写讲说](?:了|过)+的?|[提写讲说]的)"
)


def thing_said(clause: str, aside: Iterable[str]) -> str:
    """The thing of a clause that restates what a unit set aside said (「光明有写黑臭水体」 →
    「黑臭水体」, 光明区 aside; 「光明写的X」 → X); the clause itself when it starts with no such unit or names no
    verb of mentioning right after it (「光明的黑臭水体」 is a thing of its own)."""
    for unit in sorted(aside, key=len, reverse=True):
        for name in dict.fromkeys((unit, short_name(unit))):
            if clause.startswith(name) and (m := _SAID.match(clause[len(name) :])):
                rest = clause[len(name) + m.end() :]
                return rest if len(rest) >= 2 else clause
    return clause
