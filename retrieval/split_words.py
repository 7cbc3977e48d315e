"""A word a sentence spells apart: 普了一次法, 送法进企业, 持有执法证上岗.

Chinese grammar splits words that a question (or another report) writes whole: a
verb–object word takes 了/过 and a quantity between its halves (普法 → 普了一次法), a
verb–complement takes its object inside (送进 → 送法进), and a set phrase takes a fuller
word for one of its characters (持证上岗 → 持有执法证上岗, 法律送进 → 法律知识送进). So a
word counts as mentioned when its characters stand in order inside one clause with only a
few characters between them: for a two-character word one character, or 了/过 with a
quantity; for a longer word at most ``GAP`` characters in all, or a short modifier between
two of its dictionary words (``retrieval.term_words``: 党政主要负责人年度述法).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from retrieval.event_names import event_spans
from retrieval.law_exams import apart_exam
from retrieval.term_words import WORD_GAP, between_spans, boundaries, fits, words_of

GAP = 3  # characters inserted into a word of three or more characters, in all
# a verb of taking part or holding an event, written as one word with its object (参加考试,
# 召开会议, 开展活动): the object takes its modifiers between them (参加年度法治理论网上考试,
# 召开党委理论学习中心组会议, 开展“宪法进万家”宣传活动), so the gap is the object's own
# length, within one clause. Only verbs that never begin a noun compound (not 实施方案,
# 组织生活, 执行情况)
EVENT_VERBS = frozenset("参加 参与 开展 举办 举行 召开 进行 签订".split())
OBJECT_GAP = 16
_CJK = "\u4e00-\u9fff"
_GAP_CHAR = (
    r"[^\W\d_a-zA-Z和与及或并同、]"  # a Chinese character, not a coordinator (法治宣传和体检)
)
_AMOUNT = r"(?:多少|几|[0-9０-９]+|[一二两三四五六七八九十百千]+)"  # as question_scope's


def verb_object(word: str) -> bool:
    """An event verb and its two-character object written as one word (参加考试)."""
    return len(word) == 4 and word[:2] in EVENT_VERBS


@lru_cache(maxsize=8192)
def _pattern(word: str) -> re.Pattern:
    if verb_object(word):
        verb, obj = re.escape(word[:2]), re.escape(word[2:])
        modifier = f"[{_CJK}0-9０-９“”‘’《》「」]"  # a campaign's quoted name too
        return re.compile(rf"{verb}({modifier}{{0,{OBJECT_GAP}}}?){obj}")
    if len(word) == 2:
        a, b = (re.escape(c) for c in word)
        return re.compile(rf"{a}(?:(?:了|过)(?:{_AMOUNT}[{_CJK}]?)?的?|{_GAP_CHAR}){b}")
    chars = [re.escape(c) for c in word]
    gap = widest_gap(word)
    return re.compile(chars[0] + "".join(rf"({_GAP_CHAR}{{0,{gap}}}?){c}" for c in chars[1:]))


def widest_gap(word: str) -> int:
    """The most characters one gap of ``word`` may hold: a word-level insertion of
    ``term_words`` is longer than the characters-apart reading allows."""
    return max(GAP, WORD_GAP) if len(word) >= 4 else GAP


@lru_cache(maxsize=8192)
def _near(word: str) -> re.Pattern:
    """A looser pattern than ``_pattern(word)``: its characters in order within a line,
    any characters between where ``_pattern`` allows only some. ``_pattern``'s classes
    (a Chinese character, a measure word after a number, a campaign's quoted name) never
    hold a line break, so every text ``_pattern`` finds this finds too, and where this finds
    nothing ``_pattern`` need not be made. Why: ``_pattern``'s character classes are
    compiled for each new word (sre fills a 64k-entry map for the range of Chinese
    characters: ~0.5 ms a word, a tenth of a fresh answer), and of the new words a fresh
    question tries in a text that has their characters, three in four are spelled apart
    nowhere in it, as this sees (profiled over the bench's fresh questions, 165 reports);
    this pattern holds no class but ``[^\n]`` and costs a few hundredths of that."""
    chars = [re.escape(c) for c in word]
    if verb_object(word):
        return re.compile(rf"{chars[0]}{chars[1]}[^\n]{{0,{OBJECT_GAP}}}?{chars[2]}{chars[3]}")
    if len(word) == 2:  # 了/过 and what follows (an amount, a measure word, 的), or one character
        return re.compile(rf"{chars[0]}(?:[了过][^\n]*?|[^\n]){chars[1]}")
    return re.compile(chars[0] + "".join(rf"[^\n]{{0,{widest_gap(word)}}}?{c}" for c in chars[1:]))


# a campaign X进Y whose places are listed (「法治课堂进机关、进农村、进校园」): each 进 after the
# first takes the subject before the first; an item is a short place name
_ITEM = r"[^、，。；;,\n进]{1,6}"


@lru_cache(maxsize=1024)
def _listed(word: str) -> re.Pattern | None:
    """The campaign ``word`` (X进Y) as a list writes it: X (with a few characters of its own
    after it, 法治|课堂), its first place, more places each led by 进, and 进Y among them."""
    stem, _, place = word.partition("进")
    if len(stem) < 2 or not place:
        return None
    return re.compile(
        rf"{re.escape(stem)}{_GAP_CHAR}{{0,{GAP}}}?进{_ITEM}(?:、进{_ITEM})*?、进{re.escape(place)}"
    )


def list_cue(term: str) -> str:
    """The string every list holding the campaign ``term`` (X进Y) writes: 、进Y; or ""."""
    stem, _, place = term.partition("进")
    return f"、进{place}" if len(stem) >= 2 and place and "/" not in term else ""


def listed_in(text: str, spellings: Sequence[str]) -> bool:
    """Some campaign spelling stands in a list of places in ``text`` (``_listed``)."""
    return any((p := _listed(a)) is not None and p.search(text) for a in spellings)


def split_spans(text: str, word: str, between: bool = False) -> Iterator[tuple[int, int]]:
    """Where ``text`` spells ``word`` apart (its characters in order, a few between), or a
    campaign's list of places holds it (``_listed``)."""
    if not spellable(text, word):
        return
    if between:  # a quoted term: only a modifier between its words (``term_words``)
        yield from between_spans(text, word)
        return
    if (exam := apart_exam(word)) is not None:  # 学法…，考试成绩 (``law_exams.APART``)
        yield from (m.span() for m in exam.finditer(text))
    yield from event_spans(text, word)  # 帆船赛 in 帆船巡回对抗赛 (``event_names``)
    if "进" in word[2:-1] and "、进" in text and (listed := _listed(word)) is not None:
        yield from (m.span() for m in listed.finditer(text))
    if _near(word).search(text) is None:  # not even loosely: ``_pattern`` is not made
        return
    pattern = _pattern(word)
    first = pattern.search(text)
    if first is None:  # nowhere at all: most texts, one scan instead of many
        return
    # the leftmost start: ``match`` fails at every earlier one (the search tried each), and
    # the pattern opens with ``word[0]``, so the walk from here meets the same starts
    pos = first.start()
    while pos >= 0:  # every start: a near miss must not hide a later mention
        m = pattern.match(text, pos)
        if m and (len(word) == 2 or verb_object(word) or _apart_fits(word, m.groups())):
            yield m.start(), m.end()
        pos = text.find(word[0], pos + 1)


def _apart_fits(word: str, gaps: tuple[str, ...]) -> bool:
    """Characters a few apart (``GAP`` in all), or a modifier between its words (``fits``)."""
    return sum(map(len, gaps)) <= GAP or fits(word, gaps)


def split_span(
    text: str,
    word: str,
    tagged: Callable[[str], list[tuple[str, str]]] | None = None,
    between: bool = False,
) -> tuple[int, int] | None:
    """The first place ``text`` spells ``word`` apart, or None. The caller has looked for
    the whole word first. Given a tagger, a place where the word's first half runs into
    another word before 的 is none (``inside_word``). ``between``: a quoted term, read only
    with a modifier between its words."""
    if not spellable(text, word):
        return None
    spans = split_spans(text, word, between)
    return next((s for s in spans if tagged is None or not inside_word(text, *s, tagged)), None)


def inside_word(
    text: str, start: int, end: int, tagged: Callable[[str], list[tuple[str, str]]]
) -> bool:
    """「依法治国的决策部署」 spells no 依法决策: the characters before 的 make one dictionary
    word (依法治国) of which the asked word's first half is only a piece, so 的 ends that
    word's phrase, and what follows is another thing. 「法律法规知识的宣传」 is 法律法规宣传:
    法律法规|知识 are two words, the topic of the activity after 的."""
    piece = text[start:end]
    de = piece.find("的")
    if de <= 0:
        return False
    words = [w for w, _ in tagged(piece[:de])]
    return len(words) == 1 and len(words[0]) > 2


def spellable(text: str, word: str) -> bool:
    """Every character of ``word`` stands in ``text``: the test that rules out nearly every
    word at once (fan-out asks it for every spelling of every concept in thousands of
    sentences, so it is a plain loop, not a generator)."""
    if len(word) < 2:
        return False
    for c in word:  # noqa: SIM110 (a generator costs more than the test)
        if c not in text:
            return False
    return True


def side_tokens(term: str, tokens: Callable[[str], list[str]]) -> list[tuple[str, str]]:
    """(alternative, token) for each alternative of ``term`` (「法治讲座/法治讲堂」: each side
    has its own parts, 讲座 and 讲堂; read whole, 讲座 stands inside and was no part)."""
    sides = term.split("/") if "/" in term else [term]
    return [(side, p) for side in sides for p in dict.fromkeys(tokens(side))]


def read_apart(term: str, quoted: Sequence[str]) -> bool:
    """May ``term`` count where a report writes it apart? A term the user wrote freely, yes;
    a quoted one only when it is made of several words (``term_words``): the user quotes
    the words and their order, and a report's year word or place between two of them
    (「“党政主要负责人述法”」, 党政主要负责人年度述法) is no other wording."""
    return term not in quoted or bool(boundaries(term))


def held_whole(term: str, spellings: Sequence[str]) -> list[str]:
    """For a term of several words (``term_words``) that has no parts of its own (a quoted
    one), the longest dictionary word of each spelling: what a report writing it apart
    between its words still writes whole (the cue a chunk is looked up by). Nothing for a
    term of one word: its characters-apart readings have their own cues."""
    if not boundaries(term):
        return []
    return [max(words_of(a), key=len) if boundaries(a) else a for a in spellings]
