"""A follow-up asked under one unit's scope asks of that unit's report: its kind is read so.

「北坡镇领导小组的组长是谁」 then 「副组长都有谁」: the follow-up names no unit, and is carried to
北坡镇 by its scope (``followup``: 「（范围：北坡镇）」). Read alone, 「都有谁」 with no unit asks
which units did something — a which-question quoting only the clause that holds 副组长, one
name of three. Asked of the one unit in scope it asks for persons of that unit's report (a
fact), as 「北坡镇的副组长都有谁」 does: the kind is decided on the question with its scoped
unit. A which-question that asks for units (「还有哪些镇也设了副组长」) stays one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reportqa.answer import Kind
from retrieval.asker_words import without_asker
from retrieval.query import Analysis
from retrieval.question_kind import question_kind

__all__ = ["scoped_kind"]


def scoped_kind(
    analysis: Analysis, scope: tuple[str, ...], analyze: Callable[[str], Analysis]
) -> Analysis:
    """``analysis`` read again of the one unit in ``scope`` when, asked of it, the question
    is a fact rather than a which-question; unchanged otherwise. ``analyze``: the
    retriever's reading of a question."""
    if len(scope) != 1 or analysis.kind != Kind.WHICH:
        return analysis
    if analysis.townships or analysis.counties:
        return analysis  # the question names its own units
    unit = scope[0]
    if question_kind(without_asker(analysis.question), [unit]) != Kind.FACT:
        return analysis
    read = analyze(f"{unit}的{analysis.question}")
    if read.kind != Kind.FACT or read.townships != (unit,):
        return analysis
    # the question as asked (its scope is carried apart), with the kind and needs of its fact
    return replace(read, question=analysis.question, townships=())
