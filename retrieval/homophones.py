"""A word typed by pinyin with one character swapped for a homophone: 海棉城市 for 海绵城市.

Most users type Chinese through a pinyin input method: they spell the sound (haimian) and
pick a word from the candidates it offers, and a slip picks a homophone — 海棉 for 海绵,
纪录仪 for 记录仪. The typed word is then one no report writes, while its same-sound
spelling is a word of the library, and the question reads as asking about nothing.

So a required concept that no report of the library spells is read as its same-sound
variant when exactly one exists: one character replaced by another of the same pinyin
syllable (the tone unsaid, as the input method offers its candidates: 一窗统办 for 一窗通办,
stop 98), the two characters around the swap a word of the library's own vocabulary or a
pair its reports write (``Grounding.written``), pronounced as the typed pair (phrase-aware,
so a polyphone is read in its word), and the variant itself spelled by a report. A typed word any report writes is
never respelled (a homophone there is another word: 记录 is not 纪录 where both are
written), two candidate variants decide nothing, and the reading is recorded so the answer
says which word was searched (``Analysis.readings``).

A homophone of a word is often a word of its own (结核 beside 结合, 执业 beside 职业, 私法
beside 司法, 自燃 beside 自然, 公证 beside 公正): a user who types it means it, absent from
the library or not, and no test of the pair tells a slip from a meaning. A slip shows only
where the typed string is no word at all: so only a term of three characters or more that
the general dictionary does not hold (海棉城市, 纪录仪, 网格圆) is respelled, and only as a
one-swap variant of the WHOLE term that a report writes verbatim (海绵城市, 记录仪, 网格员);
a two-character word never is.

A report quotes a named practice inside its phrase (严格执行“第一议题”制度), so a slip in a
longer term (第一义题制度) has a variant no report writes verbatim although the library writes
it: the concept's own quote-placed spellings (“第一义题”制度) and its parts (第一义题) carry the
same swap, and the variant is attested when one of them, so respelled, is in a report. Each
respelled spelling joins the concept, so the sentence that quotes the name is found by it.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from retrieval.analysis import Analysis

log = logging.getLogger(__name__)

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LONGEST = 8  # a concept longer than this is a clause, not a word a slip made
_QUOTES = "“”‘’\"'「」"
_SHORTEST = 3  # a two-character string is a word of its own too often (结核, 执业, 私法)


@lru_cache(maxsize=1)
def _by_sound() -> dict[str, tuple[str, ...]]:
    """Every Han character by each of its syllables (the input method's candidates)."""
    from pypinyin.pinyin_dict import pinyin_dict

    by: dict[str, list[str]] = {}
    for code, readings in pinyin_dict.items():
        ch = chr(code)
        if _HAN.fullmatch(ch):
            for r in dict.fromkeys(_toneless(r) for r in readings.split(",")):
                by.setdefault(r, []).append(ch)
    return {r: tuple(chs) for r, chs in by.items()}


def _toneless(reading: str) -> str:
    """tǒng → tong: an input method offers its candidates by the syllable, tone unsaid."""
    return "".join(c for c in unicodedata.normalize("NFD", reading) if not unicodedata.combining(c))


def warm() -> None:
    """Load pypinyin's tables and the characters by sound now (0.3–0.45 s of CPU, ~55 MB):
    the service's explicit warm-up calls it, so the first question naming a term no report
    spells does not wait on them (perf84: the first ask of a 10 000-report bench did)."""
    _by_sound()
    _sound("法治")


def _readings(ch: str) -> tuple[str, ...]:
    from pypinyin.pinyin_dict import pinyin_dict

    said = pinyin_dict.get(ord(ch), "")
    return tuple(dict.fromkeys(_toneless(r) for r in said.split(",") if r))


@lru_cache(maxsize=4096)
def _sound(word: str) -> tuple[str, ...]:
    """``word`` as pinyin with tones, read as a phrase (纪录 jì lù, 银行 yín háng)."""
    from pypinyin import Style, lazy_pinyin

    return tuple(lazy_pinyin(word, style=Style.TONE))


def _syllables(word: str) -> tuple[str, ...]:
    """``word``'s syllables read as a phrase, tones dropped (统办 and 通办: tong ban)."""
    return tuple(_toneless(r) for r in _sound(word))


def same_sound(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are read alike, tones included (街到 and 街道)."""
    return _sound(a) == _sound(b)


def homophone_variant(
    term: str,
    known: Callable[[str], bool],
    spelled: Callable[[str], bool],
    frequency: Callable[[str], int] = lambda _w: 0,
) -> str | None:
    """The one spelling of ``term`` with a character swapped for a homophone whose word is
    ``known`` to the library and which a report ``spelled``, ``term`` no word of the general
    dictionary (``frequency`` 0); None when there is none or more than one. The caller has
    made sure no report spells ``term`` itself."""
    if not (_SHORTEST <= len(term) <= _LONGEST and _HAN.fullmatch(term)) or frequency(term):
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
                    known(variant[a:b]) and _syllables(variant[a:b]) == _syllables(term[a:b])
                    for a, b in pairs
                ) and spelled(variant):
                    found.add(variant)
    if len(found) != 1:
        return None
    return found.pop()


def respelled(
    analysis: Analysis,
    known: Callable[[str], bool],
    anywhere: Callable[[Sequence[str]], bool],
    frequency: Callable[[str], int],
) -> Analysis:
    """``analysis`` with each required concept no report spells given its homophone variant
    (module docstring) as a further spelling, and the reading recorded. The term tested is
    the concept with a neighbour the question says beside it (海棉|城市 → 海棉城市: the
    tokenizer cuts a slip into pieces), the swap falling in the concept."""
    out, readings = [], list(analysis.readings)
    concepts, q = analysis.concepts, analysis.question
    for i, c in enumerate(concepts):
        if c.required and not anywhere(c.alternatives):
            spelled = _spelled_as(c, anywhere, frequency)
            found = _whole_variant(c.term, _beside(concepts, i, q), known, spelled, frequency)
            if found:
                (whole, variant), own = found
                log.debug("homophone reading %s → %s", whole, variant)
                swapped = _swapped_forms(c, own, frequency)
                c = replace(c, alternatives=tuple(dict.fromkeys((*c.alternatives, own, *swapped))))
                readings.append((whole, variant))
        out.append(c)
    if len(readings) == len(analysis.readings):
        return analysis
    added = tuple(r for _, r in readings[len(analysis.readings) :])
    terms = tuple(dict.fromkeys((*analysis.search_terms, *added)))
    return replace(analysis, concepts=tuple(out), search_terms=terms, readings=tuple(readings))


def _swapped_forms(concept, variant: str, frequency: Callable[[str], int]) -> tuple[str, ...]:
    """The concept's other spellings (quote-placed, a part) with the one swap that turns its
    term into ``variant``: 「“第一义题”制度」 → 「“第一议题”制度」, 第一义题 → 第一议题. Only a
    spelling under the rule's own guard — three characters or more, no word of the general
    dictionary — is respelled: the part 时效 of 办案时效制度 is a word, and 实效 in a report says
    nothing about a slip."""
    term = concept.term
    diff = [k for k, (a, b) in enumerate(zip(term, variant, strict=True)) if a != b]
    if len(term) != len(variant) or len(diff) != 1:
        return ()
    at, old, new = diff[0], term[diff[0]], variant[diff[0]]
    out = []
    for alt in concept.alternatives:
        bare = "".join(ch for ch in alt if ch not in _QUOTES)
        if len(bare) < _SHORTEST or frequency(bare):
            continue
        start = term.find(bare) if bare else -1
        if alt == term or start < 0 or not start <= at < start + len(bare):
            continue  # a spelling away from the swap is no spelling of the variant
        seen = start - 1
        for k, ch in enumerate(alt):
            seen += ch not in _QUOTES
            if seen == at and ch == old:
                out.append(alt[:k] + new + alt[k + 1 :])
                break
    return tuple(out)


def _spelled_as(
    concept,
    anywhere: Callable[[Sequence[str]], bool],
    frequency: Callable[[str], int],
) -> Callable[[Sequence[str]], bool]:
    """``anywhere`` for a variant of the concept's term: the variant verbatim or one of the
    concept's own spellings with the same swap (module docstring). A spelling attests only
    under the rule's own guard: three characters or more, and no word of the general
    dictionary before the swap (``_swapped_forms``)."""

    def spelled(strings: Sequence[str]) -> bool:
        if anywhere(strings):
            return True
        forms = [
            f
            for v in strings
            if len(v) == len(concept.term)
            for f in _swapped_forms(concept, v, frequency)
        ]
        return bool(forms) and anywhere(forms)

    return spelled


def _beside(concepts: Sequence, i: int, q: str) -> list[tuple[str, str]]:
    """The concept's term alone and with each neighbour the question writes next to it, as
    (before, after) around the term."""
    term = concepts[i].term
    spans = [("", "")]
    if i > 0 and concepts[i - 1].term + term in q:
        spans.append((concepts[i - 1].term, ""))
    if i + 1 < len(concepts) and term + concepts[i + 1].term in q:
        spans.append(("", concepts[i + 1].term))
    return spans


def _whole_variant(
    term: str,
    spans: list[tuple[str, str]],
    known: Callable[[str], bool],
    anywhere: Callable[[Sequence[str]], bool],
    frequency: Callable[[str], int],
) -> tuple[tuple[str, str], str] | None:
    """((the whole typed term, its variant), the concept's part of the variant) for the first
    span whose whole term has a variant with the swap inside ``term``."""
    for before, after in spans:
        whole = before + term + after
        variant = homophone_variant(whole, known, lambda v: anywhere((v,)), frequency)
        if variant and variant.startswith(before) and variant.endswith(after):
            return (whole, variant), variant[len(before) : len(variant) - len(after)]
    return None
