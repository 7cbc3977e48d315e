"""Which-answers without the sentences that tell the asked thing not done: an admitted
shortfall or a plan for a later year.

Two ways a report names a practice without having done it, each read on the sentence
(``retrieval.shortfalls``: 「“法律明白人”培育工作起步较晚，尚未建立队伍」; ``retrieval.dated_plans``:
「2022年实现村(社区)法律顾问全覆盖」 in a 2021 report's 下一步打算). A supported report keeps only
its other supporting sentences; a report left with none is read again by itself (as
``answering.denied`` does), so a sentence further on that tells the deed is found, and otherwise
it does not answer. A question asking the shortfall or the plan itself keeps them, and one
asking what the reports mention (提到, 涉及) keeps the plans: a plan mentions its thing.

A how-many asked of a unit (「周庄镇现在有多少名法律明白人」) is no more answered by a plan's figure
(「计划2023年每个村培育不少于3名」 in a 2022 report): ``unplanned`` drops those candidates, and a
report giving no other count says nothing to quote. A sentence that plans and tells progress
(「计划到2023年底培育300名，目前已培育180名」) supports a which-answer but gives no how-many: its
figures mix the plan's with the deed's.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from answering.unnamed_rest import unnamed_rest
from reportqa.text import to_simplified
from reportqa.types import Hit, ReportEvidence
from retrieval.dated_plans import asks_mention, asks_plan_words, dated_plan
from retrieval.done_asked import asks_done, plan_only
from retrieval.honour_received import asked_honours, asks_received, passage_received
from retrieval.plan_clauses import planned_for
from retrieval.plan_items import plan_figure
from retrieval.query import Analysis
from retrieval.shortfalls import asks_shortfall, in_shortfall

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters

__all__ = ["undone", "unplanned"]

log = logging.getLogger(__name__)


def _spellings(analysis: Analysis) -> list[tuple[str, ...]]:
    """Each required concept's spellings, simplified (the report text is read simplified)."""
    return [
        tuple(dict.fromkeys(to_simplified(s) for s in (c.term, *c.alternatives) if s))
        for c in analysis.concepts
        if c.required
    ]


def _not_done(
    hit: Hit, things, shortfall: bool, plan: bool, done: bool = False, got: tuple = ()
) -> bool:
    text = to_simplified(hit.chunk.text)
    if got and not passage_received(hit, got):
        return True  # 「拿到过…称号的」: a goal (联创, 争创…为目标) is no honour received
    if plan and planned_for(text, hit.chunk.section, hit.chunk.info, things):
        return True
    if done and plan_only(text, hit.chunk.section, hit.chunk.info, things):
        return True  # 「办过…的」: an undated plan item is no deed done (``done_asked``)
    return shortfall and any(in_shortfall(text, s) for s in things)


def _kept(
    ev: ReportEvidence, things, shortfall: bool, plan: bool, done: bool = False, got: tuple = ()
) -> ReportEvidence:
    hits = tuple(h for h in ev.hits if not _not_done(h, things, shortfall, plan, done, got))
    if len(hits) == len(ev.hits):
        return ev
    if unnamed_rest(ev.hits, hits, things):
        hits = ()  # only the plan named the thing: the rest passed on the question's other words
    return replace(ev, hits=hits, supported=bool(hits))


def undone(
    ctx: Context, analysis: Analysis, filters: Filters, evidence: list[ReportEvidence]
) -> list[ReportEvidence]:
    """``evidence`` with each supported report judged without its sentences of a shortfall
    or a later year's plan, unless the question asks them."""
    shortfall = not asks_shortfall(to_simplified(analysis.question))
    plan = not (asks_plan_words(analysis.question) or asks_mention(analysis.question))
    if not (shortfall or plan):
        return evidence
    things = _spellings(analysis)
    done = plan and asks_done(analysis.question)
    # an honour asked as received: its spellings, which a passage must tell received
    got = asked_honours(analysis.question) if plan and asks_received(analysis.question) else ()
    out = []
    for ev in evidence:
        kept = _kept(ev, things, shortfall, plan, done, got) if ev.supported else ev
        if ev.supported and not kept.supported:
            alone = replace(filters, report_ids=(ev.info.report_id,))
            again = [e for e in ctx.retriever.fan_out(analysis, alone) if e.info == ev.info]
            if again:
                kept = _kept(again[0], things, shortfall, plan, done, got)
                if kept.supported and unnamed_rest(ev.hits, kept.hits, things):
                    kept = replace(kept, hits=(), supported=False)  # read again, still unnamed
            log.debug("undone: %s %s", ev.info.township, kept.supported)
        out.append(kept)
    return out


def unplanned(candidates: list, question: str) -> list:
    """The fact candidates ``(score, rank, chunk, span)`` that are no later year's plan,
    unless the question names a plan (计划, 打算, 明年…)."""
    if asks_plan_words(question):
        return candidates
    return [
        c
        for c in candidates
        if not dated_plan(c[3].text, c[2].section, c[2].info)
        and not plan_figure(c[3].text, c[2].section, c[2].info)  # 「一是计划新增…6台」
    ]
