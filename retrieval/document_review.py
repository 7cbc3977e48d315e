"""Reviewing a document: 审查 and 审核 of a 合同 or 协议 are one act.

Reports write the legal review of a contract under either verb, often in the same county's
reports (「审查合同247份」「对所有合同协议进行合法性审核」「审核合同5份」), and the synonym list
already pairs the names of the act (合法性审查 ~ 合法性审核). A user who asks 「做合同审查的」 asks
for that act whatever verb a report chose, so a question whose concepts hold a contract and one
of the two verbs takes the other verb as a spelling of it.

The other verb meets the act and never weighs it (``Concept.members``): spelled by both verbs
the act would weigh as the commoner of the two, and a sentence naming only the document
(「依法确认人民调解协议的法律效力」「各项协议签订」) would pass the support floor as a review.

Only with a contract or an agreement as the object: bare 审查 and 审核 part ways elsewhere
(审查调查 is a disciplinary investigation, 资格审核 a check of an applicant), and reading them
as one there would let a sentence about another act answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

# the documents whose review both verbs name (a contract, an agreement, the two together)
_DOCUMENTS = frozenset({"合同", "协议", "合同协议", "行政合同", "合同文书"})
# each verb of reviewing with the other's spellings (also with 合法性, as reports write it)
_REVIEW = {
    "审查": ("审核", "合法性审核"),
    "审核": ("审查", "合法性审查"),
}


def reviewed_documents(concepts: Sequence[Concept]) -> list[Concept]:
    """``concepts`` with the review verb read as either verb when a contract is its object."""
    if not any(c.term in _DOCUMENTS for c in concepts):
        return list(concepts)
    return [_either_verb(c) if c.term in _REVIEW else c for c in concepts]


def _either_verb(c: Concept) -> Concept:
    """The verb with the other one as a spelling that meets it and never weighs it."""
    extra = tuple(v for v in _REVIEW[c.term] if v not in c.alternatives)
    return replace(c, alternatives=(*c.alternatives, *extra), members=(*c.members, *extra))
