"""Per-unit clauses: 「甲镇办了几次专题法律讲座，乙区常务会议集体学法几次」 asks each unit its
own measure.

A question that names units one clause each — the unit first, then its own deed and its own
asking word, the clauses parted by ，/；/而/和 — is a list of facts about units, not one need
every unit must meet: read as one AND'ed need it answers neither unit (甲镇 writes no 常务会议,
乙区 no 讲座). Each clause is then a compare row of its own, asked with its own words.

It is no such list when a clause has no asking word of its own (「甲镇办了几次讲座，乙镇呢」: the
same measure, elided) or the units stand together before one ask (「甲镇和乙镇各办了几次讲座，
覆盖多少人」: the units share every measure).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportqa.units import short_name

# an asking word: a count, a what, a how, a whether
_ASKS = re.compile(r"几|多少|什么|啥|谁|哪|怎么|怎样|如何|是否|有没有|有无|吗")
# what parts one unit's clause from the next: a comma or semicolon, and a joining word
_PARTED = re.compile(r"[，,；;、]\s*(?:而|和|以及|另外|还有|那么)?\s*$|(?:而|和|以及)\s*$")
# the words of asking, joining and pointing back (「乙镇的是哪家」), which are no deed
_NO_DEED = re.compile(
    r"[几多少什么啥哪怎么样如何是否有没无吗呢的了也都又家位次场个件名人项份条起？?！!。，,；;、\s]"
)


def unit_clauses(question: str, units: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """(unit, its clause) for each named unit when ``question`` asks each its own measure,
    the words before the first unit (a year, 「请问」) put before every clause; () when it
    does not. ``units``: the units named, found as written or by their short name (焉耆县
    for 焉耆回族自治县)."""
    at = sorted(w for u in dict.fromkeys(units) if (w := written_at(question, u))[0] >= 0)
    if len(at) < 2 or len({p for p, _, _ in at}) < len(at):
        return ()
    lead = question[: at[0][0]]
    out = []
    for k, (start, name, unit) in enumerate(at):
        end = at[k + 1][0] if k + 1 < len(at) else len(question)
        own = question[start + len(name) : end]
        if k + 1 < len(at):
            parted = _PARTED.search(own)
            if parted is None:
                return ()  # 「甲镇和乙镇各…」: the units stand together before one ask
            own = own[: parted.start()]
        if not _ASKS.search(own) or len(_NO_DEED.sub("", own)) < 2:
            return ()  # 「乙镇呢」: no measure of its own
        out.append((unit, lead + name + own))
    return tuple(out)


def written_at(question: str, unit: str) -> tuple[int, str, str]:
    """Where the question writes ``unit`` and how: in full, else by its short name
    (-1 when not at all)."""
    short = short_name(unit)
    for name in (unit, short) if len(short) >= 2 else (unit,):
        at = question.find(name)
        if at >= 0:
            return at, name, unit
    return -1, "", unit
