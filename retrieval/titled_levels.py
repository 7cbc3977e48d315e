"""「全国法治政府建设示范市」: a title held at a level is named whole, the level is its kind.

Reports confer titles on places by a verb-like word and the level of the holder: 示范市, 示范县,
试点区, 文明村. The level character closes the name and says what the title is (a city's honour,
not a county's), so the whole is a noun and a need like any noun — jieba tags the first word a
verb (示范), and a verb would leave it a soft deed. And the first word alone names the work (「示范
创建」「开展试点」), never the title held: a sentence writing 示范 without 示范市 earns nothing
of it, not even a part, and says nothing of the title asked (a condition, as a date is).
"""

from __future__ import annotations

from collections.abc import Callable

TITLED_LEVELS = frozenset("市县区镇乡村")  # the levels a place is titled at


def titled_level(term: str, tagged: Callable[[str], list[tuple[str, str]]] | None) -> bool:
    """Is ``term`` a verb-like word of two characters or more closed by a level's character
    (示范市, 试点县), as the question analysis joins them?"""
    if tagged is None or len(term) < 3 or term[-1] not in TITLED_LEVELS:
        return False
    words = tagged(term[:-1])
    return len(words) == 1 and words[0][1].startswith("v") and words[0][1] != "vn"
