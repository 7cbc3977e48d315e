"""A word a sentence spells apart: 普了一次法, 送法进企业, 持有执法证上岗.

Chinese grammar splits words that a question (or another report) writes whole: a
verb–object word takes 了/过 and a quantity between its halves (普法 → 普了一次法), a
verb–complement takes its object inside (送进 → 送法进), and a set phrase takes a fuller
word for one of its characters (持证上岗 → 持有执法证上岗, 法律送进 → 法律知识送进). So a
word counts as mentioned when its characters stand in order inside one clause with only a
few characters between them: for a two-character word one character, or 了/过 with a
quantity; for a longer word at most ``GAP`` characters in all. Quoted phrases are meant
word for word and never read this way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

GAP = 3  # characters inserted into a word of three or more characters, in all
_CJK = "\u4e00-\u9fff"
_GAP_CHAR = (
    r"[^\W\d_a-zA-Z和与及或并同、]"  # a Chinese character, not a coordinator (法治宣传和体检)
)
_AMOUNT = r"(?:多少|几|[0-9０-９]+|[一二两三四五六七八九十百千]+)"  # as question_scope's


@lru_cache(maxsize=8192)
def _pattern(word: str) -> re.Pattern:
    if len(word) == 2:
        a, b = (re.escape(c) for c in word)
        return re.compile(rf"{a}(?:(?:了|过)(?:{_AMOUNT}[{_CJK}]?)?的?|{_GAP_CHAR}){b}")
    chars = [re.escape(c) for c in word]
    return re.compile(chars[0] + "".join(rf"({_GAP_CHAR}{{0,{GAP}}}?){c}" for c in chars[1:]))


def split_spans(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` spells ``word`` apart (its characters in order, a few between)."""
    if not spellable(text, word):
        return
    pattern = _pattern(word)
    if pattern.search(text) is None:  # nowhere at all: most texts, one scan instead of many
        return
    pos = text.find(word[0])
    while pos >= 0:  # every start: a near miss must not hide a later mention
        m = pattern.match(text, pos)
        if m and (len(word) == 2 or sum(len(g) for g in m.groups()) <= GAP):
            yield m.start(), m.end()
        pos = text.find(word[0], pos + 1)


def split_span(text: str, word: str) -> tuple[int, int] | None:
    """The first place ``text`` spells ``word`` apart, or None. The caller has looked for
    the whole word first."""
    return next(split_spans(text, word), None) if spellable(text, word) else None


def spellable(text: str, word: str) -> bool:
    """Every character of ``word`` stands in ``text``: the test that rules out nearly every
    word at once (fan-out asks it for every spelling of every concept in thousands of
    sentences, so it is a plain loop, not a generator)."""
    if len(word) < 2:
        return False
    for c in word:  # noqa: SIM110 (a generator costs more than the test)
        if c not in text:
            return False
    return True
