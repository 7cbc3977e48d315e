"""A share asked as 「V的比例」 is the rate reports write as one word: V率.

Users ask for a share in words (「通过的比例」「化解的比率」「办结的百分比」); reports state it as a
rate noun made of the same verb and 率 (通过率100%, 化解率98%, 办结率100%), and a pass rate
under any of the words of one measure (通过率 ~ 合格率 ~ 及格率: the synonym list). Read word by
word, 比例 is a generic noun (dropped) and the verb alone is soft, so 「把考试通过的比例写出来」
asked only for the exam and every report that held one answered. The verb and its share are
one required concept, spelled as the rate (and as the verb with 比例/比率 before a number).

Only a verb makes a rate: 「女性的比例」「党员比例」 name a group's share, which reports write
otherwise (女性占比), so a noun before 比例 stays as it was. The verb is told by the tagger, or
by the rate being a word of its own (通过率, jieba's 通过 alone is a preposition).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from retrieval.concept import Concept
from retrieval.spoken import Tagger
from retrieval.synonym_file import read_synonyms

__all__ = ["rates_in"]

SYNONYM_FILE = Path(__file__).with_name("synonyms.txt")
# the share's words after the verb: 比例, 比率, 百分比 (占比 is a group's share, 「占多少」)
_SHARE = re.compile(r"的?(?:比例|比率|百分比)")
_VERB_FLAGS = ("v", "vn", "vd")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


@functools.cache
def _same_measure() -> dict[str, tuple[str, ...]]:
    return read_synonyms(SYNONYM_FILE)


def rates_in(text: str, tagged: Tagger) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each share asked after a verb in ``text``: the verb is the
    whole word the tagger cuts before the share (出庭应诉, not its last two characters)."""
    if not _SHARE.search(text):
        return []
    words, at = [], 0
    for word, flag in tagged(text):
        at = max(text.find(word, at), at)
        words.append((at, word, flag))
        at += len(word)
    found = []
    for start, word, flag in words:
        end = start + len(word)
        share = _SHARE.match(text, end)
        if not share or len(word) < 2 or not _HAN.fullmatch(word):
            continue
        if not flag.startswith(_VERB_FLAGS) and not _rate_word(word, tagged):
            # 「考试及格的比例」: jieba took the verb into a noun; its last word makes the rate
            start, word = end - 2, word[-2:]
            if not _rate_word(word, tagged):
                continue  # 「女性的比例」: a group's share, no rate
        rate = f"{word}率"
        spellings = (rate, *_same_measure().get(rate, ()), f"{word}比例", f"{word}比率")
        found.append((start, share.end(), Concept(rate, tuple(dict.fromkeys(spellings)), True)))
    return found


def _rate_word(word: str, tagged: Tagger) -> bool:
    """通过率, 及格率: the verb and 率 are one word of the dictionary."""
    return len(tagged(f"{word}率")) == 1
