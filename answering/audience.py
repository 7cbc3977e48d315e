"""How many people an activity reached: one need, however a report words the reaching.

Reports count the public an activity reached with several verbs of equal meaning —
「覆盖群众5000人次」「惠及群众3000余人次」「受众8000人次」「受益群众1200人」「参与群众600人次」 —
and a user asks with whichever one comes to mind (「普法活动覆盖了多少人次」). In a question
asking a count of people these verbs are one concept, so the sentence that says 受众 answers
a question that says 覆盖. Outside a count of people they keep their own meaning
(「法律顾问覆盖了多少个村」 asks how far a service reaches, not an audience).
"""

from __future__ import annotations

from dataclasses import replace

from retrieval.measures import asked_measure, one_class
from retrieval.query import Analysis

REACHING = ("覆盖", "惠及", "受众", "受益", "参与", "参加", "辐射")


def asks_people(question: str) -> bool:
    """Does the question ask a count of people (多少人次 / 几人 / 多少名…)?"""
    measure = asked_measure(question)
    return bool(measure) and measure != "个" and one_class((measure, "人次"))


def with_audience(analysis: Analysis) -> Analysis:
    """The question's verb of reaching spelled as every verb of reaching, when it asks a
    count of people."""
    if not asks_people(analysis.question):
        return analysis
    concepts = []
    for c in analysis.concepts:
        if c.term in REACHING or any(a in REACHING for a in c.alternatives):
            extra = tuple(v for v in REACHING if v not in c.alternatives)
            c = replace(c, alternatives=(*c.alternatives, *extra))
        concepts.append(c)
    return replace(analysis, concepts=tuple(concepts))
