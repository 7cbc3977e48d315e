"""Follow-ups that turn the last question into a comparison of what was just talked about.

Two shapes, one place in the resolver: the unit's report of another year set beside the one just
asked of (「跟它2018年那份比呢」, ``followup_other_report``), and the units just listed ordered
by the count the last question asked (「按份数给我排一下」, ``followup_order``). Both keep the
last question's measure; the units come from the conversation, none from the follow-up.
"""

from __future__ import annotations

from collections.abc import Sequence

from answering.followup_order import ordered_by
from answering.followup_other_report import other_report
from answering.followup_turn import Resolved
from reportqa.units import UnitIndex

__all__ = ["compared_again"]


def compared_again(
    q: str, prev_q: str, prev_units: Sequence[str], known: UnitIndex
) -> Resolved | None:
    """The comparison ``q`` asks of the last turn's unit(s), or None for any other follow-up."""
    if (other := other_report(q, prev_q, prev_units)) is not None:
        return other
    if not known.candidates(q) and (asked := ordered_by(q, prev_q, prev_units)):
        return Resolved(asked, tuple(prev_units), f"（范围：{'、'.join(prev_units)}；按数字比较）")
    return None
