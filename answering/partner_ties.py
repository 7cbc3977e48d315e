"""A comparison asking what tie each unit has with a partner it names: 「甲区和乙街道跟检察机关
有啥合作或者联动」「各自和高校有什么协作」.

The partner is what a unit's sentence must name; the word for the tie (合作, 联动, 协作, 配合,
对接, 联系) is the asker's summary of it, and reports write the tie by its concrete form — 「参与
检察院听证」「河长+检察长协作机制」「与法院联合开展…」 — rarely by the question's own noun. Kept
required, that noun makes a unit whose report names the partner and the joint deed come back
with no cell at all. So after 「跟/和/与/同 X 有啥(什么/哪些)」 the tie words are soft: a
sentence holding them ranks first, one naming only the partner still answers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reportqa.text import to_simplified
from retrieval.query import Analysis

__all__ = ["with_ties_soft"]

# the nouns a user sums a tie up with; each is said of two parties, never a deed of one
_TIES = "合作|联动|协作|配合|对接|互动|联系|往来|衔接|协同|共建|联建"
# 「跟检察机关有啥合作或者联动」: a partner after 跟/和/与/同, then 有 and a question word, then the
# tie nouns (one, or two joined by 或/或者/和/、/还是)
_ASKED = re.compile(
    rf"(?:跟|和|与|同)[^，,。？?跟和与同]{{2,12}}?(?:之间)?(?:都|各|分别)?(?:有|搞了|开展了?|做了)"
    rf"(?:啥|什么|哪些|些什么|没有|过)(?:样的|的)?"
    rf"(?P<ties>(?:{_TIES})(?:(?:或者|或|和|、|还是|及|以及)(?:{_TIES}))*)"
)


def tie_words(question: str) -> tuple[str, ...]:
    """The tie nouns a question asks after naming a partner, () when it asks none."""
    m = _ASKED.search(to_simplified(question))
    return tuple(re.findall(_TIES, m.group("ties"))) if m else ()


def with_ties_soft(analysis: Analysis) -> Analysis:
    """``analysis`` with every concept that only spells a tie asked of a named partner made
    soft, when another concept (the partner) stays required; else unchanged."""
    ties = set(tie_words(analysis.question))
    if not ties:
        return analysis

    def tie(c) -> bool:
        return all(part in ties for part in c.term.split("/"))

    concepts = tuple(replace(c, required=False) if tie(c) else c for c in analysis.concepts)
    if concepts == analysis.concepts or not any(c.required for c in concepts):
        return analysis
    return replace(analysis, concepts=concepts)
