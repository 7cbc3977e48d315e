"""Numbers as reports print them: 「10 790件」「12,905件」「8 436件」 are one number each.

Long figures are grouped by threes with a space, a thin or no-break space, or a comma
(typesetting and web copies keep them), so a number is read across those separators: reading
「10 790件」 as 790件 would state a count the report never gives, and rank it below 2 300. Only
groups of exactly three digits after a lead of one to three join, so a list 「1, 2, 3」 and a
year beside a count (「2023年 5件」) stay apart. The quote keeps the report's own spelling.
"""

from __future__ import annotations

import re

_SEP = "[,\u2009\u202f\u00a0 ]"
# a grouped figure (10 790, 1,234,567.5) or plain digits, full-width too; one leading digit
# opens both, so a position with no digit fails at once (the pattern runs over whole texts)
DIGITS = (
    rf"[0-9０-９](?:[0-9０-９]{{0,2}}(?:{_SEP}[0-9０-９]{{3}})+(?![0-9０-９])|[0-9０-９]*)"
    r"(?:\.[0-9]+)?"
)
_LEAD = re.compile(DIGITS)
_GROUPING = re.compile(_SEP)


def value_of(text: str) -> float | None:
    """The number a text starts with, separators read through (「10 790件」 → 10790.0)."""
    m = _LEAD.match(text.strip())
    if not m:
        return None
    plain = _GROUPING.sub("", m.group(0)).translate(_FULL_WIDTH)
    return float(plain)


def as_written(number: str) -> str:
    """A pattern for ``number`` (plain digits, 「10790」) as a report may print it: grouped
    by threes with any separator, or not."""
    whole, dot, frac = number.partition(".")
    head = len(whole) % 3 or 3
    groups = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
    return f"{_SEP}?".join(groups) + (re.escape(dot + frac) if dot else "")


_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
