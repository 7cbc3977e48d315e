"""The candidate sentences of a chunk in one pass over its text.

Fan-out reads one chunk per supporting report (~3 000 at 10 000 reports) and asks which of
its sentences hold a spelling or a part of a concept. ``evidence.sentences_of`` finds each
string on its own: a common part (法律 of 法律顾问) stands in nearly every sentence of such a
report, so every chunk paid one scan and a Python step per string and sentence. One
alternation of all the strings finds the leftmost mention of any of them; the scan resumes
at the end of that mention's sentence, exactly as the per-string loop does, so the
sentences found are the same (a sentence holds a mention of some string iff the scan stops
in it), and the Python work is one step per candidate sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from retrieval.evidence import sentence_ends, sentences_of
from retrieval.law_exams import apart_exam
from retrieval.literal_search import Literals
from retrieval.passages import is_heading
from retrieval.split_words import OBJECT_GAP, split_spans, verb_object, widest_gap
from retrieval.under_headings import said, sentences_under

_STOPS = "。！？；;!?\n"  # what ends a sentence (``term_sentences``)
# what a heading's number opens with (``reportqa.patterns``: 「一、」「（一）」「1.」「（1）」)
# (and any decimal digit, as ``\d`` matches)
_OPENS = frozenset("一二三四五六七八九十百零〇（(")


@lru_cache(maxsize=256)
def any_of(terms: tuple[str, ...]) -> re.Pattern:
    """One pattern for the strings (longest first: the position is what counts, and a
    shorter string never hides a longer one starting at the same place)."""
    return re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))


def candidate_sentences(
    text: str, terms: Sequence[str], apart: Sequence[str] = (), ends: list[int] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text`` holding one of ``terms`` (or one of
    ``apart`` spelled apart where the text never spells it whole): what
    ``evidence.sentences_of`` returns, found in one pass. ``ends``: the sentence ends of
    ``text``, when already known."""
    return Candidates(terms, apart)(text, ends)


class Candidates:
    """``candidate_sentences`` for one ask's strings, its patterns made once: fan-out asks
    it of every chunk it reads. Most chunks spell none of the spelled-apart words apart, so
    one scan of a pattern of all their apart spellings (a whole spelling excluded: the text
    then has the word and is not read for it) rules them all out before any word is
    tried on its own."""

    def __init__(
        self, terms: Sequence[str], apart: Sequence[str] = (), heads: Sequence[str] = ()
    ) -> None:
        self.terms, self.apart = tuple(terms), tuple(apart)
        # a heading holding one of ``heads`` makes the sentences under it candidates
        self.heads = Literals(tuple(heads)) if heads and "" not in heads else None
        self.plain = "" in self.terms  # an empty string is in every sentence: the plain loop
        # by find until the set has been searched often (``literal_search``), then compiled
        self.search = Literals(self.terms).search if self.terms and not self.plain else None
        self.words = tuple(w for w in dict.fromkeys(apart) if len(w) >= 2)
        self.gapped = LazySearch(self.words, WORD_BY_WORD_FIRST) if self.words else None
        # the words spelled apart only from their first character (``split_words._pattern``):
        # not a law exam's clause (``law_exams.APART``) nor a campaign's list of places
        self.at_first = frozenset(
            w for w in self.words if apart_exam(w) is None and "进" not in w[2:-1]
        )
        # when every word is: their first characters, looked for before the pattern of all
        # the words, where it pays: the pattern tries each word at every place its first
        # character stands (普法宣传's 16 spellings: 11 open with 法, in nearly every sentence
        # of a report on law), the look walks each first character once; with about one word
        # a character (政务公开's 4 words, 3 characters) the pattern is as cheap as the look
        firsts = tuple(dict.fromkeys(w[0] for w in self.words))
        many = len(self.words) >= 3 * len(firsts)
        self.firsts = firsts if many and len(self.at_first) == len(self.words) else ()
        # a heading's strings hold no sentence stop: a mention of one lies inside one
        # sentence, so searching the heading sentences alone finds the same ones
        self.heads_in_line = not any(c in h for h in heads for c in _STOPS)

    def __call__(
        self,
        text: str,
        ends: list[int] | None = None,
        headings: Sequence[tuple[int, int]] | None = None,
    ) -> list[tuple[int, int]]:
        """``headings``: the heading sentences of ``text`` (``heading_spans`` of these
        ``ends``), when the caller keeps them: only they are searched for ``heads``."""
        if self.plain:
            return sentences_of(text, self.terms, self.apart, ends)
        found: dict[int, int] = {}
        size = len(text)
        if self.heads is not None:
            if headings is not None and ends is not None and self.heads_in_line:
                if headings:
                    found.update(_under(text, ends, headings, self.heads.search))
            elif self.heads.search(text) is not None:
                ends = sentence_ends(text) if ends is None else ends
                found.update(sentences_under(text, ends, self.heads))
        search = self.search
        m = search(text) if search is not None else None
        if m is not None and ends is None:
            ends = sentence_ends(text)
        while m is not None:
            pos = m.start()
            i = bisect_right(ends, pos)
            end = ends[i] if i < len(ends) else size
            found.setdefault(ends[i - 1] if i else 0, end)
            m = search(text, end)  # type: ignore[misc]
        if self.gapped is None:
            return sorted(found.items())
        opens: dict[str, bool] = {}  # a first character standing in a sentence not found yet
        if (
            found
            and self.firsts
            and not any(_opens(text, c, ends, found, opens) for c in self.firsts)
        ):
            return sorted(found.items())  # no word can start in a sentence not found yet
        if self.gapped(text) is None:
            return sorted(found.items())
        has: dict[str, bool] = {}  # each character looked for once: the words share them
        for word in self.words:
            if word in text or not _spellable(text, word, has):
                continue
            if found and word in self.at_first and not _opens(text, word[0], ends, found, opens):
                continue  # every place it could start is in a sentence found already
            for s, _ in split_spans(text, word):
                if ends is None:
                    ends = sentence_ends(text)
                i = bisect_right(ends, s)
                found.setdefault(ends[i - 1] if i else 0, ends[i] if i < len(ends) else size)
        return sorted(found.items())


def heading_spans(text: str, ends: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """(start, end) of the sentences of ``text`` (cut at ``ends``) that are heading lines.
    A fact of the text alone: fan-out keeps it per chunk (``judging.judge_rows``), so a
    which-question looks for its heading strings in a chunk's few headings rather than in
    its whole text (most chunks have none or one). A heading opens with its number
    (``reportqa.patterns``) after nothing but blanks: a sentence opening with another
    character is none, and is not cut out to be tested."""
    out = []
    start = 0
    for end in (*ends, len(text)) if not ends or ends[-1] < len(text) else ends:
        if start < end:
            first = text[start]
            if (first in _OPENS or first.isdecimal() or first.isspace()) and is_heading(
                text[start:end]
            ):
                out.append((start, end))
        start = end
    return tuple(out)


def _under(
    text: str, ends: list[int], headings: Sequence[tuple[int, int]], search
) -> dict[int, int]:
    """``under_headings.sentences_under`` from the kept heading sentences: start → end of
    each sentence below a heading holding one of the strings ``search`` looks for, up to
    the next heading. The strings hold no sentence stop, so a heading holds a mention iff
    a mention starts in it, and a search bounded by the heading finds it."""
    found: dict[int, int] = {}
    size = len(text)
    heads = {s for s, _ in headings}
    for start, end in headings:
        if search(text, start, end) is None:
            continue
        while end < size:
            i = bisect_right(ends, end)
            nxt = ends[i] if i < len(ends) else size
            if end in heads:
                break
            if said(text[end:nxt]):  # no cut-off piece (``under_headings``)
                found.setdefault(end, nxt)
            end = nxt
    return found


@lru_cache(maxsize=256)
def gapped(words: tuple[str, ...]) -> re.Pattern:
    """Where any of ``words`` may be spelled apart, loosely: its characters in order within
    a line, not where the whole word starts, at most ``widest_gap`` between two characters of a
    longer word and anything after 了/过 in a two-character one (``split_words`` allows
    less, so no match here means no word is spelled apart anywhere; a match is checked word
    by word). Kept simple: it is compiled for each question's words.

    Its gaps are greedy: only whether it finds a place is ever read (``is None``), and a
    backtracking search finds one whether it tries a gap's lengths short first or long first
    (the order changes which match it returns, never whether one exists). A lazy gap makes
    ``re`` step into the rest of the pattern at every length it tries; a greedy gap followed
    by a character first takes all it may, then steps back only to where that character
    stands (``_sre``'s look-ahead for a literal after a repeat). 法 stands in nearly every
    sentence of a report on law and a topic has ~10 words opening with it: the same verdict
    on the bench's 40 994 texts at 3 000 reports, in 0.6–0.7× the time (perf82)."""
    branches = []
    for word in words:
        head, rest = re.escape(word[0]), re.escape(word[1:])
        if (exam := apart_exam(word)) is not None and exam.pattern not in branches:
            branches.append(exam.pattern)  # the law exam a clause on (``law_exams.APART``)
        if verb_object(word):  # 参加…考试: the object's modifiers between
            verb, obj = re.escape(word[:2]), re.escape(word[2:])
            branches.append(f"{verb}[^\\n]{{1,{OBJECT_GAP}}}{obj}")
        elif len(word) == 2:
            branches.append(f"{head}(?!{rest})(?:[了过][^\\n]*|[^\\n]){rest}")
        else:
            gap = f"[^\\n]{{0,{widest_gap(word)}}}"
            tail = "".join(gap + re.escape(c) for c in word[1:])
            branches.append(f"{head}(?!{rest}){tail}")
    return re.compile("|".join(branches))


# texts a spelled-apart search answers "maybe" for (the caller's word-by-word test then
# decides) before its pattern is compiled: see ``LazySearch``
WORD_BY_WORD_FIRST = 64


class LazySearch:
    """``gapped(words).search``, its pattern compiled on the first call. Compiling it costs
    ~0.1 ms a word (36 verbs of doing beside a verb: ~3 ms, where a fresh answer at 165
    reports costs 7–10 ms), and a question's spelled-apart search is often never run: it is read only in a
    text that lacks every whole spelling (and for a verb's list, that names the verb's
    object and no verb of doing). Profiled over fresh questions, 29 of 81 patterns made were
    never searched. The same search once made, so the same answers.

    ``after``: the first ``after`` calls answer True ("maybe") without compiling. The
    pattern is only a filter in front of an exact word-by-word test (``Candidates``,
    ``bounds._apart``) that finds nothing where it finds nothing, so skipping it never
    changes what is found; it pays only when it is asked often. Most searches are asked of
    one to three texts (fresh questions at 165 reports: 75 of 100 made were asked ≤ 3
    times), where the word-by-word test costs microseconds and the compile ~0.2–0.6 ms; it
    catches up with the compile after ~70–120 texts (7–14 words, measured on the chunks of
    165 reports), so at 10 000 reports, where a search is asked of thousands of chunks, it
    is compiled after the first ``after`` as before."""

    __slots__ = ("_after", "_search", "_words")

    def __init__(self, words: tuple[str, ...], after: int = 0) -> None:
        self._words = words
        self._search = None
        self._after = after

    def __call__(self, text: str):
        search = self._search
        if search is None:
            if self._after > 0:  # two threads may both count: a call more or less, no harm
                self._after -= 1
                return True
            search = self._search = gapped(self._words).search  # both compile: one cached
        return search(text)


def _opens(
    text: str, first: str, ends: Sequence[int] | None, found: dict[int, int], opens: dict[str, bool]
) -> bool:
    """Does ``first`` stand in a sentence of ``text`` not in ``found`` (start → end)? A word
    spelled apart from its first character adds only the sentence where it starts, so where
    every sentence holding that character is a candidate already, reading the word apart
    adds none. Reports name a topic's whole word in most sentences that spell it apart too
    (「开展普法宣传，…法治宣讲进村」), so at 10 000 reports most chunks read for the
    spelled-apart words had every such sentence found by the whole words: ~30 000 spelled-apart
    searches a question. Remembered per character (``opens``): the found sentences only grow,
    so a character found open may close, never the reverse — an open one is searched anyway."""
    got = opens.get(first)
    if got is not None:
        return got
    got = ends is None
    size = len(text)
    pos = -1 if got else text.find(first)
    while pos >= 0:
        i = bisect_right(ends, pos)  # type: ignore[arg-type]
        if (ends[i - 1] if i else 0) not in found:  # type: ignore[index]
            got = True
            break
        pos = text.find(first, ends[i] if i < len(ends) else size)  # type: ignore[index, arg-type]
    opens[first] = got
    return got


def _spellable(text: str, word: str, has: dict[str, bool]) -> bool:
    """``split_words.spellable``, remembering which characters ``text`` has: a character
    the text lacks costs a scan of the whole chunk, and spellings share characters (聘 of
    聘请, 选聘, 聘用)."""
    if len(word) < 2:
        return False
    for c in word:
        got = has.get(c)
        if got is None:
            got = has[c] = c in text
        if not got:
            return False
    return True
