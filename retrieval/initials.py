"""Short forms made of the first characters of a phrase the library writes out.

Chinese shortens a phrase of two or three words by keeping each word's first character:
法律援助 → 法援, 综合治理 → 综治, 人民调解 → 人调. Users ask in the short form
(「法援接了几个案子」), reports write the phrase. No list can hold every such short form,
but the library holds the phrases: a question word of two or three characters that the
library does not use as a word, whose characters begin consecutive words of a phrase the
library does write, stands for that phrase — when one phrase is clearly the usual one (a
tie decides nothing).

A word the library uses itself (法治 is no 法律治理) and a unit's name (taken out before the
question's concepts are read) are never expanded. Forms not made of initials (反诈 →
防范电信网络诈骗) are ``retrieval.abbreviations``. The work is done only for a question
holding such a word, from the index's columns and a bounded sample of chunks, once per word
and index version.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import product
from typing import Protocol

import numpy as np

from retrieval.contractions import contracts, long_words_by_first, part_starts, written_as
from retrieval.morphemes import Morphemes
from retrieval.name_abbreviations import glued_name
from retrieval.query import Analysis

log = logging.getLogger(__name__)

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_ORDINAL = re.compile(r"第[一二三四五六七八九十百千两]")  # a place in a series, numbered
COMMON = 30  # chunks holding the word itself: from here it is a word of the library
RARE = 0.05  # the short form is written at most this share as often as its phrase
LEAD = 3.0  # the usual phrase is written this many times as often as the next one
MIN_CHUNKS = 1  # a phrase the library writes at least this often (a web page may say it once)
MIN_WORD = 2  # chunks holding a long word that a short form is read as (a term, not a slip)
_PER_CHAR = 8  # words taken for each character of the short form, most used first
_TRIED = 8  # phrases read, those whose words are most used first (bounds a question's cost)
# a dictionary word no report writes (劳教) is an established short form whose phrase the
# library may write rarely (劳动教养 once, beside 劳动 and 教育 everywhere): every phrase of its
# characters' words is read, not only the most used — rare words, so bounded all the same
_TRIED_UNSEEN = 64
_SAMPLE = 60  # chunks read to tell whether two words stand side by side


class Vocabulary(Protocol):
    version: str

    def chunk_count(self, term: str) -> int: ...

    def terms(self) -> list[str]: ...

    def rows_with_all(self, terms: Sequence[str]) -> np.ndarray: ...


class Initials:
    """The phrases behind short forms, per index version."""

    def __init__(self, is_word: Callable[[str], bool] | None = None) -> None:
        # the general dictionary: a word it holds (人家) is no short form leaving words out
        self._is_word = is_word
        self._version: str | None = None
        self._by_first: dict[str, list[tuple[int, str]]] = {}
        self._long_by_first: dict[str, list[tuple[int, str]]] = {}
        self._found: dict[str, str | None] = {}
        # the tokenizer that knows the words tags them: a verb + object read by its morphemes
        self._tagged = getattr(getattr(is_word, "__self__", None), "tagged", None)
        self.morphemes = Morphemes(self._tagged)

    def read(self, analysis: Analysis, vocab: Vocabulary, text: Callable[[int], str]) -> Analysis:
        """The analysis with each concept that is a short form spelled out as well, then each
        unspelled verb + object read as the library's word for the act (``morphemes``)."""
        return self.morphemes.read(self._spelled_out(analysis, vocab, text), vocab, text)

    def _spelled_out(
        self, analysis: Analysis, vocab: Vocabulary, text: Callable[[int], str]
    ) -> Analysis:
        out, added = [], []
        for c in analysis.concepts:
            phrase = self.phrase_of(c.term, vocab, text)
            if phrase and phrase not in c.alternatives:
                c = replace(c, alternatives=(*c.alternatives, phrase))
                added.append(phrase)
            out.append(c)
        if not added:
            return analysis
        terms = tuple(dict.fromkeys((*analysis.search_terms, *added)))
        return replace(analysis, concepts=tuple(out), search_terms=terms)

    def phrase_of(self, word: str, vocab: Vocabulary, text: Callable[[int], str]) -> str | None:
        """The phrase ``word`` is the short form of, or None."""
        if not (2 <= len(word) <= 3 and _HAN.fullmatch(word)) or _ORDINAL.match(word):
            return None  # 第一届 is never 第十一届: a contraction keeps its numbers whole
        own = vocab.chunk_count(word)
        if own >= COMMON:
            return None  # 法治, 普法: words of the library's own
        if self._version != vocab.version:
            self._version, self._found = vocab.version, {}
            self._by_first = _words_by_first(vocab)
            self._long_by_first = long_words_by_first(vocab.terms(), vocab.chunk_count)
        if word not in self._found:
            skips = self._is_word is not None and not self._is_word(word)
            # 南科大 (``name_abbreviations``): a name's words are rare ones, read them all
            named = own == 0 and glued_name(word, self._tagged)
            unseen = own == 0 and not skips and self._is_word
            tried = _TRIED_UNSEEN if unseen or named else _TRIED
            found = _usual_phrase(word, self._by_first, vocab, text, own, skips, tried)
            if found is None:
                found = _usual_word(word, self._long_by_first.get(word[0], []), vocab, own)
            if found:
                log.debug("short form %s read as %s", word, found)
            self._found[word] = found
        return self._found[word]


def _words_by_first(vocab: Vocabulary) -> dict[str, list[tuple[int, str]]]:
    """The library's two-character words (with their chunks) by first character, the most
    used first."""
    by: dict[str, list[tuple[int, str]]] = {}
    for t in vocab.terms():
        if len(t) == 2 and _HAN.fullmatch(t):
            by.setdefault(t[0], []).append((vocab.chunk_count(t), t))
    return {ch: sorted(ws, reverse=True)[:_PER_CHAR] for ch, ws in by.items()}


def _usual_phrase(
    word: str,
    by_first: dict[str, list[tuple[int, str]]],
    vocab: Vocabulary,
    text: Callable[[int], str],
    own: int,
    skips: bool = False,
    tried_most: int = _TRIED,
) -> str | None:
    """The phrase of consecutive words beginning with ``word``'s characters that the library
    writes most, when it is written clearly more than any other and far more than ``word``
    itself (``own`` chunks: 法规 is a word, not 法律规定). With ``skips`` (``word`` is no
    word of the dictionary) the phrase may hold words the short form leaves out (矛调 ~
    矛盾纠纷调解)."""
    choices = [by_first.get(ch, []) for ch in word]
    ranked = sorted(product(*choices), key=lambda ws: -math.prod(n for n, _ in ws))
    tried = ranked[:tried_most]
    middle = (lambda m: _all_words(m, vocab)) if skips else None
    # a short form that is no word may leave a middle word out even where the library also
    # writes the words side by side (固投: 固定资产投资 everywhere, 固定投资 once): both
    # spellings compete first, and only if neither leads does the side-by-side one stand
    found = _clear(_written(tried, vocab, text, middle, gaps_too=True), own)
    if found is None and skips:
        found = _clear(_written(tried, vocab, text, middle, gaps_too=False), own)
    return found


def _written(
    tried: list, vocab: Vocabulary, text: Callable[[int], str], middle, gaps_too: bool
) -> list[tuple[float, str]]:
    """Each phrase the tried words make as the library writes it, by its estimated chunks."""
    written: list[tuple[float, str]] = []
    for words in tried:
        parts = [w for _, w in words]
        rows = vocab.rows_with_all(parts)
        if len(rows) < MIN_CHUNKS:
            continue
        sample = [text(int(r)) for r in rows[:_SAMPLE]]
        for phrase, held in written_as(parts, sample, middle, gaps_too).items():
            written.append((held / len(sample) * len(rows), phrase))
    return written


def _clear(written: list[tuple[float, str]], own: int) -> str | None:
    """The phrase written clearly more than any other and far more than the short form."""
    if not written:
        return None
    written.sort(reverse=True)
    top, phrase = written[0]
    runner_up = written[1][0] if len(written) > 1 else 0.0
    clear = top >= MIN_CHUNKS and top >= LEAD * max(runner_up, own / RARE)
    return phrase if clear else None


def _usual_word(
    word: str, long_words: list[tuple[int, str]], vocab: Vocabulary, own: int
) -> str | None:
    """The library word ``word`` contracts (``retrieval.contractions``: 全过程 → 全程) that the
    library writes most, when clearly more than any other word it could contract and far
    more than ``word`` itself; the same thresholds as a phrase of initials."""
    found: list[tuple[int, str]] = []
    for n, t in long_words:
        if n < MIN_WORD:
            break  # most used first
        if contracts(word, t, part_starts(t, lambda s: vocab.chunk_count(s) > 0)):
            found.append((n, t))
    if not found:
        return None
    top, phrase = found[0]
    runner_up = found[1][0] if len(found) > 1 else 0
    return phrase if top >= LEAD * max(runner_up, own / RARE) else None


def _all_words(middle: str, vocab: Vocabulary) -> bool:
    """Whether ``middle`` is one or two words of two characters the library uses."""
    return all(vocab.chunk_count(middle[i : i + 2]) for i in range(0, len(middle), 2))
