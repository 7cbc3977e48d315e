"""How near a count stands to the topic's words in a sentence: the weight that tells a
how-many question's sentence that counts the topic from one that counts something else.

Its own concept, apart from picking sentences (``sentences``): Chinese writes a count right
after the noun phrase it counts (「调解员36人」) or, with its measure word, right before it
(「82家党政机关」); these rules read that word order and nothing else, so they stay one place
for any scorer that needs them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.query import Concept

NEAR = 12  # characters after a topic word within which a count is its count
# A count also stands before its noun, with its measure word: 「1638项政务服务事项」「82家党政
# 机关」「20项市级行政权力」 — the numeral-measure-noun order of Chinese. A topic word that
# starts within a few characters after the count, with no punctuation between (「2次，开展
# 行政执法」 is the next deed), is the thing counted — or a word modifying the noun counted
# (「4次专题会议」 counts meetings, not 专题学法): it weighs between a count right after the
# topic and a count elsewhere in the sentence.
_BEFORE = 4
BEFORE_BONUS = 2.0
_GAP = re.compile(rf"[\u4e00-\u9fff]{{0,{_BEFORE}}}")


def counted_before(text: str, counts: Sequence[re.Match], starts: Sequence[int]) -> bool:
    """Does a count stand right before a mention of the topic (``_BEFORE``)?"""
    for m in counts:
        for s in starts:
            if 0 <= s - m.end() <= _BEFORE and _GAP.fullmatch(text, m.end(), s):
                return True
    return False


TIGHT = 0.3  # at most: a tie-break between sentences that both give a count by the topic


def closeness(text: str, at: int, held: Sequence[Concept]) -> float:
    """How tightly the topic's words stand before the count at ``at``, 0..1: each word's
    nearest occurrence before it, the closer the more. Reports write a count right after
    its noun phrase (「镇村合同审查1077件」); a total after a list stands farther from each
    item (「对重大行政决策、…及镇村合同开展全流程审查1090件」), so the item's own count wins."""
    total = 0.0
    for c in held:
        ends = [
            i + len(a)
            for a in c.alternatives
            for i in occurrences(text, a, at)
            if 0 <= at - (i + len(a)) <= NEAR
        ]
        if ends:
            total += 1.0 - (at - max(ends)) / (NEAR + 1)
    return total / len(held) if held else 0.0


def occurrences(text: str, word: str, before: int) -> list[int]:
    out, i = [], text.find(word)
    while 0 <= i < before:
        out.append(i)
        i = text.find(word, i + 1)
    return out
