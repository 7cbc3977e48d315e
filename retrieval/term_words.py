"""The words a multi-word term is made of, and where a report may write between them.

A term of these reports (党政主要负责人述法, 法律知识考试, 法治政府建设工作领导小组) is a
phrase of dictionary words, and a report names the same thing when it keeps those words in
order inside one clause with a short modifier between two of them: a year word
(党政主要负责人**年度**述法), a parallel noun (法律**法规**知识考试), its own place name
(成立**石桥街道**法治政府建设工作领导小组). Such an insertion narrows the thing, it does not
name another one; an insertion never goes inside one of the words (述法 is never 述…法 by this
reading), never holds a clause break or a coordinator (「法治宣传、文化建设」 is two things),
and stays short: ``WORD_GAP`` characters between two words, ``WORD_TOTAL`` in all, so 法治 and
建设 far apart in a clause make no 法治建设. ``retrieval.split_words`` reads the term this way
next to its older reading of characters a few apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

WORD_GAP = 3  # characters a report writes between two words of a term (高陵区, 年度)
WORD_TOTAL = 5  # in all, over the whole term
MIN_TERM = 4  # a shorter term is one or two words whose halves ``split_words`` reads already


@lru_cache(maxsize=1)
def _tokenizer():
    from reportqa.text import Tokenizer  # the domain dictionary; built once, on first use

    return Tokenizer()


def words_of(term: str) -> list[str]:
    """The dictionary words of ``term``, a run of lone characters kept as one word: jieba
    leaves characters alone where its dictionary lacks the word they make (述|法 of 述法),
    and nothing is ever written inside that word."""
    out: list[str] = []
    lone = False
    for w in _prefixed(_tokenizer().words(term)):
        if len(w) == 1 and lone:
            out[-1] += w
        else:
            out.append(w)
        lone = len(w) == 1
    return out


# 「全覆盖」「全流程」「全链条」: 全 (whole) is a prefix of the word after it, which jieba leaves
# alone; a report writes its verb before the whole word (述法**实现**全覆盖), never inside it
_PREFIXES = ("全",)


def _prefixed(words: list[str]) -> list[str]:
    """``words`` with a lone prefix character joined to the word of two or more after it."""
    out: list[str] = []
    for w in words:
        if out and out[-1] in _PREFIXES and len(w) >= 2:
            out[-1] += w
        else:
            out.append(w)
    return out


@lru_cache(maxsize=8192)
def boundaries(term: str) -> frozenset[int]:
    """The offsets inside ``term`` where one of its words ends and the next begins
    (党政主要负责人|述法 → {2, 4, 7}); empty for a term of one word or under ``MIN_TERM``."""
    if len(term) < MIN_TERM:
        return frozenset()
    words = words_of(term)
    if "".join(words) != term or len(words) < 2:
        return frozenset()
    cuts, at = set(), 0
    for w in words[:-1]:
        at += len(w)
        cuts.add(at)
    return frozenset(cuts)


def fits(term: str, gaps: tuple[str, ...]) -> bool:
    """``gaps[i]`` stands between ``term[i]`` and ``term[i + 1]``: an insertion only where
    one word of the term ends, each at most ``WORD_GAP`` and all at most ``WORD_TOTAL``."""
    if sum(map(len, gaps)) > WORD_TOTAL:
        return False
    cuts = boundaries(term)
    return all(not g or (i + 1 in cuts and len(g) <= WORD_GAP) for i, g in enumerate(gaps))


@lru_cache(maxsize=4096)
def _between(term: str) -> re.Pattern | None:
    """``term``'s words in order with a short insertion of Chinese characters (no clause
    break, coordinator, digit or letter) where one word ends and the next begins."""
    cuts = sorted(boundaries(term))
    if not cuts:
        return None
    words = [term[a:b] for a, b in zip([0, *cuts], [*cuts, len(term)], strict=True)]
    gap = rf"([^\W\d_a-zA-Z和与及或并同、]{{0,{WORD_GAP}}}?)"
    return re.compile(gap.join(re.escape(w) for w in words))


def between_spans(text: str, term: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` writes ``term`` with a modifier between its words (at most
    ``WORD_TOTAL`` inserted in all), and nowhere else: the reading of a quoted term."""
    pattern = _between(term)
    if pattern is None:
        return
    pos = text.find(term[0])
    while pos >= 0:  # every start: a near miss must not hide a later mention
        m = pattern.match(text, pos)
        if m and sum(map(len, m.groups())) <= WORD_TOTAL:
            yield m.start(), m.end()
        pos = text.find(term[0], pos + 1)
