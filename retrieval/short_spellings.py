"""The library's short form of the user's long word: contraction read the other way round.

``retrieval.initials`` (with ``retrieval.contractions``) reads a user's short form as the
library's long word (法援 → 法律援助). Reports contract just as users do, so the user's long
word must also reach the library's short one, or a report that writes only the short form
reads as silent. Two contractions are read, each built of the heads of the word's parts:

- **The first part kept whole, the head cut to its last character** (电动|自行车 → 电动车,
  篮球|比赛 → 篮球赛): only where the head names a thing (a noun, 自行车, 比赛) and the
  dictionary itself knows the contraction. 城市|更新 → 城市新 or 综合|执法 → 综合法 cut a verb
  to a character that is no head of it, and make another word.
- **The first character of each part** (法律|援助 → 法援, 城市|更新 → 城更): the parts as the
  dictionary cuts the word, every part giving its first character and nothing else — 心服务
  (心 + the whole 服务) keeps one part whole and is no contraction. A form that is a
  dictionary word of its own (心服 of 心理|服务, 宜家 of 宜家|家居, and so 社保 too) is another
  word as often as a contraction, and is not taken — unless its last character is a bound
  morpheme (厕 of 公共|厕所 → 公厕), which can stand for nothing but the head it begins.

A sentence is matched by its characters, so a short form is taken only where the library
writes it as a word of its own every time it writes it: 心服务 inside 贴心服务 or 中心服务,
城更 inside any other word, would be found there. Numbered slogans (四新, 六新, 两高) are why
a numeral and a first character (半马 of 半程马拉松) are never read as a short form: reports
write them standing alone, for things of their own. A short form is taken only as the library
writes it, never guessed: the question's word decides which short forms are read, the library
whether any is there.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from retrieval.analysis import Analysis
from retrieval.vocabulary import GENERIC_NOUNS

log = logging.getLogger(__name__)

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_AROUND = 3  # characters read on each side of a short form to see where its words end
_READ = 400  # chunks read for a short form: where it is written, the first suffice
_KEPT = 4
# a character the general dictionary counts fewer times than this as a word by itself is a
# bound morpheme (厕 141, 贸 225), never a free word (服 1 095, 财 1 725, 事 44 769)
_BOUND = 500

Tagger = Callable[[str], list[tuple[str, str]]]


class ShortSpellings:
    """Short forms the library writes of the question's long words, per index version."""

    def __init__(
        self,
        rows_with: Callable[[Sequence[str]], np.ndarray],
        text: Callable[[int], str],
        tagged: Tagger,
        is_word: Callable[[str], bool],
        frequency: Callable[[str], int],
    ) -> None:
        self._rows_with = rows_with
        self._text = text
        self._tagged = tagged
        self._is_word = is_word
        self._frequency = frequency
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
        return analysis.widened(concepts, added)

    def written(self, word: str, version: str) -> tuple[str, ...]:
        key = (word, version)
        if key not in self._cache:
            if len(self._cache) > 256:
                self._cache.clear()
            found = [s for s in self.short_forms(word) if self._only_as_word(s)]
            self._cache[key] = tuple(found[:_KEPT])
        return self._cache[key]

    def short_forms(self, word: str) -> list[str]:
        """The contractions of ``word`` built of its parts' heads (电动自行车 → 电动车, 法律援助
        → 法援), longest first."""
        out: list[str] = []
        if len(word) < 4:
            return out  # 全运|会 → 全会: a head of one character keeps nothing of its own
        parts = self._tagged(word)
        if len(parts) == 1:  # one dictionary word: its parts as cut alone
            parts = self._tagged(word[:2]) + self._tagged(word[2:])
        first = parts[0][0] if parts else ""
        head = word[len(first) :]
        if len(first) >= 2 and len(head) >= 2 and self._names_thing(head):
            short = first + word[-1]  # 电动|自行车 → 电动车: the contraction the dictionary knows
            if self._is_word(short):
                out.append(short)
        pieces = self._pieces(word)
        if 2 <= len(pieces) <= 3:
            short = "".join(p[0] for p in pieces)  # 法律|援助 → 法援
            if not self._is_word(short) and short not in GENERIC_NOUNS:
                out.append(short)
            elif len(pieces) == 2 and self._bound_head(pieces[1], short):
                out.append(short)  # 公共|厕所 → 公厕: 厕 stands for 厕所 alone
        return out

    def _bound_head(self, head: str, short: str) -> bool:
        """The short form is a dictionary word, yet only the contraction: its last character is
        the head's first and seldom a word by itself (厕 of 厕所, 贸 of 贸易: a bound morpheme
        means nothing but the words it begins), so the short noun can name nothing but the head's
        thing. A character that is a word of its own (事, 文, 学, 服) makes the dictionary word
        another word (公事 of 公共事务, 公文, 中学 of 中小学校, 心服 of 心理服务). The head names
        a thing and the short form is a noun or an abbreviation (j), never a name or a verb."""
        return (
            self._names_thing(head)
            and self._frequency(head[0]) < _BOUND
            and [f for _, f in self._tagged(short)] in (["n"], ["j"])
        )

    def _names_thing(self, head: str) -> bool:
        """``head`` is one noun to the tagger (自行车, 比赛), so its last character can stand for
        it; a verb or adverb (执法, 更新) ends on no head of its own."""
        tags = self._tagged(head)
        return len(tags) == 1 and tags[0][1] in ("n", "vn", "nz")

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

    def _only_as_word(self, short: str) -> bool:
        """The library writes ``short`` and always as a word of its own: where it is also
        written inside another word (贴心服务), a sentence matched by its characters would be
        found there."""
        seen = False
        for r in self._rows_with([short]).tolist()[:_READ]:
            text = self._text(r)
            at = text.find(short)
            while at >= 0:
                if not self._stands(text, at, short):
                    return False
                seen = True
                at = text.find(short, at + 1)
        return seen

    def _stands(self, text: str, at: int, short: str) -> bool:
        """``short`` at ``at`` begins and ends words as the tokenizer cuts its surroundings."""
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
        return at in bounds and at + len(short) in bounds
