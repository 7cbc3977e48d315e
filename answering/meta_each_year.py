"""The year of each report of a scope: 「城口县那两份报告分别是哪年的」「陕西那两个区的报告分别是
哪一年的」「这些报告各是哪一年的」「街道的报告分别是哪年的」.

A question that asks a document fact of the reports of a scope — a county, a province or city,
a level, the whole library — and asks nothing else asks it of each report in that scope: the
answer is a row per report with its year. The scope's own name is no topic to search for (the
text of a report seldom says 「城口县的报告」); searching it finds nothing or the wrong report.
The level words are read with the place names taken out (城口县 names no 区县 level).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.frame_only import frame_only
from answering.meta_parts import YEAR_OF
from answering.meta_select import levels, years
from reportqa.types import ReportInfo
from retrieval.query import Analysis

# 「分别」「各」「这些」: each report asked, not one
EACH = re.compile(r"各|分别|每|这些|都|所有|全部")


def each_year_pool(
    q: str,
    analysis: Analysis,
    infos: Sequence[ReportInfo],
    asked: dict[str, str],
    in_place: Callable[[ReportInfo, str], bool],
) -> list[ReportInfo] | None:
    """The reports whose year each is asked, or None when ``q`` asks no year of a scope.
    ``infos``: the caller's scope (a county's reports when one is named); ``asked``: the
    provinces and cities ``q`` names (full name → as said), each report kept when it lies in
    one of them (``in_place``)."""
    if not YEAR_OF.search(q) or analysis.townships:
        return None
    if not (EACH.search(q) or analysis.counties or asked):
        return None
    bare = YEAR_OF.sub("", q)
    for name in sorted({*asked.values(), *analysis.counties}, key=len, reverse=True):
        bare = bare.replace(name, "")
    if not frame_only(bare, analysis):
        return None  # 「城口县哪一年开展了普法」: a topic, searched
    keep_level, keep_year = levels(bare), years(q)
    return [
        i
        for i in infos
        if keep_level(i) and keep_year(i.year) and (not asked or any(in_place(i, p) for p in asked))
    ]
