"""「它们都是哪一年的报告」「这两个哪个是2023年的报告」: the units pointed at, asked of as documents.

A plural pointer (它们, 这几个, 这两个, 上述) stands for the units just talked about. When the
question asks about their reports as documents — the year covered, the unit above, the
addressee, the day issued, the province — the pointer is replaced by their names and the
question is asked over them alone. A pick by a report's year (「哪个是2023年的」) is such a
question too: searched as typed, it listed every report of that year in the library, none
of them picked from the units the user pointed at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_pointers import PLURAL, unqualified
from answering.meta_parts import about_report
from answering.region_answers import PROVINCE_OF

__all__ = ["pointed_reports"]

_NUMBERS = {
    "两": 2,
    "俩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
# one of the units pointed at, picked by the year its report covers
_YEAR_PICK = re.compile(r"(?:哪个|哪份|哪一个|哪一份|哪家|谁)(?:是|为|属于)?(?:19|20)\d{2}年度?的")


def pointed_reports(
    q: str, units: Sequence[str], named: Sequence[str] = ()
) -> tuple[str, tuple[str, ...]] | None:
    """(question, units): ``q`` with its plural pointer replaced by ``units`` (the last answer's, else those the
    last question ``named``), when it asks about their reports as documents; None otherwise
    (no pointer, no units, or a question of their text). A pointer that counts (这两个, 这三份)
    points at that many: the last answer's units when they are that many, else the last
    question's; neither that many → None, never a guess at which ones were meant."""
    m = PLURAL.search(q)
    if m is None or not units:
        return None
    if (n := _counted(m.group(0))) is not None and len(units) != n:
        if len(named) != n:
            return None
        units = named
    if not (about_report(q) or PROVINCE_OF.search(q) or _YEAR_PICK.search(q)):
        return None
    return unqualified(q[: m.start()]) + "、".join(units) + q[m.end() :], tuple(units)


def _counted(pointer: str) -> int | None:
    """How many units a pointer counts (「这两个」 2), None when it counts none (「它们」)."""
    m = re.search(r"[这那]([两三四五六七八九十])[个份家]", pointer)
    return _NUMBERS[m.group(1)] if m else None
