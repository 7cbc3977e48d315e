"""A compound offered whole: its two parts, listed beside it, are not spellings of it alone.

When a question offers a compound as one side of an 或 (「宪法宣传周或者12.4宪法日」), the
concept it reads holds the compound (宪法宣传周) and — read apart by the analysis — its two
parts (宪法, 宣传周) as further spellings. A Chinese compound names its kind by its last part
and which one by the parts before it: 宪法 alone is the constitution (studied in every
report's 集中学法), 宣传周 alone any publicity week (安全宣传周); only the two together are
the event asked. So when the spellings hold a compound and both its parts, each part alone
is no full mention of the concept: the sentence must write the compound (or another
spelling), never just its modifier or its head.

Only the sides of such an 或-concept are read, never its synonyms: 矛盾纠纷 lists 矛盾 and 纠纷,
对口帮扶 lists 对口 and 帮扶, because reports write each alone for the whole. A side that merely
extends another (行政处罚量 beside 行政处罚: 量 is no side) keeps both.
"""

from __future__ import annotations

from functools import lru_cache

_LEAST = 2  # a part of one character is an affix, never a word of its own


@lru_cache(maxsize=4096)
def _parts_of_wholes(full: tuple[str, ...]) -> frozenset[str]:
    listed = set(full)
    out: set[str] = set()
    for whole in full:
        for cut in range(_LEAST, len(whole) - _LEAST + 1):
            left, right = whole[:cut], whole[cut:]
            if left in listed and right in listed:
                out.update((left, right))
    return frozenset(out)


def compound_parts(term: str) -> frozenset[str]:
    """The sides of an 或-concept's ``term`` (宪法/宣传周/宪法宣传周/…) that are the two parts
    of another side (宪法 and 宣传周 of 宪法宣传周): no full mention of the concept on their
    own. Only the sides are read: a concept's synonyms (矛盾 and 纠纷 of 矛盾纠纷, 对口 and 帮扶
    of 对口帮扶) are listed on purpose, as words reports write alone for the whole."""
    sides = tuple(s for s in term.split("/") if s)
    return _parts_of_wholes(sides) if len(sides) > 2 else frozenset()
