"""Whose count a number is: the deed written right before it.

A report's sentence names several deeds and counts some of them: 「广泛开展法治思想宣传宣讲
活动，……每月安排职工学习大会……全年开展专题学习12场次」 names 宣讲 but counts 学习; the
same report writes 「在田间院坝开展宣讲36场」 elsewhere. Chinese puts a count right after the
deed it counts (开展宣讲36场, 组织法治培训40场次, 调处纠纷37起), so a number in the asked
measure answers for the topic only when a word of the topic stands within a few characters
before it, in its clause. A comparison's first cell that holds the topic and a count in the
asked measure, but not together, gives way to the unit's sentence that counts the topic
itself — never to one that does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportqa.text import to_simplified
from retrieval.concept import Concept
from retrieval.holders import is_holder
from retrieval.measures import counts_with, is_measure_word
from retrieval.vocabulary import GENERIC_NOUNS

# characters between the end of the topic's word and its count: 「宣讲36场」 0, 「开展法治培训
# 活动共40场次」 4, 「组织“法律进村”活动50余场」 past the quoted name
REACH = 10
_CLAUSE_END = re.compile(r"[，,。；;！!？?：:]")
_QUOTED = re.compile(r"[“\"「『][^”\"」』]{1,40}[”\"」』]")


# verbs of handling a counted matter (调解纠纷, 审查合同): the count is the object's, and a report
# puts a kind between them (「调解各类矛盾纠纷62件」「审查各类合同31份」); a person or a generic
# noun after a verb (培训干部, 开展工作) counts nothing of its own
_DEED_VERBS = frozenset("调解 化解 调处 受理 办理 审查 审核 查处 排查 接待 签订 代理".split())


def topic_forms(concepts: Sequence[Concept]) -> tuple[str, ...]:
    """The spellings of the deed asked: every concept's alternatives of two characters or
    more, but no holder (政府, 干部: who did it names no deed) and no measure word; of a
    verb and its object (调解纠纷), the object too."""
    out = []
    for c in concepts:
        if is_holder(c.term) or is_measure_word(c.term):
            continue
        out += [f for f in (to_simplified(a) for a in (c.term, *c.alternatives)) if len(f) >= 2]
        obj = c.term[2:]  # 调解纠纷: 纠纷, unless the object is a person or a generic noun
        plain = not (is_measure_word(obj) or is_holder(obj) or obj in GENERIC_NOUNS)
        if len(c.term) >= 4 and c.term[:2] in _DEED_VERBS and plain:
            out.append(obj)
    return tuple(dict.fromkeys(out))


def counted_beside(text: str, measure: str, concepts: Sequence[Concept]) -> bool:
    """Does a count in ``measure``'s class stand right after a word of the topic, in the
    same clause (a quoted name read as one word)?"""
    forms = topic_forms(concepts)
    if not measure or not forms:
        return False
    t = to_simplified(text)
    ends = [_past_quote(t, m.end()) for f in forms for m in re.finditer(re.escape(f), t)]
    starts = [m.start() for f in forms for m in re.finditer(re.escape(f), t)]
    for m in counts_with(measure).finditer(t):
        for end in ends:
            gap = t[end : m.start()]
            if 0 <= m.start() - end <= REACH and not _CLAUSE_END.search(gap):
                return True
        # a count with its measure word right before the noun counts it as well
        # (「升级改造40家农贸市场、250座公厕」「33座市政公厕改造」)
        if any(0 <= s - m.end() <= 4 and not _BEFORE_BREAK.search(t, m.end(), s) for s in starts):
            return True
    return False


_BEFORE_BREAK = re.compile(r"[、，,；;。：:]")


def _past_quote(text: str, end: int) -> int:
    """A word inside a quoted name ends where the name ends."""
    for m in _QUOTED.finditer(text):
        if m.start() < end <= m.end():
            return m.end()
    return end
