"""A user's two-character verb the library never writes, read as the library's verb that keeps
its object morpheme: 发誓 → 宣誓 (and 上台 → 登台, 开庭 → 庭审 where the tagger reads them as verbs).

Users say the plain word, reports the official one, and no list of such pairs generalises to
reports nobody has seen. But Chinese disyllabic near-synonyms of one act usually keep one
morpheme and change the other, and the official word is in this library's own vocabulary. How
Chinese builds two-character words says which shared character makes a near-synonym:

- **A verb + its object** (发|誓: the word is a verb, its first character a verb morpheme): the
  act is its object; a verb of the library keeping the object with another character before
  or after it (宣誓) is the same act said formally. A word keeping only the verb (开|展 for
  开|庭) is another act, and a noun holding the object (誓词) no act at all: neither is read.
- **A modifier + head noun** (毒|品, 热|线, 唱|戏 — jieba tags the word a noun): the head names a
  kind and the modifier which one, so a word sharing a character names another thing of the
  kind (食品, 热点, 戏曲): never read here (``retrieval.unsaid`` and ``retrieval.initials`` read
  nouns by their parts and short forms).
- **The shared character must be specific**: one in more than ``SPECIFIC`` of the library's
  chunks (到 of 铺到, 台 of 上台) carries no meaning of its own — unless it stands in only a
  few chunks (a small library's shares say nothing).
- **The reading must hold in the library**: the candidate must stand in one sentence with a
  spelling of every other required word of the question that names the practice (holders and
  soft verbs name none); a question with no such word gets no reading — a lone word's
  near-synonym is a guess. Of several candidates the one written most often beside those
  words is taken, one only; a word the question already says (诉讼 beside 败诉) is none.

Never read: question words, holders and places, numbers, quoted words, unit names, words with
a suffix (子, 儿, 头), and any word a library term holds (the library writes it). The reading is
kept on the analysis (``Analysis.readings``) so the answer says it: 「按“宣誓”理解」.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol

from retrieval.analysis import Analysis
from retrieval.concept import Concept
from retrieval.holders import is_holder
from retrieval.term_sentences import sentence_ends
from retrieval.vocabulary import QUESTION_WORDS, SOFT_VERBS

log = logging.getLogger(__name__)

_HAN2 = re.compile(r"[\u4e00-\u9fff]{2}")
SPECIFIC = 0.05  # a character in more of the library's chunks (through its words) is no morpheme
FEW = 3  # ... unless it stands in this few chunks: a small library's share says nothing
SAMPLE = 80  # chunks read per candidate to find it beside the question's other words
_SUFFIXES = frozenset("子儿头们")  # 单子, 片子, 头儿: a suffix, the word is a noun
_NUMERALS = frozenset("一二三四五六七八九十百千万两几多半第")
_VERB_CHAR = ("v", "zg")  # 升 alone is a bound verb morpheme (zg)
_VERB_WORD = ("v", "vn")  # 宣誓 v, 竞赛 vn: a word for an act (its characters alone mislead: 宣 nr)


class Vocabulary(Protocol):
    version: str

    def chunk_count(self, term: str) -> int: ...

    def terms(self) -> list[str]: ...

    def rows_with_all(self, terms: Sequence[str]) -> Sequence[int]: ...


Tagger = Callable[[str], list[tuple[str, str]]]


def _plain(got) -> str:
    """A chunk's text from the library's text reader (text, or text and its headings)."""
    return got[0] if isinstance(got, tuple) else got


class Morphemes:
    """The library's two-character words by character, per index version."""

    def __init__(self, tagged: Tagger | None) -> None:
        self._tagged = tagged
        self._version: str | None = None
        self._by_char: dict[str, list[str]] = {}
        self._terms: list[str] = []
        self._mass_of: dict[str, int] = {}
        self._chunks = 0

    def _index(self, vocab: Vocabulary) -> None:
        if self._version == vocab.version:
            return
        self._version, self._mass_of = vocab.version, {}
        self._chunks = len(getattr(vocab, "chunks", ())) or max(
            (vocab.chunk_count(t) for t in vocab.terms()), default=1
        )
        self._terms = [t for t in vocab.terms() if t.isalpha()]
        by: dict[str, list[str]] = {}
        for t in self._terms:
            if _HAN2.fullmatch(t) and vocab.chunk_count(t) > 0:
                for ch in set(t):
                    by.setdefault(ch, []).append(t)
        self._by_char = by

    def _is_verb(self, word: str, flags: tuple[str, ...] = ("v",)) -> bool:
        """The tagger reads ``word`` as one verb (a character alone: as a verb morpheme)."""
        pairs = self._tagged(word) if self._tagged else []
        return len(pairs) == 1 and pairs[0][0] == word and pairs[0][1] in flags

    def read(
        self, analysis: Analysis, vocab: Vocabulary, text: Callable[[int], object]
    ) -> Analysis:
        """``analysis`` with each unspelled verb-object word given the library's word for the
        same act as a further spelling, and the reading recorded (``Analysis.readings``)."""
        if self._tagged is None:
            return analysis
        words = [c for c in analysis.concepts if self._readable(c, analysis, vocab)]
        if not words:
            return analysis
        self._index(vocab)
        out, readings = [], list(analysis.readings)
        for c in analysis.concepts:
            got = self.reading_of(c, analysis, vocab, text) if c in words else None
            if got:
                log.debug("morpheme reading %s → %s", c.term, got)
                c = replace(c, alternatives=(*c.alternatives, got))
                readings.append((c.term, got))
            out.append(c)
        if len(readings) == len(analysis.readings):
            return analysis
        added = tuple(r for _, r in readings[len(analysis.readings) :])
        terms = tuple(dict.fromkeys((*analysis.search_terms, *added)))
        return replace(analysis, concepts=tuple(out), search_terms=terms, readings=tuple(readings))

    def _readable(self, c: Concept, analysis: Analysis, vocab: Vocabulary) -> bool:
        """A two-character word of the question, unspelled by the library, of a class that
        can be a user's word for an act."""
        w = c.term
        if not _HAN2.fullmatch(w) or w in analysis.quoted or c.light:
            return False
        if w in QUESTION_WORDS or is_holder(w) or set(w) & _NUMERALS or w[-1] in _SUFFIXES:
            return False
        if w in analysis.townships or w in analysis.counties:
            return False
        return not any(vocab.chunk_count(a) for a in c.alternatives)

    def reading_of(
        self, c: Concept, analysis: Analysis, vocab: Vocabulary, text: Callable[[int], object]
    ) -> str | None:
        """The library's word for ``c``'s act, or None."""
        w = c.term
        if any(w in t for t in self._terms):
            return None  # the library writes it inside a longer word: not unspelled
        if not (self._is_verb(w) and self._is_verb(w[0], _VERB_CHAR)):
            return None  # 毒|品, 热|线, 唱|戏 (n): a modifier + head; its head is a kind
        others = [
            o
            for o in analysis.concepts
            if o is not c
            and o.required
            and not is_holder(o.term)
            and o.term not in SOFT_VERBS
            and any(vocab.chunk_count(a) for a in o.alternatives)
        ]
        if not others:
            return None  # a lone word's near-synonym is a guess
        scored = []
        said = {a for o in analysis.concepts for a in (o.term, *o.alternatives)}
        for r in self.candidates(w, vocab):
            if any(r in s for s in said):
                continue  # 败诉 beside 行政诉讼: the question says that word itself
            seen = _beside(r, others, vocab, text)
            if seen:
                scored.append((seen, r))
        return max(scored)[1] if scored else None

    def candidates(self, w: str, vocab: Vocabulary) -> list[str]:
        """The library's words keeping ``w``'s object character, when specific, with another
        verb character before or after it (宣誓, 庭审)."""
        verb, obj = w
        if self._mass(obj, vocab) > SPECIFIC and self._held(obj, vocab) > FEW:
            return []  # 到 of 铺到, 台 of 上台: in too much of the library to carry a meaning
        found = []
        for r in self._by_char.get(obj, []):
            if _turns(verb, r):
                continue  # 吸毒 is no 禁毒, 减产 no 增产: the other verb turns the act round
            if verb not in r and self._is_verb(r, _VERB_WORD):
                found.append(r)
        return found

    def _held(self, ch: str, vocab: Vocabulary) -> int:
        """How many chunks hold a character, through the library's words holding it."""
        if ch not in self._mass_of:
            self._mass_of[ch] = sum(vocab.chunk_count(t) for t in self._terms if ch in t)
        return self._mass_of[ch]

    def _mass(self, ch: str, vocab: Vocabulary) -> float:
        """The share of the library's chunks a character stands in."""
        return self._held(ch, vocab) / max(1, self._chunks)


# verbs that set their object's sense, by sense: against it (禁, 戒, 反, 防, 打击, 拒, 抗), ending it
# (停, 止, 废, 撤), lessening it (减, 降) or growing it (增, 扩) — the same object under a verb of
# another sense is another act
_SENSES = ("禁戒反防打拒抗", "停止废撤", "减降", "增扩")


def _sense(word: str) -> frozenset[int]:
    return frozenset(i for i, chars in enumerate(_SENSES) for ch in word if ch in chars)


def _turns(verb: str, r: str) -> bool:
    """Whether ``r`` holds a verb of another sense than the asked verb: an object kept under a
    verb against it, ending it or resizing it names another act (吸毒 → 禁毒, 减产 → 增产), so
    it is no reading of the question; two verbs of one sense (禁毒, 戒毒) may be."""
    return _sense(r) != _sense(verb)


def _beside(
    r: str, others: Sequence[Concept], vocab: Vocabulary, text: Callable[[int], object]
) -> int:
    """How many sentences of the library hold ``r`` and a spelling of every one of ``others``."""
    n = 0
    for row in list(vocab.rows_with_all([r]))[:SAMPLE]:
        body = _plain(text(int(row)))
        start = 0
        for end in [*sentence_ends(body), len(body)]:
            s = body[start:end]
            start = end
            if r in s and all(any(a in s for a in o.alternatives) for o in others):
                n += 1
    return n
