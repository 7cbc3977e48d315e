"""A comparison whose units are each asked their own measure (``retrieval.unit_clauses``).

「甲镇办了几次专题法律讲座，乙区常务会议集体学法几次」 is two facts asked at once: each clause
is answered as its unit's row, with the clause's own words as the need (讲座 in 甲镇's report,
常务会议学法 in 乙区's), never the two clauses' words AND'ed over both reports. The rows then
stand in one table, each cell quoting its own report, the head naming what each was asked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reportqa.answer import Answer, Citation, CompareRow, Kind
from reportqa.errors import QuestionError
from retrieval.compared_topics import compared_topics
from retrieval.distributed_asks import DealtUneven, dealt_clauses
from retrieval.unit_clauses import unit_clauses

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters
    from retrieval.query import Analysis


@dataclass(frozen=True)
class UnitRows:
    """Each unit's row (its cell quoting its own clause's answer), the citations they share
    numbered in row order, and the head naming each unit's own question."""

    rows: tuple[CompareRow, ...]
    citations: tuple[Citation, ...]
    head: str
    searched: int


def unit_rows(
    ctx: Context,
    analysis: Analysis,
    filters: Filters,
    one: Callable[[Context, Analysis, Filters], Answer],
) -> UnitRows | None:
    """Each unit's clause answered by ``one`` (the comparison's answerer) over that unit's
    reports alone; None when the question asks every unit the same (no per-unit clauses),
    or a clause names no unit of its own once read alone. Aspects dealt out with 一个…一个…
    (``retrieval.distributed_asks``) are clauses too; dealt over more or fewer units than
    aspects, the question is asked back: which unit has which aspect is not said."""
    q, units = analysis.question, analysis.townships
    # 「甲镇的X和乙镇的Y比一下」: each its own topic too (``retrieval.compared_topics``)
    clauses = unit_clauses(q, units) or compared_topics(q, units) or dealt_clauses(q, units)
    if isinstance(clauses, DealtUneven):
        raise QuestionError(
            f"「{analysis.question}」用「一个…一个…」分出{clauses.aspects}个方面，却问了"
            f"{clauses.units}个单位，分不清哪个单位讲哪个方面。请逐个说明，例如"
            "「甲镇讲组织领导，乙镇讲重大决策，各自怎么做的？」"
        )
    if not clauses:
        return None
    rows: list[CompareRow] = []
    cited: list[Citation] = []
    asked: list[str] = []
    searched = 0
    for unit, clause in clauses:
        sub = ctx.retriever.analyze(clause)
        if tuple(sub.townships) != (unit,) or not sub.concepts:
            return None
        sub = replace(sub, kind=Kind.COMPARE)
        got = one(ctx, sub, replace(filters, townships=(unit,)))
        asked.append(f"{unit}「{sub.topic or clause}」")
        searched += got.searched
        table = got.compare
        if table is None:  # nothing on the clause's need in the unit's reports
            rows.append(CompareRow(unit, "未提及", None, None))
            continue
        at = len(cited)
        cited += [replace(c, n=c.n + at) for c in got.citations]
        rows += [
            replace(r, citation=replace(r.citation, n=r.citation.n + at)) if r.citation else r
            for r in table.rows
        ]
    return UnitRows(tuple(rows), tuple(cited), "；".join(asked), searched)
