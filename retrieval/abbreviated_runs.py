"""A term asked in its short form (缩略语) and written in full, or the other way round.

Chinese government writing shortens a term by keeping characters of the full one in order:
the first character of each of its words, or a word kept whole and the head cut to one
character (国家|高新技术|企业 → 国高企业, 保障性|住房 → 保障房, 社会|消费品|零售 → 社消零,
规模|以上|工业 → 规上工业). One report writes the full term, the next the short one, and a
user asks in either; read as words, the two spellings share too little (国高企业 holds
neither 国家 nor 高新技术), so a report writing the other spelling reads as silent.

The short form is no list: it is read off the library. A question's term (one concept, or a
run of concepts the question writes side by side) is matched against the spellings the
library's texts hold: a shorter spelling of a long term, or a longer one of a short term.
A spelling counts only when it **spells** the other (``spells``): it opens with the same
character, every word of the full term gives it at least one character (国家企业 leaves
高新技术 out: another thing), each of its characters begins or ends a word of the full term
(规模|以上 → 规上) or follows the character taken before it (保障|性 → 保障), and its last
character lies in the full term's head. A dictionary word (国企, 民生) is never read as a short form — it is a word of its
own — and only the spelling the library writes clearly most is taken (a tie decides nothing).
The spelling found is added to every concept of the run, so a sentence that writes it meets
the whole run, and one that writes the run's own words meets it as before.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from retrieval.analysis import Analysis

log = logging.getLogger(__name__)

_HAN = re.compile(r"[\u4e00-\u9fff]+")
SHORTEST_FULL = 4  # a full term of three characters has no room to shorten (全运会)
LONGEST_FULL = 10  # characters of a full term (国家高新技术企业)
LONGEST_SHORT = 4  # 国高企业, 规上工业
# a short form found in the text is three characters or more: two (行法) fall inside words of
# every kind (执行法律), and the two-character ones of initials are ``retrieval.initials``'
SHORTEST_SHORT = 3
_GAP = 4  # characters a short form leaves out between two it keeps (固定资产|投 of 固投)
LEAD = 3  # the usual spelling is written this many times as often as the next one
_RUN = 3  # concepts read as one term (国家 高新技术 企业)
# chunks read for one term at most: the usual spelling is a matter of proportion (``LEAD``),
# which an even sample of the candidate chunks keeps, and every chunk read is CPU on the
# asking path (the whole of a 10 000-report library was seconds per fresh term)
_SAMPLE = 3000


def spells(short: str, full: str, parts: Sequence[str]) -> bool:
    """Whether ``short`` is a short form of ``full``, whose words are ``parts`` (module
    docstring): same first character, every word gives a character, each character begins or
    ends a word or follows the one taken before it, the last one in the head."""
    if len(full) - len(short) < 2 or short in full or short[0] != full[0] or len(parts) < 2:
        # a shortening saves two characters or more: one left out is another term (河长制 of
        # 河湖长制 drops the lakes; stop 70's merge: blind31-33 had lost 河长制 rows)
        return False
    starts, at = [], 0
    for p in parts:
        starts.append(at)
        at += len(p)
    if at != len(full):
        return False
    lasts = {s - 1 for s in starts[1:]} | {len(full) - 1}
    taken, pos = [0], 0
    for ch in short[1:]:
        pos = next(
            (
                p
                for p in range(pos + 1, len(full))
                if full[p] == ch and (p in starts or p in lasts or p == pos + 1)
            ),
            -1,
        )
        if pos < 0:
            return False
        taken.append(pos)
    ends = [*starts[1:], len(full)]
    every = all(any(s <= p < e for p in taken) for s, e in zip(starts, ends, strict=True))
    return every and taken[-1] >= starts[-1] and not _cut_head(taken, starts, ends)


def _cut_head(taken: list[int], starts: list[int], ends: list[int]) -> bool:
    """Whether a word of the full term keeps its opening two or more characters whole and
    leaves two or more out: a compound's own head dropped (法律|顾问 of 法律顾问|培训 → 法律培训,
    training of any kind), not a shortening (保障|性 → 保障 drops a suffix, 规模|以上 → 规上
    keeps an end of each part)."""
    for s, e in zip(starts, ends, strict=True):
        kept = [p for p in taken if s <= p < e]
        if len(kept) >= 2 and kept == list(range(s, s + len(kept))) and e - s - len(kept) >= 2:
            return True
    return False


class AbbreviatedRuns:
    """The library's other spelling (short or full) of the question's terms, per version."""

    def __init__(
        self,
        library,  # its chunks (read as texts) and lexical index (their characters, pairs)
        words: Callable[[str], list[str]],
        is_word: Callable[[str], bool],
        rows_with: Callable[[list[str]], Sequence[int]],  # rows whose text holds a string
    ) -> None:
        self._lib = library
        self._words = words
        self._is_word = is_word
        self._rows_with = rows_with
        self._cache: dict[tuple[str, str, bool], tuple[str, ...]] = {}

    def read(self, analysis: Analysis, version: str) -> Analysis:
        """``analysis`` with each run's other spelling added to the run's concepts."""
        q = analysis.question
        placed = sorted(
            (q.find(c.term), i) for i, c in enumerate(analysis.concepts) if q.find(c.term) >= 0
        )
        concepts, added, used = list(analysis.concepts), [], set()
        for length in range(_RUN, 0, -1):
            for k in range(len(placed) - length + 1):
                run = placed[k : k + length]
                idx = [i for _, i in run]
                if used & set(idx) or not _adjacent(run, concepts, q):
                    continue
                term = q[run[0][0] : run[-1][0] + len(concepts[idx[-1]].term)]
                if term in analysis.quoted or not _HAN.fullmatch(term):
                    continue
                others = self.other_spelling(term, version, len(idx) == 1)
                if not others:
                    continue
                log.debug("term %s also written %s", term, others)
                used.update(idx)
                added.extend(others)
                short = len(others[0]) > len(term) and len(idx) > 1  # the user's short form, cut
                for i in idx:
                    c = concepts[i]
                    alts = c.alternatives
                    if short and not self._is_word(c.term):
                        # the run read whole outweighs a guess at a piece of it alone (国高 of
                        # 国高企业 is no 国际高端); a word's own spellings stay
                        alts = tuple(a for a in alts if a == c.term or a in others[0])
                    concepts[i] = replace(c, alternatives=tuple(dict.fromkeys((*alts, *others))))
        return analysis.widened(concepts, added)

    def other_spelling(self, term: str, version: str, alone: bool = False) -> tuple[str, ...]:
        """The library's other spelling of ``term``; ``alone``: the term is one concept."""
        key = (term, version, alone)
        if key not in self._cache:
            if len(self._cache) > 256:
                self._cache.clear()
            found: tuple[str, ...] = ()
            # one word no report writes (人才房) is spelled by the grounding's wider reading of
            # the library (``retrieval.grounding``: 人才住房, 人才安居房), not by one full form
            unwritten = alone and not self._written(term)
            if 2 <= len(term) <= LONGEST_SHORT and not self._is_word(term) and not unwritten:
                found = self._full_of(term)
            if not found and SHORTEST_FULL <= len(term) <= LONGEST_FULL:
                found = self._short_of(term)
            self._cache[key] = found
        return self._cache[key]

    def _written(self, term: str) -> bool:
        return len(self._rows_with([term])) > 0

    def _texts(self, rows: Sequence[int] | None) -> list[str]:
        """The texts of ``rows`` (every chunk when None), an even sample when they are many."""
        chunks = self._lib.chunks
        picked = range(len(chunks)) if rows is None else rows
        step = max(1, -(-len(picked) // _SAMPLE))
        return [chunks[int(r)].text for r in picked[::step]]  # a slice: no list of every row

    def _holding_pairs(self, pairs: set[str]) -> Sequence[int] | None:
        """Rows holding one of the two-character strings ``pairs`` (the library's character-pair
        index, exact for two characters); None when the index is not of this version."""
        lex = self._lib.lexical
        if getattr(lex, "bigrams", None) is None or lex.bigrams.version != lex.version:
            return None
        got = [lex.bigrams.candidates(p) for p in sorted(pairs)]
        if any(g is None for g in got):
            return None
        # the rows in order, each once (as ``np.unique`` of the lists, without its sort)
        held = np.zeros(max((int(g[0].max()) + 1 for g in got if g[0].size), default=0), bool)
        for g in got:
            held[g[0]] = True
        return np.flatnonzero(held)

    def _full_of(self, short: str) -> tuple[str, ...]:
        """The full term the library writes that ``short`` shortens, the usual one."""
        gap = f"[\u4e00-\u9fff]{{0,{_GAP}}}?"
        pattern = re.compile(gap.join(re.escape(ch) for ch in short))
        seen: Counter[str] = Counter()
        # no index names the chunks of a full term not yet known (国家高新技术企业 shares no
        # character pair with 国高企业): an even sample of the library is read
        for text in self._texts(None):
            found = set()
            for m in pattern.finditer(text):
                full = self._to_word_end(text, m.start(), m.end())
                if full and len(full) <= LONGEST_FULL and self._shortens(short, full):
                    found.add(full)
            seen.update(found)
        return _usual(seen)

    def _short_of(self, full: str) -> tuple[str, ...]:
        """The short form of ``full`` the library writes, the usual one."""
        parts = self._words(full)
        if len(parts) < 2:
            return ()
        pattern = re.compile(re.escape(full[0]) + f"[\u4e00-\u9fff]{{1,{LONGEST_SHORT - 1}}}")
        seen: Counter[str] = Counter()
        # a short form opens with the term's first character and, next, one the term holds
        pairs = {full[0] + ch for ch in full[1:] if ch != full[0]}
        chars = frozenset(full)
        # a library writes the same few openings over and over (行政执 in every chunk on
        # law enforcement): each distinct run is read once
        longest: dict[str, str | None] = {}
        for text in self._texts(self._holding_pairs(pairs)):
            # most texts hold no opening that spells the term: their runs, listed and looked
            # up in C, rule the text out before any match is walked in Python (perf84)
            runs = set(pattern.findall(text))
            for run in runs.difference(longest):
                longest[run] = self._longest_short(run, full, parts, chars)
            if not any(map(longest.__getitem__, runs)):
                continue
            found = set()
            for m in pattern.finditer(text):
                run = m.group(0)
                if run not in longest:
                    longest[run] = self._longest_short(run, full, parts, chars)
                best = longest[run]
                if best and self._whole(text, m.start(), best):
                    found.add(best)
            seen.update(found)
        return _usual(seen)

    def _longest_short(
        self, run: str, full: str, parts: list[str], chars: frozenset[str]
    ) -> str | None:
        """The longest opening of ``run`` that spells ``full`` (国高企业 of 国高企业达到), of
        ``SHORTEST_SHORT`` characters or more, no dictionary word. Read over every match of
        up to 3 000 chunks per fresh term, so what is the term's alone (its words, its
        characters) comes in made once: an opening holding a character the term lacks spells
        nothing, and a shorter one would be dropped anyway — the same opening as trying
        every length down to two and keeping only three or more."""
        k = 1
        while k < len(run) and run[k] in chars:
            k += 1
        for n in range(k, SHORTEST_SHORT - 1, -1):
            short = run[:n]
            if self._shortens(short, full, parts) and not self._is_word(short):
                return short
        return None

    def _shortens(self, short: str, full: str, parts: list[str] | None = None) -> bool:
        """``spells``, and ``short`` is not made only of whole words of ``full``: 新增学位 of
        新增中小学学位 drops a modifier (a wider thing, every school), it shortens no word.
        ``parts``: the words of ``full`` when the caller has them already."""
        if not set(short) <= set(full):  # cheap first: every character is the term's
            return False
        if parts is None:
            parts = self._words(full)
        if not spells(short, full, parts):
            return False
        return not all(w in parts for w in self._words(short))

    def _whole(self, text: str, start: int, short: str) -> bool:
        """Whether ``short`` at ``start`` stands as words of its own, cutting none (国高企业 of
        国高企业达到, never 行法 of 执行法律)."""
        begin = max(0, start - 6)
        window = text[begin : start + len(short) + 6]
        cuts, at = set(), 0
        for w in self._words(window):
            at = window.find(w, at)
            if at < 0:
                return False
            cuts.update((at, at + len(w)))
            at += len(w)
        return start - begin in cuts and start - begin + len(short) in cuts

    def _to_word_end(self, text: str, start: int, end: int) -> str | None:
        """``text[start:end]`` carried on to the end of the word its last character is in
        (固定资产投 → 固定资产投资), None when ``start`` cuts a word (确|保障)."""
        window = text[max(0, start - 6) : end + 6]
        offset = start - max(0, start - 6)
        at, cut_start, stop = 0, False, None
        for w in self._words(window):  # the cutter drops punctuation: each word found in turn
            at = window.find(w, at)
            if at < 0:
                return None
            nxt = at + len(w)
            if at < offset < nxt:
                cut_start = True
            if at < end - start + offset <= nxt and stop is None:
                stop = nxt
            at = nxt
        if cut_start or stop is None:
            return None
        return window[offset:stop]


def _adjacent(run: list[tuple[int, int]], concepts: list, q: str) -> bool:
    """Whether the concepts of ``run`` stand side by side in the question."""
    return all(
        run[j][0] + len(concepts[run[j][1]].term) == run[j + 1][0] for j in range(len(run) - 1)
    )


def _usual(seen: Counter[str]) -> tuple[str, ...]:
    """The spelling written clearly more often than any other, with its variants: a spelling
    one character longer or shorter that holds the other in order (国家级高新技术企业 of
    国家高新技术企业) is the same term, its chunks pooled with it."""
    pooled: list[tuple[int, list[str]]] = []
    for spelling, n in seen.most_common():
        group = next((g for g in pooled if any(_variant(spelling, o) for o in g[1])), None)
        if group is None:
            pooled.append((n, [spelling]))
        else:
            pooled[pooled.index(group)] = (group[0] + n, [*group[1], spelling])
    pooled.sort(key=lambda g: -g[0])
    if not pooled:
        return ()
    runner_up = pooled[1][0] if len(pooled) > 1 else 0
    return tuple(pooled[0][1]) if pooled[0][0] >= LEAD * runner_up else ()


def _variant(a: str, b: str) -> bool:
    """Whether one of ``a`` and ``b`` is the other with one character put in."""
    if abs(len(a) - len(b)) != 1:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


__all__ = ["AbbreviatedRuns", "spells"]
