"""A category the user names, answered by the practices reports write under it.

Users ask by the chapters of the 法治政府建设实施纲要 every report follows (「依法决策方面的工作」,
「规范执法」, 「公共法律服务」); reports write the practices under a chapter instead (「“三重一大”
集体决策制度」, 「落实行政执法“三项制度”」, 「为群众提供法律咨询」). ``categories.txt`` beside
``synonyms.txt`` holds the genre's umbrella terms and their practices, read into the same
vocabulary: the category's key joins the words jieba splits (依法|决策) and its practices
count as its spellings. One-directional, as every synonym line: a question asking a practice
(合法性审查) is not answered by a report naming only the category (依法决策).

A category that only modifies the thing asked (「公共法律服务中心」「公共法律服务工作站」) names
which kind of centre or station: a report giving legal advice has no such centre, so there
the practices are no spelling of it (``narrowed``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from retrieval.analysis import Analysis
from retrieval.concept import Concept


def narrowed(analysis: Analysis, table: Mapping[str, tuple[str, ...]]) -> Analysis:
    """``analysis`` with the practices taken off a category that stands right before another
    concept of the question (its head: 公共法律服务|中心): there it names a kind, no topic."""
    concepts = analysis.concepts
    out = []
    for c in concepts:
        practices = table.get(c.term, ())
        if practices and _modifies(analysis.question, c, concepts):
            keep = tuple(a for a in c.alternatives if a == c.term or a not in practices)
            c = replace(c, alternatives=keep)
        out.append(c)
    return replace(analysis, concepts=tuple(out)) if out != list(concepts) else analysis


def _modifies(question: str, concept: Concept, concepts: tuple[Concept, ...]) -> bool:
    at = question.find(concept.term)
    if at < 0:
        return False
    after = question[at + len(concept.term) :]
    return any(
        o is not concept and o.required and after.startswith(o.term.split("/")[0]) for o in concepts
    )
