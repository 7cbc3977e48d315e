"""「搞了禁毒宣传、但报告里没提防诈骗的是哪家」: units that did A whose report does not say B.

A which-question may ask for A and, after 但/却/可, that the report be silent on B — 没提/
没写/没有提到 B. The second clause is no deed of its own and no negation of A
(``retrieval.polarity`` reads 「哪些乡镇没有开展X」): it subtracts. Read as one need, 「防诈宣传」
was asked of every report and none said A and B together, so the answer was empty. A is
judged as a which-question of its own words — a deed, so a unit that only plans A, admits
it short or denies it is no A (``undone``, ``lacked``, ``denied``, as ``which`` reads it); B as
another over the same scope, a mention, so a plan naming B names it; the answer is
A's units less those whose report supports B. B said in the same sentence as A counts too: a
report saying B anywhere is not silent on it. ``retrieval.but_not`` is the other shape — B a
result stated beside A (「有行政官司但一件没输」), judged inside A's sentence. Not this shape:
提起/提出/写进 after 没 are deeds (「收到复议申请、但没提起诉讼的」), and 没出现/没涉及 with no
report named tell the deed's outcome (「加强监督而没有出现败诉的」).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from answering import which
from answering.denied import undenied
from answering.lacked import unlacked
from answering.undone import undone
from reportqa.answer import Answer
from retrieval.query import Analysis

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters

__all__ = ["answer", "split_but_unsaid"]

log = logging.getLogger(__name__)

_IN = r"[^，,。？?！!；;]"
_BUT_UNSAID = re.compile(
    rf"(?P<a>{_IN}{{2,}}?)[、，,]?\s*(?:但是?|却|可是?|而|不过)\s*"
    r"(?P<where>(?:在|其)?(?:它的|他们的|人家)?(?:报告|材料|年报|总结)(?:里面|里头|里|中|上)?)?"
    r"(?:都|也|并|还|却)?(?:没有?|未|并未|从未|从没)"
    r"(?P<verb>提到|提及|提过|提|写到|写过|写|说到|说过|讲到|讲过|涉及|出现)(?:到|过)?"
    rf"(?P<b>{_IN}{{2,}}?)(?:的(?P<rest>{_IN}*)|(?=[，,。？?！!；;]|$))"
)
# 提起/提出/提交 (诉讼, 意见, 材料) and 写进/写明 are deeds of their own, no mention: 「收到复议申请、
# 但没提起诉讼的」 asks units with no lawsuit filed, not reports silent on 起诉讼
_DEED_AFTER = {"提": "起出交请供高升前醒拔名议", "写": "进入明成好出下上"}
# 没出现/没涉及 B with no report named is an outcome of the deed (「加强监督而没有出现败诉的」):
# only 「报告里没涉及」 speaks of the report
_OUTCOME = ("涉及", "出现")


def split_but_unsaid(question: str) -> tuple[str, str] | None:
    """(A's which-question, B's words) of 「A、但报告里没提B的是哪家」, or None."""
    m = _BUT_UNSAID.search(question)
    if m is None:
        return None
    verb, b = m.group("verb"), m.group("b")
    if b[0] in _DEED_AFTER.get(verb, "") or (verb in _OUTCOME and not m.group("where")):
        return None
    rest = question[m.end() :] if m.group("rest") is None else m.group("rest") + question[m.end() :]
    asked = question[: m.start()] + m.group("a") + "的" + rest
    if not re.search(r"哪|谁|几|多少", asked):
        return None
    return asked, m.group("b")


def answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer | None:
    """A's which-answer less the units whose report says B, or None when not so asked."""
    split = split_but_unsaid(analysis.question)
    if split is None:
        return None
    asked, b = split
    need_a, need_b = ctx.retriever.analyze(asked), ctx.retriever.analyze(b)
    if not any(c.required for c in need_a.concepts) or not need_b.concepts:
        return None
    need_a = replace(
        analysis, question=asked, concepts=need_a.concepts, search_terms=need_a.search_terms
    )
    need_b = replace(analysis, concepts=need_b.concepts, search_terms=need_b.search_terms)
    said_b = {ev.info.report_id for ev in ctx.retriever.fan_out(need_b, filters) if ev.supported}
    # A is a deed as a which-question asks it: a plan, a shortfall, a denial of A is no A
    # (B, a mention, counts anywhere: a plan names it too)
    got_a = ctx.retriever.fan_out(need_a, filters)
    got_a = undenied(ctx, need_a, filters, got_a)
    got_a = unlacked(ctx, need_a, filters, got_a)
    got_a = undone(ctx, need_a, filters, got_a)
    evidence = [
        replace(ev, supported=False, reason=f"报告提到「{b}」")
        if ev.supported and ev.info.report_id in said_b
        else ev
        for ev in got_a
    ]
    log.debug("but_unsaid: A=%r B=%r, %d reports say B", asked, b, len(said_b))
    idf = ctx.retriever.concept_idf(need_a, filters)
    return which.compose_which(need_a, evidence, idf)
