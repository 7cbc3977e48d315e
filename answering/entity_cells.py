"""A comparison asking which organisation each unit works with: 「甲镇和乙街道分别跟哪家律师事务
所合作」「各和哪所高校签约」.

The name of the organisation is the value asked; the verb after it says only how the two are
tied, and reports say that tie by its concrete form — 「与湘泰律师事务所签订法律顾问合同」「聘请
…律师事务所」「联合…律师事务所」 — rarely by the question's own verb. So a verb of the question
(合作, 签约, 对接) is no word a unit's sentence must hold: the kind of organisation is
(``entities.HEADS``), and the cell is the sentence naming one of that kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from answering.entities import asked_entity, with_heads
from retrieval.query import Analysis

Tagger = Callable[[str], list[tuple[str, str]]]


def with_relation_soft(analysis: Analysis, tagged: Tagger) -> Analysis:
    """With an organisation asked by name, the question's verbs made soft (a sentence holding
    them ranks first, one without them still answers) and the kind spelled as its heads."""
    if not asked_entity(analysis.question):
        return analysis
    analysis = with_heads(analysis)
    concepts = tuple(
        replace(c, required=False)
        if c.required and all(flag.startswith("v") for _, flag in tagged(c.term))
        else c
        for c in analysis.concepts
    )
    if not any(c.required for c in concepts):
        return analysis
    return replace(analysis, concepts=concepts)
