"""「其中固投要增长多少？」 after a list of one report's items; 「其中…是哪几家」 after one unit.

A list question asks either for units (哪些区, 哪几个乡镇, 谁家) or for the items one report sets
out (主要预期目标有哪些, 重点工作都有哪些). After the second, 其中 points at those items, and the
place and year the last question named are still the ones asked about: the follow-up is asked of
them. When the answer listed no unit (the place is one the library cannot label, or nothing was
found) this is no pick among units, and refusing it for want of units misreads 其中.

After a question of what every unit of a level did (「乡镇街道都做了些啥」) answered from one unit
only, a plural pick (「其中…的是哪几家」) cannot be a pick among that one: every unit of the level
was asked about, so the follow-up is asked over the library again. After a which-question with a
condition (「哪些乡镇提到行政复议」) the one unit found is the whole list: 其中 narrows to it, and
asking the library again would drop the condition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_among import AMONG
from answering.followup_turn import Resolved

__all__ = ["among_items"]

_LEVEL = r"(?:乡镇街道|乡镇|街道|单位|地方|区县|部门|区|县|镇|乡)"
# what each unit of a level did: each unit, or a plural level as subject (「乡镇街道都做了些啥」)
_EACH_DID = re.compile(rf"各{_LEVEL}|{_LEVEL}(?:都|也)(?:做|搞|干|有|开展|提)")
# a list over units: a which-word with a unit noun, who, or what each unit did
_OVER_UNITS = re.compile(
    rf"(?:哪些|哪几个?|哪个|哪家|哪几家|哪一个)(?:{_LEVEL}|报告)|有谁|谁家|{_EACH_DID.pattern}"
)
# a list of things: 有哪些/都有啥 at the end, or 哪些 before a thing
_OF_ITEMS = re.compile(r"(?:有|是)(?:哪些|什么|啥)[？?。!！\s]*$|哪些[\u4e00-\u9fff]")
# the place and year the last question asked of, up to its year (「大鹏2023年」)
_PLACE_YEAR = re.compile(r"^(?:请问)?(?P<head>[^，,？?。]{2,12}?(?:19|20)\d{2}\s*年度?)")
# a plural pick: the follow-up asks for several units
_PLURAL_PICK = re.compile(r"哪几家|哪几个|哪些")


def among_items(
    q: str, prev_q: str, prev_units: Sequence[str], named: Sequence[str]
) -> Resolved | None:
    """The follow-up 其中 … asked of the last question's place and year (after a list of
    items, no unit listed), or over the library (a plural pick after a level question answered
    by one unit); None for any other follow-up."""
    if not AMONG.match(q):
        return None
    rest = AMONG.sub("", q).lstrip("，, ")
    over_units = bool(_OVER_UNITS.search(prev_q))
    of_named = not prev_units or set(prev_units) <= set(named)  # the place asked, not found
    if of_named and not over_units and _OF_ITEMS.search(prev_q):
        m = _PLACE_YEAR.match(prev_q.strip())
        if m is None or re.search(r"哪|谁", rest) or len(rest) < 2:
            return None
        head = m.group("head")
        return Resolved(f"{head}{rest}", tuple(named), f"（其中：{head}所列的内容）")
    if (
        len(prev_units) == 1
        and not named
        and _EACH_DID.search(prev_q)
        and _PLURAL_PICK.search(rest)
    ):
        note = f"（上一个回答只找到{prev_units[0]}：在全部报告里检索）"
        return Resolved(rest, (), note)
    return None
