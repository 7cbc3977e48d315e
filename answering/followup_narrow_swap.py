"""「那2023年的呢」 after 「这几个里2025年的是哪几个」: the narrowing's year swapped, its own list kept.

A narrowing follow-up (「这几个里X的」「其中X的」) picks from a list: the list it was taken
from is its scope, X its condition. A bare 「那Y呢」 after it swaps X for Y and asks the same
pick of the same list — never of the narrowed answer, whose units were kept because they
matched X and so cannot match another year (each report covers one year), and never of the
whole library, which the narrowing had left. Read only when the narrowing itself said a
year, so the year is the condition being swapped.
"""

from __future__ import annotations

from answering.followup_among import AMONG, ONLY
from answering.followup_turn import Resolved, Turn
from answering.followup_years import asked_year, narrowing_year, with_year, years_in

__all__ = ["narrowing_swapped"]


def _narrowed_by_year(turn: Turn) -> bool:
    """Did ``turn`` narrow a list (its scope) by a year it typed (「其中2022年的」)?"""
    q = turn.q.strip()
    narrowing = AMONG.match(q) or ONLY.match(q) or narrowing_year(q) is not None
    return bool(turn.scope) and narrowing and bool(years_in(q))


def narrowing_swapped(q: str, prev: Turn) -> Resolved | None:
    """The last narrowing asked again with the year ``q`` names, over the list it narrowed
    (``prev.scope``); None when ``q`` says more than a year or ``prev`` narrowed no list."""
    if not _narrowed_by_year(prev):
        return None
    before = years_in(prev.effective)
    year = asked_year(q, before)
    if year is None:
        year = narrowing_year(q)
    if year is None or year in before:
        return None
    asked = with_year(prev.effective, year, ())
    return Resolved(asked, prev.scope, f"（范围：{'、'.join(prev.scope)}中{year}年的）")
