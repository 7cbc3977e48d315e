"""「老年人食堂今年计划建几个」: 计划 before the verb of a count asked is the asking, not a topic.

A question about what a unit means to do puts 计划 (like 打算, 准备) before the deed it asks the
count of: 「计划建几个」「计划新增多少」「计划办几项」. A report writes the plan's figure without
the word (「新建社区老年人食堂5个」 under 「二、2016年主要工作」); the plan part is found by its
place in the report (``retrieval.plan_intent``, ``retrieval.plan_targets``), so 计划 as a
required word of the topic only loses the sentence that answers. 计划 as a noun — a document or
programme (「普法计划有几项」「人才计划的名额有多少」) — is followed by 有/是/的/里, and stays.
So does 计划 before the very thing measured: 「重大项目计划投资多少」 asks the planned investment,
a noun phrase reports write as one (「计划投资459.8亿元」「计划安排资金」), not an intent to a deed
whose count is asked (「计划新增多少学位」 still is one).
"""

from __future__ import annotations

import re
from dataclasses import replace

from reportqa.text import to_simplified
from retrieval.query import Analysis

__all__ = ["without_intent_verb"]

# 计划, then a verb of one to three characters, then the count asked
_INTENT_COUNT = re.compile(r"计划(?![有是的里中内])([\u4e00-\u9fff]{1,3}?)(?:几|多少)")
# words reports join to 计划 as one noun: the planned amount (计划投资, 计划安排, 计划总投资)
_PLANNED_AMOUNT = re.compile(r"^(?:总?投资|安排|资金|总额)")
_WORD = "计划"


def without_intent_verb(analysis: Analysis) -> Analysis:
    """The analysis without 计划 as a concept when it is the verb of intent before a count
    asked; unchanged otherwise, or when it is all the question names."""
    m = _INTENT_COUNT.search(to_simplified(analysis.question))
    if not m:
        return analysis
    if _PLANNED_AMOUNT.match(m.group(1)):
        return analysis  # 「计划投资多少」: the planned amount asked, 计划 is of its name
    kept = tuple(c for c in analysis.concepts if c.term != _WORD)
    if not kept or len(kept) == len(analysis.concepts):
        return analysis
    terms = tuple(t for t in analysis.search_terms if t != _WORD)
    return replace(analysis, concepts=kept, search_terms=terms)
