"""The library's short form of the user's long word: contraction read the other way round.

``retrieval.initials`` (with ``retrieval.contractions``) reads a user's short form as the
library's long word (法援 → 法律援助). Reports contract just as users do, so the user's long
word must also reach the library's short one, or a report that writes only the short form
reads as silent:

- **The first part kept whole, the head cut to its last character** (电动|自行车 → 电动车,
  the contraction jieba itself knows), or the characters that begin the parts and end the
  head (``contractions.contracts``: 社会|保障 → 社保): a library word that is such a short
  form of the question's word names the same thing. Only a word of four characters or more
  is read so: a head of one character (全运|会) leaves its short form (全会) nothing of its own,
  and the short form is another word. Whole words with one left out (重大|决策 of
  重大|行政|决策) are no contraction but a wider term, and are never taken. A short form of
  two characters takes the first character of two parts (社|保, 城|管): the first and the
  last character (人|员 of 人民调解员) make a generic word, no name of the thing.
- **A numeral modifier and the head's first character** (半程|马拉松 → 半马): a thing measured
  by a numeral or a fraction (半, 十) keeps that and the first character of its head, when
  the head is one dictionary word of one morpheme (a loan read by its sound: 马拉松, no
  content word inside) — a head of words contracts by its words (社会|保障 → 社保): 三社
  (三|社|联动) is no 社会保障, 多新 no 新开工, 三小 no 小娃娃. Only
  where the numeral and the character stand as words of their own (南山|半|马, never
  一马当先 or 半|马路, where the character opens another word), and the pair is no dictionary
  word of its own. A sentence is matched by its characters, so a pair the library also
  writes inside other words (「改造一半马路」) is not taken at all: it would be found there.

A short form is taken only as the library writes it, never guessed: the question's word
decides which short forms are read, the library whether any is there.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import combinations

import numpy as np

from retrieval.analysis import Analysis
from retrieval.contractions import contracts, part_starts
from retrieval.vocabulary import GENERIC_NOUNS

log = logging.getLogger(__name__)

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_AROUND = 3  # characters read on each side of a short form to see where its words end
_READ = 400  # chunks read for the numeral form: the spelling is a fact of the language
_KEPT = 4

Tagger = Callable[[str], list[tuple[str, str]]]


class ShortSpellings:
    """Short forms the library writes of the question's long words, per index version."""

    def __init__(
        self,
        rows_with: Callable[[Sequence[str]], np.ndarray],
        text: Callable[[int], str],
        tagged: Tagger,
        is_word: Callable[[str], bool],
    ) -> None:
        self._rows_with = rows_with
        self._text = text
        self._tagged = tagged
        self._is_word = is_word
        self._cache: dict[tuple[str, str], tuple[str, ...]] = {}

    def read(self, analysis: Analysis, version: str) -> Analysis:
        """``analysis`` with each long word of three characters or more given the short forms
        of it the library writes (module docstring)."""
        concepts, added = list(analysis.concepts), []
        for i, c in enumerate(concepts):
            if not (3 <= len(c.term) <= 6 and _HAN.fullmatch(c.term)) or c.term in analysis.quoted:
                continue  # 「“全运会”」: a name the user quotes is asked as written
            fresh = [s for s in self.written(c.term, version) if s not in c.alternatives]
            if fresh:
                log.debug("long word %s also written %s", c.term, fresh)
                concepts[i] = replace(c, alternatives=(*c.alternatives, *fresh))
                added.extend(fresh)
        if not added:
            return analysis
        terms = tuple(dict.fromkeys((*analysis.search_terms, *added)))
        return replace(analysis, concepts=tuple(concepts), search_terms=terms)

    def written(self, word: str, version: str) -> tuple[str, ...]:
        key = (word, version)
        if key not in self._cache:
            if len(self._cache) > 256:
                self._cache.clear()
            found = [s for s in self.short_forms(word) if self._as_word(s)]
            found += [s for s in self._numeral_forms(word) if s not in found]
            self._cache[key] = tuple(found[:_KEPT])
        return self._cache[key]

    def short_forms(self, word: str) -> list[str]:
        """The contractions of ``word`` (电动自行车 → 电动车, 社会保障 → 社保), longest first."""
        out: list[str] = []
        if len(word) < 4:
            return out  # 全运|会 → 全会: a head of one character keeps nothing of its own
        starts = part_starts(word, self._is_word)
        parts = self._tagged(word)
        if len(parts) == 1 and len(word) >= 4:  # one dictionary word: its parts as cut alone
            parts = self._tagged(word[:2]) + self._tagged(word[2:])
        first = parts[0][0] if parts else ""
        if 2 <= len(first) <= len(word) - 2 and self._is_word(word[len(first) :]):
            out.append(first + word[-1])  # 电动|自行车 → 电动车
        pieces = self._pieces(word) or [w for w, _ in self._tagged(word)]
        for n in range(len(word) - 1, 1, -1):
            for picks in combinations(range(1, len(word)), n - 1):
                short = word[0] + "".join(word[p] for p in picks)
                if short not in out and contracts(short, word, starts):
                    out.append(short)
        firsts = {0, *starts}
        return [
            s
            for s in out
            if not _whole_words(s, pieces)
            and s not in GENERIC_NOUNS
            and (len(s) > 2 or word.find(s[1], 1) in firsts)
        ]

    def _pieces(self, word: str) -> list[str]:
        """``word`` cut into dictionary words of two characters or more (重大|行政|决策, though
        the tokenizer keeps the whole a word of its own), [] if it cannot be."""
        if len(word) < 4:
            return []
        for k in range(2, len(word) - 1):
            if self._is_word(word[:k]):
                rest = word[k:] if self._is_word(word[k:]) else ""
                tail = [rest] if rest else self._pieces(word[k:])
                if tail:
                    return [word[:k], *tail]
        return []

    def _as_word(self, short: str) -> bool:
        """The library writes ``short`` standing as a word of its own somewhere."""
        for r in self._rows_with([short]).tolist()[:_READ]:
            text = self._text(r)
            at = text.find(short)
            while at >= 0:
                if self._stands(text, at, short):
                    return True
                at = text.find(short, at + 1)
        return False

    def _numeral_forms(self, word: str) -> list[str]:
        """A numeral and ``word``'s first character, as the library writes them (半马)."""
        if not self._one_morpheme(word):
            return []  # 社会|保障: a word of parts contracts by its parts (社保), never 三社
        head = word[0]
        counts: dict[str, int] = {}
        other: set[str] = set()  # a dictionary word (大马, 一马) or no numeral first
        for r in self._rows_with([head]).tolist()[:_READ]:
            text = self._text(r)
            for m in re.finditer(rf"[\u4e00-\u9fff]{re.escape(head)}", text):
                short = m.group(0)
                if short in other:
                    continue
                tags = self._tagged(short[0])
                if self._is_word(short) or not tags or tags[0][1] != "m":
                    other.add(short)
                elif self._stands(text, m.start(), short, by_chars=True):
                    counts[short] = counts.get(short, 0) + 1
                else:  # 一半|马路: the pair is also written inside words, and a sentence
                    other.add(short)  # is matched by its characters — it would be found there
        return sorted((s for s in counts if s not in other), key=lambda s: (-counts[s], s))

    def _one_morpheme(self, word: str) -> bool:
        """``word`` is not built of content words (马拉松, 奥林匹克: a loan read by its sound;
        马拉 is only a name), so its first character can stand for it."""
        if not self._is_word(word):
            return False  # 区里定: no word at all
        inner = {word[i:j] for i in range(len(word)) for j in range(i + 2, len(word) + 1)}
        for part in inner - {word}:  # 开工 of 新开工, 娃娃 of 小娃娃, 碳中和 of 碳达峰碳中和
            tags = self._tagged(part)
            if len(tags) == 1 and re.match(r"(?:n(?!r)|v|a)", tags[0][1]):
                return False
        return True

    def _stands(self, text: str, at: int, short: str, by_chars: bool = False) -> bool:
        """``short`` at ``at`` begins and ends words as the tokenizer cuts its surroundings
        (with ``by_chars``: each character a word of its own, 半|马)."""
        lo = max(0, at - _AROUND)
        pos, bounds = lo, set()
        window = text[lo : at + len(short) + _AROUND]
        for w, _ in self._tagged(window):  # punctuation is no word: find each in turn
            found = window.find(w, pos - lo)
            if found < 0:
                return False
            pos = lo + found
            bounds.update((pos, pos + len(w)))
            pos += len(w)
        end = at + len(short)
        if by_chars:
            return all(p in bounds for p in range(at, end + 1))
        return at in bounds and end in bounds


def _whole_words(short: str, pieces: list[str]) -> bool:
    """``short`` is whole words of the long word with one left out (重大|决策 of
    重大|行政|决策): a wider term, not a contraction — it drops the kind the question asks."""
    for k in range(1, len(pieces)):
        for kept in combinations(pieces, k):
            if "".join(kept) == short:
                return True
    return False
