"""Doubled near-synonyms in a question: 「学法学习各搞了多少次」.

Users say a thing twice, its specific word and the general word of the same deed side by
side (学法 and 学习, 普法 and 宣传 are not: they share no character). A report says one of
them: 「开展学法11次」 or 「集体学习33次」. So the pair is one concept either spelling of
which counts. Only a pair that starts with the same character and of which one word is the
general verb of that deed (``GENERAL_DEEDS``) is read so: two specific words side by side
(述职述法, 普法宣传) are two things asked about.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from retrieval.query import Concept

# the general verbs of deeds reports count: 学习 for 学法/学文件, 宣传 for 宣讲, 培训 for 培养,
# 教育 for 教学, 检查 for 检验, 调查 for 调研; each is the first character's deed in general
GENERAL_DEEDS = frozenset({"学习", "宣传", "培训", "教育", "检查", "调查", "研究", "办理"})

Found = tuple[int, int, Any]  # (start, end, Concept) in the question's text


def _doubled(a: Concept, b: Concept) -> bool:
    return (
        len(a.term) == len(b.term) == 2
        and a.term[0] == b.term[0]
        and a.term != b.term
        and (a.term in GENERAL_DEEDS) != (b.term in GENERAL_DEEDS)
    )


def merge_doubled(found: Sequence[Found]) -> list[Found]:
    """``found`` with each adjacent doubled pair joined into the specific word's concept,
    the generic word's spellings added to it."""
    out: list[Found] = []
    for start, end, c in found:
        if out and out[-1][1] == start and _doubled(out[-1][2], c):
            ps, _, prev = out[-1]
            specific, generic = (c, prev) if prev.term in GENERAL_DEEDS else (prev, c)
            alts = tuple(dict.fromkeys((*specific.alternatives, *generic.alternatives)))
            out[-1] = (ps, end, replace(specific, alternatives=alts, required=True))
            continue
        out.append((start, end, c))
    return out
