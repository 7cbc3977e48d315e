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

import re
from collections.abc import Sequence

from reportqa.types import ReportInfo
from retrieval.renamed_units import same_places

# a question asking each of a unit's reports in turn: 「几份报告里」「各份/每份报告」「分别在…报告」
# 「各年」「历年」; and one asking its latest (「最新」「最近一份/一年」)
EACH_REPORT = re.compile(
    r"几份报告|各份|每一?份报告|分别在[^，,。？?]{0,12}报告|各年|历年|各个年份|每个年份"
)
LATEST = re.compile(r"最新|最近(?:一|的|那)")

__all__ = ["EACH_REPORT", "LATEST", "apart"]


def apart(unit: str, named: Sequence[str], infos: Sequence[ReportInfo]) -> list[ReportInfo] | None:
    """The reports of ``infos`` written under ``unit``'s own name when another of ``named`` is
    the same place under its other name; None when no other name is asked beside it (or the
    unit wrote none of them itself: the place's reports are then its only ones)."""
    others = [n for n in named if n != unit]
    if not others or not set(same_places((unit,), infos)) & set(others):
        return None
    own = [i for i in infos if i.township == unit]
    return own or None
