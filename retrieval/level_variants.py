"""「全面依法治县（区、市、镇）委员会」: one name per level, its 全面 optional.

A name that takes the kind character of the unit it governs (依法治县, 依法治市) is written by
users for every level at once by listing the other kinds in brackets right after that
character: 「依法治县（区、市、镇）委员会」 is 依法治县委员会, 依法治区委员会, 依法治市委员会 and
依法治镇委员会 — each unit's report writes its own level's name. Read as written, the bracket
cut the name and only the first level's spelling was searched, so a city or a district
writing its own committee never answered.

And the remit 依法治X was renamed 全面依法治X by the 2018 reform; a report keeps either
(「县委全面依法治县委员会」「依法治区委员会」), so the 全面 before it is no need: the name
without it is found inside the longer one too.

Not such a bracket: one inside no word or after a determiner or another level (「各县（区）」
「市县（区）」: the levels asked, read as scope by ``retrieval.level_words``), and one of other
words (「八五普法（2021—2025年）规划」, 「法治（政府）建设」: ``retrieval.optional_parts``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

_KINDS = "县区市镇乡街旗"
# the kind character inside a word (not after a determiner or another level), then a bracket
# listing only other kinds
_VARIANTS = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?<![各本全该每哪某其此这那省{_KINDS}])(?P<kind>[{_KINDS}])"
    rf"[（(](?P<others>[{_KINDS}](?:\s*[、，,/和或及]?\s*[{_KINDS}])*)\s*等?[）)]"
)
_ANCHOR = 3  # characters before the kind that the swapped spelling keeps
# 全面 of 全面依法治X: the 2018 name of the remit, written with it or without
_WHOLE = re.compile(rf"全面(?=依法治[国省{_KINDS}村])")

Variants = tuple[tuple[str, tuple[str, ...]], ...]  # (name as asked, its other levels' names)


def level_variants(text: str) -> tuple[str, Variants]:
    """``text`` with each level bracket taken out and 全面 before 依法治X dropped, and per
    bracket the name as asked (its last characters with the kind: 依法治县) with the same
    name for each other level listed (依法治区, 依法治市, 依法治镇)."""
    found = []
    for m in _VARIANTS.finditer(text):
        anchor = re.search(rf"[\u4e00-\u9fff]{{1,{_ANCHOR}}}$", text[: m.start()])
        stem = anchor.group() if anchor else ""
        others = tuple(stem + k for k in re.findall(rf"[{_KINDS}]", m.group("others")))
        found.append((stem + m.group("kind"), others))
    out = _VARIANTS.sub(lambda m: m.group("kind"), text)
    return _WHOLE.sub("", out), tuple(found)


def with_level_variants(concepts: Sequence[Concept], variants: Variants) -> list[Concept]:
    """``concepts`` with every spelling holding a bracketed name also spelled with each other
    level's name (依法治县委员会 → 依法治区委员会, 依法治市委员会)."""
    if not variants:
        return list(concepts)
    out = []
    for c in concepts:
        alts = list(c.alternatives)
        for name, others in variants:
            alts.extend(a.replace(name, o) for a in c.alternatives if name in a for o in others)
        spelled = tuple(dict.fromkeys(alts))
        out.append(replace(c, alternatives=spelled) if spelled != c.alternatives else c)
    return out
