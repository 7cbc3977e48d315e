"""A modifier said with or without the attributive suffix 性: 普惠托育 is 普惠性托育.

Official prose makes a word into a modifier by adding 性 (普惠性托育机构, 公益性岗位, 一次性补贴,
阶段性成果), and drops it as freely (普惠托育服务, 公益岗位); a user says either. The two spellings
name the same kind: 性 after a two-character modifier adds no meaning, it marks the word as an
attribute of the noun after it. A sentence is matched by its characters, so the user's 普惠托育
never met a report writing only 普惠性托育, and the other way round.

So a compound of a two-character modifier and a head of two characters or more (XY) is also met by
X性Y, and X性Y by XY — only as the library writes the other spelling (the question's word decides
which spelling is tried, the library whether it is there), and never where the modifier already
ends in 性 (男性干部, 女性创业: 性 there is the word's own character, not the suffix).

型 marks a modifier the same way (儿童友好型城市, 学习型机关, 节约型社会), and a report writes
儿童友好型城市 where the user says 儿童友好城市. Only that way round: X型Y is always the
attributive form of XY, but XY taken from a report's X型Y may be a verb and its object
(服务型政府 asked, 「服务政府中心工作」 written), so 型 is added to the user's words, never dropped.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace

from retrieval.analysis import Analysis
from retrieval.district_titles import district_forms

log = logging.getLogger(__name__)

_XY = re.compile(r"[\u4e00-\u9fff]{4,6}")  # a two-character modifier and its head
_X_XING_Y = re.compile(r"[\u4e00-\u9fff]{2}性[\u4e00-\u9fff]{2,4}")


def other_spelling(word: str) -> str | None:
    """普惠托育 → 普惠性托育, 普惠性托育 → 普惠托育; None for a word of neither shape."""
    if _X_XING_Y.fullmatch(word):
        return word[:2] + word[3:]
    if _XY.fullmatch(word) and "性" not in word[:2]:
        return f"{word[:2]}性{word[2:]}"
    return None


def typed_spelling(word: str) -> str | None:
    """儿童友好城市 → 儿童友好型城市: 型 after the two characters before the last two (the
    head of two characters), for a word of four to six characters holding no 型 or 性."""
    if not _XY.fullmatch(word) or "型" in word or "性" in word:
        return None
    return f"{word[:-2]}型{word[-2:]}"


class AttributiveForms:
    """The spelling with or without 性 the library writes, per word and index version."""

    def __init__(self, spelled: Callable[[str], bool]) -> None:
        self._spelled = spelled
        self._cache: dict[tuple[str, str], tuple[str, ...]] = {}

    def read(self, analysis: Analysis, version: str) -> Analysis:
        """``analysis`` with each concept's spellings also met by their other spelling (module
        docstring) where some report writes it."""
        concepts, added = list(analysis.concepts), []
        for i, c in enumerate(concepts):
            if any(alt in analysis.quoted for alt in c.alternatives):
                continue  # 「“普惠托育”」: a name the user quotes is asked as written
            fresh = []
            for alt in c.alternatives:
                for other in self.written(alt, version):
                    if other not in c.alternatives and other not in fresh:
                        fresh.append(other)
            if fresh:
                log.debug("%s also written %s", c.term, fresh)
                concepts[i] = replace(c, alternatives=(*c.alternatives, *fresh))
                added.extend(fresh)
        return analysis.widened(concepts, added)

    def written(self, word: str, version: str) -> tuple[str, ...]:
        """The other spellings of ``word`` the library writes: with or without 性, with 型,
        and a city's title as a district holds it (``retrieval.district_titles``)."""
        key = (word, version)
        if key not in self._cache:
            if len(self._cache) > 256:
                self._cache.clear()
            first = (other_spelling(word), typed_spelling(word))
            towns = [d for w in (word, first[1]) if w for d in district_forms(w)]
            others = dict.fromkeys(o for o in (*first, *towns) if o)
            self._cache[key] = tuple(o for o in others if self._spelled(o))
        return self._cache[key]
