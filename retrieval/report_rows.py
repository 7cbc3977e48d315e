"""Which reports make a compared unit's rows: a report is one row, never two.

Two facts of the reports shape a comparison's rows beyond the units named:

- A zone made a district (坪山新区 → 坪山区) is one place (``renamed_units``), so a question
  naming either name reads both names' reports. But a question naming both names sets the
  zone's reports beside the district's (「坪山新区那时候和后来坪山区…各定的多少」): each name is
  then its own unit with its own reports, or both rows would read the same report.
- A unit reports once a year; a question naming two years or more of its reports
  (「福田2023年和2018年的报告…」) compares them year by year: each report is a row
  (``HybridRetriever._unit_groups``).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportqa.types import ReportInfo
from retrieval.renamed_units import same_places

__all__ = ["apart"]


def apart(unit: str, named: Sequence[str], infos: Sequence[ReportInfo]) -> list[ReportInfo] | None:
    """The reports of ``infos`` written under ``unit``'s own name when another of ``named`` is
    the same place under its other name; None when no other name is asked beside it (or the
    unit wrote none of them itself: the place's reports are then its only ones)."""
    others = [n for n in named if n != unit]
    if not others or not set(same_places((unit,), infos)) & set(others):
        return None
    own = [i for i in infos if i.township == unit]
    return own or None
