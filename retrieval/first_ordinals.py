"""首届 is 第一届: the first of a series is written either way.

Chinese names the first edition, batch, time or round with 首 (首届, 首批, 首次, 首期, 首轮) as
often as with 第一 (第一届, 第一批…), and reports favour 首: 「成功举办首届大鹏新年马拉松赛」.
A user who asks for 「第一届」 means the same event, so each spelling of the question's word
is searched by the other one as well. Only the first of a series has two spellings: 第二届
has no other, and 首 before anything but a measure word of a series (首都, 首先, 首长) is no
ordinal.

The first time a rule is broken is written 首违 (「首违不罚」「首违免罚」: not fined the first
time): a user says 第一次/首次 with 违规, 犯错 or 违法 in the question, often apart from it
(「第一次轻微违规不罚款」), so there the first time reads 首违 as well. Without a wrong asked,
第一次/首次 is the first time of a deed (「首次公布清单」「第一次开展评查」), which a report's
首违不罚 sentence is not (review rev_fix84c).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

# the measure words of a series whose first member is written with 首
_SERIES = "届批次期轮场"
_FIRST = re.compile(rf"(第一|首)([{_SERIES}])")
# the first time alone, and a wrong done that makes it the first offence (第一次违规, 首次违法)
_FIRST_TIME = frozenset({"第一次", "首次"})
_WRONG = re.compile(r"违规|违法|违章|犯错|犯事|犯了")


def first_spellings(word: str) -> tuple[str, ...]:
    """The other spelling of the first of a series inside ``word`` (第一届马拉松 →
    首届马拉松, 首批 → 第一批), or () when it names none (第十一届 and 第一百届 hold no
    第一 right before the measure word)."""
    m = _FIRST.search(word)
    if m is None:
        return ()
    other = "首" if m.group(1) == "第一" else "第一"
    return (word[: m.start()] + other + m.group(2) + word[m.end() :],)


def first_offence(question: str, concepts: Sequence[Concept]) -> tuple[Concept, ...]:
    """第一次/首次 of a question that names a wrong done also spelled 首违; left as it is
    in any other question, where it is the first time of a deed."""
    if not _WRONG.search(question):
        return tuple(concepts)
    return tuple(
        replace(c, alternatives=(*c.alternatives, "首违"))
        if c.term in _FIRST_TIME and "首违" not in c.alternatives
        else c
        for c in concepts
    )
