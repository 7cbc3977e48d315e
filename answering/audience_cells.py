"""The audience a comparison names (「给干部办的法治讲座」「为群众搞的普法活动」) picks a unit's cell.

A question may say for whom the deed was done with a preposition and a noun before the verb:
给干部, 为机关干部, 面向群众. Such a generic person noun is no topic a report must hold (the
need reads it as frame: a report of 法治讲座 answers whoever heard it), but when one unit's
report counts the deed for several audiences — 「在中小学举办法治讲座6场」「为镇村干部举办法治讲
座3场」 — the one naming the audience asked is the cell. So the audience joins the words a
cell's sentence is scored on, as a soft word: it ranks, it never decides whether the unit said
the deed at all (the evidence is judged without it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from retrieval.concept import Concept
from retrieval.query import Analysis

Tagger = Callable[[str], list[tuple[str, str]]]

_FOR = frozenset(("给", "为", "替", "帮", "面向", "针对"))
_AND = frozenset(("和", "与", "及", "、"))


def audience(question: str, tagged: Tagger) -> str:
    """The last noun a preposition of whom a deed is for leads, right before a verb
    (「给干部办的」 → 干部), or ''."""
    words = tagged(question)
    for i, (word, flag) in enumerate(words):
        if word not in _FOR or not flag.startswith("p"):
            continue
        last, j = "", i + 1
        while j < len(words) and (words[j][1].startswith("n") or words[j][0] in _AND):
            if words[j][1].startswith("n"):
                last = words[j][0]
            j += 1
        if last and j < len(words) and words[j][1].startswith("v"):
            return last
    return ""


def with_audience_word(analysis: Analysis, tagged: Tagger) -> Analysis:
    """The analysis with the named audience as a soft concept, unless it is one already; a
    compound person noun is also spelled by its head (机关干部 ~ 干部: 镇村干部 are cadres too)."""
    who = audience(analysis.question, tagged)
    if not who or any(who in c.alternatives or c.term == who for c in analysis.concepts):
        return analysis
    spellings = tuple(dict.fromkeys((who, who[-2:])))
    return replace(analysis, concepts=(*analysis.concepts, Concept(who, spellings, False)))
