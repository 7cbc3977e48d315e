"""Short forms that keep a word's head: 全过程 → 全程, 电信诈骗 → 电诈, 法律援助 → 法援.

Chinese contracts a compound by keeping, in order, its first character and characters that
begin its later parts or end it — the last one taken from the compound's last part, its
head, which says what kind of thing it is (全|过程 → 全程, 人民|代表|大会 → 人代会). So a
user's word of two or three characters that the library does not use, whose first character
opens a word the library writes and whose other characters each begin a part of that word
or end it, the last one inside its last part, may stand for it. ``retrieval.initials``
finds the phrases made of several words (法援 ~ 法律|援助 written side by side); this reads
the library's single long words (its index tokens), where initials sees only the first
word. ``written_as`` serves initials: the phrase as the library writes it, and for a short
form that is no dictionary word, with a middle word it leaves out (矛调 ~ 矛盾纠纷调解).

A word that merely contains the short form whole (普法宣传 for 普法) is no contraction of
it, and a word whose form is shared by two words of similar use names neither (a tie
decides nothing): the caller keeps the thresholds of ``retrieval.initials``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_MIDDLE = re.compile(r"[\u4e00-\u9fff]{2}(?:[\u4e00-\u9fff]{2})?")  # one or two words left out
LONGEST = 8  # characters of a library word read as the full form (防范电信网络诈骗)


def long_words_by_first(
    terms: list[str], count: Callable[[str], int]
) -> dict[str, list[tuple[int, str]]]:
    """The library's words of three characters or more (with their chunks) by first
    character, the most used first."""
    by: dict[str, list[tuple[int, str]]] = {}
    for t in terms:
        if 3 <= len(t) <= LONGEST and _HAN.fullmatch(t):
            by.setdefault(t[0], []).append((count(t), t))
    return {ch: sorted(ws, reverse=True) for ch, ws in by.items()}


def part_starts(word: str, is_term: Callable[[str], bool]) -> frozenset[int]:
    """Where the parts of ``word`` begin: 0, and each place a library word of two or more
    characters inside it starts, or ends (全|过程: 过程 is a word, so 0 and 1)."""
    starts = {0}
    n = len(word)
    for i in range(n):
        for j in range(i + 2, n + 1):
            if (i, j) != (0, n) and is_term(word[i:j]):
                starts.update((i, j) if j < n else (i,))
    return frozenset(starts)


def contracts(short: str, word: str, starts: frozenset[int]) -> bool:
    """Whether ``short`` is a contraction of ``word``: its first character opens the word,
    each later one begins a part or is the word's last character, the last one lies in the
    word's last part (its head), and the word does not hold ``short`` whole."""
    if len(short) >= len(word) or short in word or short[0] != word[0]:
        return False
    head = max(starts)
    at = 0
    for ch in short[1:]:
        at = next(
            (
                p
                for p in range(at + 1, len(word))
                if word[p] == ch and (p in starts or p == len(word) - 1)
            ),
            -1,
        )
        if at < 0:
            return False
    return at >= head


def written_as(
    parts: list[str],
    texts: list[str],
    words: Callable[[str], bool] | None = None,
    gaps_too: bool = False,
) -> Counter[str]:
    """How many of ``texts`` write the words ``parts`` side by side (法律|援助), and, given
    ``words``, for a short form of two words, how many write them with one or two words
    between that the short form leaves out (防范|电信网络|诈骗 → 防诈, 人民|代表|大会 → 人大):
    each phrase as written, by the texts holding it. The gapped phrases are read only where
    the words never stand side by side, unless ``gaps_too``: a library that writes 固定投资
    once and 固定资产投资 everywhere has 固投 for the second (``initials`` weighs them). ``words`` says whether a middle is made
    of the library's words (电信网络: 电信|网络), not a run of characters that cuts one
    (共和国国|家安)."""
    whole = "".join(parts)
    held: Counter[str] = Counter(whole for t in texts if whole in t)
    if words is None or len(parts) != 2 or (held and not gaps_too):
        return held
    first, last = parts
    gap = re.compile(re.escape(first) + f"({_MIDDLE.pattern})" + re.escape(last))
    for t in texts:
        if first in t and last in t:
            held.update({m.group(0) for m in gap.finditer(t) if words(m.group(1))})
    return held
