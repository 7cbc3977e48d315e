"""An exam is named by its subject: 行政执法考试 needs both the field and the exam said.

Reports name each test by what it tests (行政执法人员考试, 学法考试, 执法资格考试), and a report
holds several: officials sit a law test every year and enforcement staff a certification one.
A question on one exam (「组织干部考行政执法证的」, read as 行政执法考试 by ``retrieval.verb_copy``)
is answered neither by a sentence on another test (「组织国家工作人员学法考试」: 考试 without the
field) nor by one on the field alone (「规范行政执法行为」: no exam) — the two halves weigh enough
apart to pass the support floor on their own. So when the question writes a noun right before
考试, the exam and that noun are each a condition of the sentence (``Concept.must``), said
in one clause beside each other, the noun in full or by its head (执法 of 行政执法, never 行政 of
行政复议法; 「学法考试，参考率100%，规范行政执法行为」 names two things): ``Concept.near``,
judged by ``retrieval.near_parts``.

A question of alternatives (「建立了应知应会法律清单或者搞了应知应会考试的」) is met by either
half, so the exam is no condition of every sentence there: the rule stands aside when the
question says 或/或者/还是.

The law tests themselves (法律知识考试 and its many names) are one concept of their own
(``retrieval.law_exams``) and are left alone: no second concept stands before their 考试.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

_EXAM = "考试"
_EITHER = re.compile(r"或|还是")  # 「A或者B」: either alternative answers the question


def exam_with_subject(question: str, concepts: Sequence[Concept]) -> list[Concept]:
    """``concepts`` with 考试 and the word written right before it in ``question`` (a noun, or
    执法 said as a verb: 考执法证) required conditions of the sentence; unchanged when no such
    pair is there."""
    terms = [c.term for c in concepts]
    if _EXAM not in terms or _EITHER.search(question):
        return list(concepts)
    subject = next(
        (c for c in concepts if not c.light and c.term != _EXAM and f"{c.term}{_EXAM}" in question),
        None,
    )
    if subject is None:
        return list(concepts)
    both = (_EXAM, subject.term)
    marked = {"must": True, "near": True, "required": True}
    return [replace(c, **marked) if c.term in both else c for c in concepts]
