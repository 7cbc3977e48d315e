"""「法治政府建设示范创建，或者拿了示范称号」: a disjunction of deeds, not of names.

Two clauses joined by 或 are rewritten as a list of the things their sides name
(``retrieval.alternatives``), once the verbs that only carry a thing (搞, 开展, 请) are gone;
the list asks each item as it is written (``retrieval.item_lists``). That holds for names a
report writes whole (法律顾问, 文明创建, 宪法宣传). It fails where one side is a clause whose
own verb stays, marked done by its aspect (拿了, 获得过, 评上了), and a side is a phrase of
three words or more (法治政府建设|示范|创建): the user says two deeds in their own words,
neither a name. The list trims the long side to its last word (创建), keeps the aspect on
the other (「了示范称号」), and the words both sides share (示范) are lost — the need became
创建 alone, and a report writing 「模范机关创建」 answered. Chinese marks a deed done with
了/过 right after its verb, never inside the name of a thing, so such a disjunction is left to
the word-by-word reading, where the shared words stay needs and each side's own words its
spellings (``phrases.merge_alternatives``).
"""

from __future__ import annotations

from collections.abc import Callable

Tagger = Callable[[str], list[tuple[str, str]]]

_ASPECT = frozenset("了过")
_PHRASE = 3  # words of a side that no report writes as one name


def _done_verb(words: list[tuple[str, str]]) -> int:
    """How many words open the side as a verb with its aspect before an object (拿|了), or 0."""
    if len(words) >= 3 and words[0][1].startswith("v") and words[1][0] in _ASPECT:
        return 2
    return 0


def deeds_either(a: str, b: str, tagged: Tagger) -> bool:
    """The bare sides ``a`` and ``b`` of 或 are two deeds: one side opens with a verb marked
    done (拿了示范称号) and a side's object is a phrase of three words or more."""
    sides = [tagged(a), tagged(b)]
    done = [_done_verb(w) for w in sides]
    if not any(done):
        return False
    objects = [[w for w, _ in s[d:] if w not in _ASPECT] for s, d in zip(sides, done, strict=True)]
    return any(len(o) >= _PHRASE for o in objects)
