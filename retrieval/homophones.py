"""A word typed by pinyin with one character swapped for a homophone: 海棉城市 for 海绵城市.

Most users type Chinese through a pinyin input method: they spell the sound (haimian) and
pick a word from the candidates it offers, and a slip picks a homophone — 海棉 for 海绵,
纪录仪 for 记录仪. The typed word is then one no report writes, while its same-sound
spelling is a word of the library, and the question reads as asking about nothing.

So a required concept that no report of the library spells is read as its same-sound
variant when exactly one exists: one character replaced by another of the same pinyin (tone
included, as the input method offers it), the two characters around the swap a word of the
library's own vocabulary pronounced as the typed pair (phrase-aware, so a polyphone is read
in its word), and the variant itself spelled by a report. A typed word any report writes is
never respelled (a homophone there is another word: 记录 is not 纪录 where both are
written), two candidate variants decide nothing, and the reading is recorded so the answer
says which word was searched (``Analysis.readings``).

The input method ranks its candidates by how common they are, and a slip picks a rare string
over the common word: 海棉 is written 3 times for every 173 of 海绵 in the general dictionary,
纪录仪 never. A typed word in common use of its own (公证, beside its homophone 公正) is the
word the user meant, absent from the library or not — a question about 公证服务 must not be
answered with 公正: so the typed word must be far rarer in Chinese at large than its variant
(``_RARER``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from retrieval.analysis import Analysis

log = logging.getLogger(__name__)

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LONGEST = 8  # a concept longer than this is a clause, not a word a slip made
_RARER = 20  # the typed word is at most 1/20 as common as its variant (海棉 3 : 海绵 173)


@lru_cache(maxsize=1)
def _by_sound() -> dict[str, tuple[str, ...]]:
    """Every Han character by each of its toned readings (the input method's candidates)."""
    from pypinyin.pinyin_dict import pinyin_dict

    by: dict[str, list[str]] = {}
    for code, readings in pinyin_dict.items():
        ch = chr(code)
        if _HAN.fullmatch(ch):
            for r in readings.split(","):
                by.setdefault(r, []).append(ch)
    return {r: tuple(chs) for r, chs in by.items()}


def _readings(ch: str) -> tuple[str, ...]:
    from pypinyin.pinyin_dict import pinyin_dict

    said = pinyin_dict.get(ord(ch), "")
    return tuple(r for r in said.split(",") if r)


@lru_cache(maxsize=4096)
def _sound(word: str) -> tuple[str, ...]:
    """``word`` as pinyin with tones, read as a phrase (纪录 jì lù, 银行 yín háng)."""
    from pypinyin import Style, lazy_pinyin

    return tuple(lazy_pinyin(word, style=Style.TONE))


def homophone_variant(
    term: str,
    known: Callable[[str], bool],
    spelled: Callable[[str], bool],
    frequency: Callable[[str], int] = lambda _w: 0,
) -> str | None:
    """The one spelling of ``term`` with a character swapped for a homophone whose word is
    ``known`` to the library and which a report ``spelled``, ``term`` far rarer than it in the
    general dictionary (``frequency``); None when there is none or more than one. The caller
    has made sure no report spells ``term`` itself."""
    if not (2 <= len(term) <= _LONGEST and _HAN.fullmatch(term)):
        return None
    found: set[str] = set()
    for i, ch in enumerate(term):
        pairs = [(j, j + 2) for j in (i - 1, i) if j >= 0 and j + 2 <= len(term)]
        for reading in _readings(ch):
            for other in _by_sound().get(reading, ()):
                if other == ch:
                    continue
                variant = term[:i] + other + term[i + 1 :]
                if any(
                    known(variant[a:b]) and _sound(variant[a:b]) == _sound(term[a:b])
                    for a, b in pairs
                ) and spelled(variant):
                    found.add(variant)
    if len(found) != 1:
        return None
    variant = found.pop()
    return variant if frequency(term) * _RARER <= frequency(variant) else None


def respelled(
    analysis: Analysis,
    known: Callable[[str], bool],
    anywhere: Callable[[Sequence[str]], bool],
    frequency: Callable[[str], int],
) -> Analysis:
    """``analysis`` with each required concept no report spells given its homophone variant
    (module docstring) as a further spelling, and the reading recorded."""
    out, readings = [], list(analysis.readings)
    for c in analysis.concepts:
        if c.required and not anywhere(c.alternatives):
            variant = homophone_variant(c.term, known, lambda v: anywhere((v,)), frequency)
            if variant:
                log.debug("homophone reading %s → %s", c.term, variant)
                c = replace(c, alternatives=(*c.alternatives, variant))
                readings.append((c.term, variant))
        out.append(c)
    if len(readings) == len(analysis.readings):
        return analysis
    added = tuple(r for _, r in readings[len(analysis.readings) :])
    terms = tuple(dict.fromkeys((*analysis.search_terms, *added)))
    return replace(analysis, concepts=tuple(out), search_terms=terms, readings=tuple(readings))
