"""Whether a year a question asks of a report is the one its plan part is about.

A report covers a year (the library's ``ReportInfo.year``: 「一、2019年工作回顾」 of 罗湖's 2020 work
report, or a 法治政府建设 report's whole text) and closes with its plans for the years after
(「三、2020年主要工作」, 「下一步工作思路」). A compare cell tells what was reached, so a sentence of
the plan part loses to one of the review — unless the question names the plan's period:
「罗湖2020年要新增多少学位」 or 「十四五期间」 reach past the year covered. 「罗湖19年新增学位」
asks the year the report covers: its plan part (「新增学位2700个」 for 2020) is another year's
target, not the figure asked, and the review's 「新增学位6049个」 answers.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportqa.types import ReportInfo
from retrieval.periods import Period


def asks_plan_period(periods: Iterable[Period], info: ReportInfo) -> bool:
    """Does a period asked of the report's unit reach past the year the report covers? A
    report without a year is taken to be asked in its plan period when any period is asked
    (the reading before years were compared)."""
    asked = list(periods)
    if info.year is None:
        return bool(asked)
    return any(p.last > info.year for p in asked)
