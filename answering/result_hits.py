"""The passages that may answer a question asking what came of a thing: the review's, naming it.

A question asking a result (「全年实际完成多少」「推进X，做成了吗？效果怎么样」,
``retrieval.result_asked``) is answered by the review part of a report, never by its plan part
(「四、2024年度…工作安排」 「通过推进公共服务标准化…进一步提高服务质量」 names an intent), save
a plan part's recap of the year (「2023年，我镇已全面完成…」) in a 法治 report. Once the
plan part's passages are out, what is left is the review's: but a review passage that does not
name the thing asked (「一是优化公共服务」 for 公共服务标准化) tells no result of it — it ranked
only on the words it shares. So, for a result asked in words (no count: the how-many judge reads
its own figures, ``retrieval.carrier``), a review passage must say what was asked, as the
evidence judge reads it (``SUPPORT``); none left, the report tells no result of it.

An honour asked as received (「已经拿到…示范市称号了吗」, ``retrieval.honour_received``) is what
came of a campaign: only a passage telling it received answers, never one naming it as a goal.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportqa.text import to_simplified
from reportqa.types import Hit
from retrieval.evidence import SUPPORT, library_needs, sentence_score
from retrieval.honour_received import asked_honours, asks_received, passage_received
from retrieval.query import Analysis
from retrieval.question_scope import WORK, of_genre
from retrieval.report_parts import plan_heading
from retrieval.result_asked import asks_result, result_words
from retrieval.told_done import tells_done

__all__ = ["review_hits"]


def review_hits(retriever, analysis: Analysis, hits: Sequence[Hit], number: bool) -> list[Hit]:
    """``hits`` for a question asking a result: the review's passages only, and for a result
    asked in words only those that say the thing asked; for an honour asked as received,
    only passages telling an honour received. Other questions keep ``hits``."""
    if asks_received(analysis.question):  # 「已经拿到…称号了吗」: a goal held is no honour
        names = asked_honours(analysis.question)
        hits = [h for h in hits if passage_received(h, names)]
    if not asks_result(analysis.question):
        return list(hits)
    hits = [h for h in hits if not _plan_only(h)]
    if number or not analysis.concepts:
        return hits
    asking = result_words(to_simplified(analysis.question))  # 取得 of 「取得了哪些成效」 asks
    concepts = [c for c in analysis.concepts if c.term not in asking]
    needs = library_needs(retriever, concepts, analysis.question, analysis.quoted)
    if not needs:
        return hits
    return [h for h in hits if sentence_score(_read(h), needs) >= SUPPORT]


def _read(hit: Hit) -> str:
    """The passage as the judge reads it: under its section heading."""
    text = to_simplified(hit.chunk.text)
    return f"{to_simplified(hit.chunk.section)}\n{text}" if hit.chunk.section else text


def _plan_only(hit: Hit) -> bool:
    """A passage of the plan part that tells nothing done: a 法治 report's plan part may open
    on a recap of the year (``retrieval.done_asked.tells_done``), which answers; a work
    report's plan part is the coming year's targets throughout."""
    info = hit.chunk.info
    if not plan_heading(hit.chunk.section, info):
        return False
    return of_genre(info, WORK) or not tells_done(hit.chunk.text, info.year)
