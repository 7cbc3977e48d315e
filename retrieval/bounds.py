"""``evidence.upper_bound`` with its per-question tables made once per ask.

Fan-out bounds every candidate chunk and sentence of a which-question from above (~7 000
texts for a common topic at 10 000 reports) with the same needs. ``upper_bound`` rebuilt
its tables on every call (the needs by term, each concept's parts' IDF mass, the strings a
verb of doing counts through) and tested the spelled-apart reading of a string before the
plain substring tests of the strings after it. ``Bound`` makes the tables once from the
needs and runs the cheap substring tests of a concept before any spelled-apart one: the
same sums in the same order, so the same float, for every text (``tests/test_bounds.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from retrieval.evidence import PARTIAL, Need
from retrieval.fanout_sentences import WORD_BY_WORD_FIRST, LazySearch, any_of
from retrieval.format_words import format_strings
from retrieval.split_words import split_span

_MARGIN = 1e-9  # far above the rounding of a sum of a few weights, far below any real gap


@dataclass(frozen=True)
class _Item:
    term: str
    weight: float
    full: tuple[str, ...]
    loose: bool
    doing: tuple[str, ...]  # counts only when a spelling of the verb's object is in the text
    parts: tuple[tuple[str, float], ...]
    parts_mass: float
    named: tuple[str, ...]  # the spellings of the first concept of the verb's object
    has_doing: Callable[[str], object] | None  # a search: some verb of doing is in the text
    apart: Callable[[str], object] | None  # a search: some spelling may be spelled apart
    apart_doing: Callable[[str], object] | None  # the same with the verbs of doing
    formats: tuple[str, ...] = ()  # the event held in a format (``format_words``): whole
    # a word that only favours (``Concept.favours``) never lowers a score, and counting it
    # met raises any score short of 1: counted met everywhere, the bound still bounds
    favours: bool = False


def _search(strings: tuple[str, ...]) -> Callable[[str], object] | None:
    return any_of(strings).search if strings else None


@lru_cache(maxsize=256)
def _spelled(words: tuple[str, ...]) -> Callable[[str], object] | None:
    """A search for any of ``words`` spelled apart (``fanout_sentences.gapped``), made once
    per set of words like the pattern itself, and compiled once it has been asked often
    (``LazySearch``: until then ``_apart`` decides word by word)."""
    words = tuple(w for w in dict.fromkeys(words) if len(w) >= 2)
    return LazySearch(words, WORD_BY_WORD_FIRST) if words else None


class Bound:
    """``upper_bound(text, needs)`` for one ask's needs: call it with the text."""

    def __init__(self, needs: Sequence[Need]) -> None:
        by_term = {n.concept.term: n for n in needs}
        items = []
        mass = 0.0
        for n in needs:
            mass += n.weight
            first = by_term.get(n.object[0]) if n.doing and n.object else None
            doing = n.doing if first is not None else ()
            items.append(
                _Item(
                    n.concept.term,
                    n.weight,
                    (*n.full, *n.short),  # 书记 of 党委书记 (``shorter_forms``)
                    n.loose,
                    doing,
                    n.parts,
                    sum(idf for _, idf in n.parts),
                    first.full if first is not None else (),
                    _search(doing),
                    _spelled(n.full) if n.loose else None,
                    _spelled((*n.full, *doing)) if n.loose and doing else None,
                    format_strings(n.full),
                    n.concept.favours,
                )
            )
        self._items = tuple(items)
        self._mass = mass
        # (spellings, explained terms, spelled apart counts): a user's example spelled apart
        # (常务会议专题学法) explains its clause as the judge reads it (``clause_examples``)
        self._explaining = tuple(
            (n.full, n.explains, n.loose and bool(n.concept.examples_of))
            for n in needs
            if n.explains
        )
        self._sure: dict[float, tuple[str, ...]] = {}
        self._needed: dict[float, tuple[int, ...]] = {}  # indices into ``_items``

    def reaches(self, text: str, line: float) -> bool:
        """``self(text) >= line``, most often without the sum. A text spelling in full a
        concept whose weight alone reaches the line is over it whatever else it holds (the
        sum only adds weights that are never negative, and float addition and division by
        the same mass never lower a value). A concept without which even every other
        concept in full cannot reach the line, by a clear margin, must count in full
        itself. At 10 000 reports nearly every chunk and sentence a common topic's fan-out
        reads spells its main concept in full, and most of the rest do not name it."""
        if self.sure(text, line):
            return True
        needed = self._needed.get(line)
        if needed is None:
            needed = self._needed[line] = self._items_needed(line)
        if not needed:
            return self(text) >= line
        # the needed items' verdicts and the explained terms, found once: the sum reads them
        # again (at 10 000 reports the same searches were a quarter of a fan-out, perf84)
        explained = self._explained(text)
        whole = self._whole
        for i in needed:
            if not whole(self._items[i], text, explained):
                return False
        return self._sum(text, explained, needed) >= line

    def sure(self, text: str, line: float) -> bool:
        """The first shortcut of ``reaches`` alone: True only when ``text`` reaches ``line``,
        False when the rest must tell (a chunk is tested without its heading first)."""
        sure = self._sure.get(line)
        if sure is None:
            sure = self._sure[line] = self._spellings_reaching(line)
        return bool(sure) and any(map(text.__contains__, sure))

    def _spellings_reaching(self, line: float) -> tuple[str, ...]:
        mass = self._mass
        if not mass:
            return ()
        heavy = (a for it in self._items if it.weight / mass >= line for a in it.full)
        return tuple(dict.fromkeys(heavy))

    def _items_needed(self, line: float) -> tuple[int, ...]:
        """The items a text must count in full to reach ``line``: without one, the sum is
        at most every other weight plus its own parts' share (``PARTIAL``), and that stays
        under the line by more than any rounding of the sum."""
        mass = self._mass
        if not mass:
            return ()
        return tuple(
            i
            for i, it in enumerate(self._items)
            if not it.favours and (mass - it.weight * (1.0 - PARTIAL)) / mass < line - _MARGIN
        )

    def may_reach(
        self, holds: Callable[[str, np.ndarray | None], np.ndarray], n: int, line: float
    ) -> np.ndarray:
        """Over ``n`` texts known only by which strings they hold (``holds(s, at)``: a boolean
        per text of the positions ``at``, every text for None), False where
        ``self(text) >= line`` surely fails: a fan-out need not read those chunks at all.
        Each item counts in full wherever it may — explained, spelled whole, its verb's
        object named (the verb is not looked for), or every character of one of its
        spellings present (a word spelled apart keeps its characters) — and by its parts
        exactly as ``__call__`` adds them otherwise: every count is at least ``__call__``'s,
        so the sum bounds the bound from above, and the margin keeps a text at the line.
        Characters are looked for last, and only in the texts the strings leave undecided."""
        mass = self._mass
        if not mass:
            return np.full(n, line <= _MARGIN)
        seen: dict[str, np.ndarray] = {}

        def has(s: str) -> np.ndarray:
            got = seen.get(s)
            if got is None:
                got = seen[s] = holds(s, None)
            return got

        def any_of(strings) -> np.ndarray:
            out = np.zeros(n, dtype=bool)
            for s in dict.fromkeys(strings):
                out |= has(s)
            return out

        explained: dict[str, np.ndarray] = {}
        for full, explains, apart in self._explaining:
            hit = any_of(full)
            if apart:  # spelled apart (``_explained``): every character of a word is there
                for word in dict.fromkeys(w for w in full if len(w) >= 2):
                    chars = np.ones(n, dtype=bool)
                    for c in dict.fromkeys(word):
                        chars &= has(c)
                    hit = hit | chars
            for t in explains:
                explained[t] = explained[t] | hit if t in explained else hit
        low, high = np.zeros(n), np.zeros(n)
        parts = []
        for it in self._items:
            whole = (
                np.ones(n, dtype=bool) if it.favours else any_of((*it.full, *it.named, *it.formats))
            )
            if it.term in explained:
                whole |= explained[it.term]
            part = np.zeros(n)
            if it.parts:
                for p, idf in it.parts:
                    part += idf * has(p)
                part = it.weight * PARTIAL * part / it.parts_mass
            low += np.where(whole, it.weight, part)
            high += part if it.apart is None else np.where(whole, it.weight, it.weight)
            parts.append((it, whole, part))
        keep = low / mass >= line - _MARGIN
        at = np.flatnonzero(~keep & (high / mass >= line - _MARGIN))
        if at.size:
            total = np.zeros(at.size)
            for it, whole, part in parts:
                counted = whole[at]
                if it.apart is not None:  # ``_apart``: every character of a word of two or more
                    for word in dict.fromkeys(w for w in it.full if len(w) >= 2):
                        open_ = np.flatnonzero(~counted)
                        for c in dict.fromkeys(word):
                            if not open_.size:
                                break
                            open_ = open_[holds(c, at[open_])]
                        counted[open_] = True
                total += np.where(counted, it.weight, part[at])
            keep[at] = total / mass >= line - _MARGIN
        return keep

    def _explained(self, text: str) -> set[str]:
        explained: set[str] = set()
        for full, explains, apart in self._explaining:
            has = any(map(text.__contains__, full))  # in C: every chunk of a fan-out asks
            if has or (apart and any(split_span(text, a) for a in full)):
                explained.update(explains)
        return explained

    @staticmethod
    def _whole(it: _Item, text: str, explained: set[str]) -> bool:
        """Does the item count in full: explained, spelled whole, its verb of doing done to
        its named object, or spelled apart."""
        if it.favours or it.term in explained or any(map(text.__contains__, it.full)):
            return True
        if it.formats and any(map(text.__contains__, it.formats)):
            return True
        named = it.named and any(map(text.__contains__, it.named))
        if named and it.has_doing is not None and it.has_doing(text) is not None:
            return True
        # spelled apart: only where the pattern of every apart spelling finds a place
        apart = it.apart_doing if named else it.apart
        found = apart is not None and apart(text) is not None
        return found and _apart(text, it.full, it.doing if named else ())

    def __call__(self, text: str) -> float:
        if not self._mass:
            return 0.0
        return self._sum(text, self._explained(text), ())

    def _sum(self, text: str, explained: set[str], whole_at: tuple[int, ...]) -> float:
        """``self(text)`` with the terms ``text`` explains, and the indices of items already
        found to count in full in it (``reaches``): the same sum in the same order."""
        mass = self._mass
        total = 0.0
        whole = self._whole
        for i, it in enumerate(self._items):
            if i in whole_at or whole(it, text, explained):
                total += it.weight
            elif it.parts:
                got = sum(idf for p, idf in it.parts if p in text)
                if got:
                    total += it.weight * PARTIAL * got / it.parts_mass
        return total / mass


def _apart(text: str, full: tuple[str, ...], doing: tuple[str, ...]) -> bool:
    """One of the strings spelled apart in ``text`` (each character looked for once)."""
    has: dict[str, bool] = {}
    for word in (*full, *doing):
        if len(word) < 2:
            continue
        for c in word:
            got = has.get(c)
            if got is None:
                got = has[c] = c in text
            if not got:
                break
        else:
            if split_span(text, word):
                return True
    return False
