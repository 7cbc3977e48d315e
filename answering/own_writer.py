"""A department's own report never names its writer as a topic: 「荔湾区司法局审查了多少份文件」.

Reports are written by an organ of a unit — its government (「武汉市人民政府关于…的报告」) or one of
its departments (「巴中市司法局关于…的报告」, 「2024年,荔湾区司法局坚持…」) — and the sentences of
such a report speak of the writer's work without naming it again (「审查区重点项目征收补偿决定
42份」, 「市人民政府常务会议学习…」 names 人民政府 only as the owner of its meeting). A question
that names the unit with that organ (「荔湾区司法局…」「武汉市政府常务会议…」) says whose report to
read: the organ is the report's own alias, scope, never a word each sentence must hold (as a
required word it excluded every sentence of the report).

Only when every report of the unit in scope is the organ's own — its title or its opening
sentence names the unit with the organ as the writer. A county government's report that
names 「县司法局」 among its departments keeps 司法局 as a topic: there it tells one
department's work from the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from reportqa.units import short_name
from retrieval.query import Analysis

__all__ = ["without_own_writer"]

# an organ of a unit: its government, party committee or one of its departments
_ORGAN = re.compile(
    r"(?:人民)?政府|党委|党工委|[\u4e00-\u9fff]{1,6}(?:局|委员会|委|办公室|办|厅|署)"
)
# the opening sentence: up to its first full stop
_FIRST = re.compile(r"[^。！？!?]*")


def _spellings(unit: str, organ: str) -> tuple[str, ...]:
    """「武汉市政府」 is written 「武汉市人民政府」 as often: both are the writer."""
    organs = {organ, organ.removeprefix("人民")}
    organs |= {f"人民{o}" for o in organs if o == "政府"}
    names = {unit, short_name(unit)}
    return tuple(f"{n}{o}" for n in names if len(n) >= 2 for o in organs)


def _written_by(info: ReportInfo, forms: Sequence[str], opening: Callable[[str], str]) -> bool:
    first = _FIRST.match(opening(info.report_id).lstrip())
    where = (to_simplified(info.title), first.group(0) if first else "")
    return any(f in w for f in forms for w in where)


def without_own_writer(
    analysis: Analysis,
    reports_of: Callable[[str], Sequence[ReportInfo]],
    opening: Callable[[str], str],
) -> Analysis:
    """``analysis`` without the concepts that name the organ a unit's reports are written by,
    when the question names that unit right before the organ. ``reports_of``: a unit's reports
    in the library; ``opening``: a report's opening, simplified (``Catalog.opening``)."""
    q = to_simplified(analysis.question)
    drop: set[str] = set()
    for c in analysis.concepts:
        if not _ORGAN.fullmatch(c.term):
            continue
        owners = [(u, _spellings(u, c.term)) for u in analysis.townships]
        said = [(u, forms) for u, forms in owners if any(f in q for f in forms)]
        # every unit the organ is said of writes through it (a comparison of a bureau's and a
        # government's report keeps the word: it tells the bureau's work in the latter)
        if said and all(
            (infos := reports_of(u)) and all(_written_by(i, forms, opening) for i in infos)
            for u, forms in said
        ):
            drop.add(c.term)
    if not drop:
        return analysis
    kept = tuple(c for c in analysis.concepts if c.term not in drop)
    terms = tuple(t for t in analysis.search_terms if t not in drop)
    return replace(analysis, concepts=kept, search_terms=terms)
