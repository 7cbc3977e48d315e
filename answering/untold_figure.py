"""A how-many a report does not answer though a sentence names the thing with a figure.

Two ways a sentence carries a figure that is not the count asked:

- **a target**: a plan item (「下一步将实施“法律明白人”培养工程，每个村培养不少于3名」) sets what
  the unit means to reach; ``undone.unplanned`` drops it for a question asking what was done.
- **a negated topic**: 「全镇全年未发生行政复议案件，行政诉讼案件1件」 denies the asked thing
  (行政复议案件), and the figure belongs to the neighbouring clause's topic (行政诉讼). A
  sentence whose every mention of a required concept stands under a denied happening or a
  negation (``negative_content.denied_topic``) gives no count of it.

When every candidate goes one of these ways, the honest answer says why no figure is given —
the report states the thing did not happen, or gives only a target — and quotes the sentence
as related, never as the answer's evidence: a bare "not stated" hides what the report does say,
and the figure itself would be a wrong answer.
"""

from __future__ import annotations

import re

from answering.absent import unit_said
from answering.undone import unplanned
from reportqa.answer import Answer
from retrieval.negative_content import denied_topic
from retrieval.plan_targets import plan_part
from retrieval.query import Analysis

__all__ = ["promised", "untold_figure"]

# a deed written as done: 「已建成912个」「全年开展培训3460人次」「累计完成」
_DONE = re.compile(r"已|完成|建成|累计|实际|全年")


def promised(c) -> bool:
    """A plan-part sentence saying nothing done (「新建公共停车位600个」): next year's promise,
    not the asked year's outcome; a 完成情况 cell (「已建成912个停车位」) says its deed done."""
    said = c[3].text
    return not _DONE.search(said) and bool(plan_part(said, c[2].section, c[2].info))


def untold_figure(analysis: Analysis, candidates: list) -> tuple[list, Answer | None]:
    """The fact candidates ``(score, rank, chunk, span)`` that give the count asked, and an
    answer saying why none does when all were a target or a denied topic."""
    kept = [c for c in candidates if not denied_topic(c[3].text, analysis.concepts)]
    aimed = unplanned(kept, analysis.question)
    if aimed or not candidates:
        return aimed, None
    if kept:  # each a plan's target
        how = "只写了计划目标，未写实际完成的数字"
    else:  # each denies the thing
        kept, how = candidates, "写明没有发生，未给出所问的数字"
    info = max(kept, key=lambda c: c[0])[2].info
    said = f"{info.township}的报告关于「{analysis.topic or analysis.question}」{how}。"
    return [], unit_said(analysis, kept, [info], said, "不是所问的数字")
