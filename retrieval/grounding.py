"""Question words measured against the library: which of them can decide anything.

A question word no report of the library uses cannot tell reports apart; the short forms of
everyday speech (志愿队, 执法仪) find the long spelling the reports use. See
``docs/evidence.md`` (everyday wording).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from retrieval.catalog import Catalog
from retrieval.clause_examples import stands_for
from retrieval.kind_modifier import names_kind
from retrieval.pivots import PIVOT
from retrieval.polarity import is_reversing
from retrieval.query import GENERIC_NOUNS, Analysis, Concept

# verbs, adverbs, prepositions, conjunctions, particles, pronouns, interjections, and place
# words (s: 村里, 门口, and jieba's guess for spoken verbs such as 兜底) that say where, not what
_SPOKEN_FLAGS = ("v", "d", "p", "c", "u", "r", "y", "e", "o", "s")


# what may follow the object that ends a clause: punctuation, the end, a particle or 的
# (never 了/过: a verb with an aspect after it is the clause's predicate, 「法律顾问配齐了」)
# what parts the sides of a disjunction in a concept's term: 「A/B」, and a relation's 「A、B」
_SIDES = re.compile(r"[/、]")
_CLAUSE_END = re.compile(r"(?:$|[，,。？?！!；;、\s]|的|吗|呢|吧|啊|等)")


def _event_noun(
    analysis: Analysis, term: str, tagged: Callable[[str], list[tuple[str, str]]]
) -> bool:
    """「开展了行政复议听证」「建了法治积分超市」: a verb-tagged word of two characters or more that
    ends the object of an earlier verb, right after the nouns of that object, names the event
    itself (a verb used as the head of a noun phrase), not the asker's framing — which is the
    verb before the object (晒政务信息, 拿去汇报) or the predicate after its subject
    (「法律顾问配齐了」). A thing no report spells must make the answer 「未提及」."""
    if len(term) < 2:
        return False
    q = analysis.question
    at = q.find(term)
    if at <= 0 or not _CLAUSE_END.match(q, at + len(term)):
        return False
    before, nouns = q[:at], 0
    while True:  # the object's nouns: the other things asked, right before the word
        longest = max(
            (o.term for o in analysis.concepts if o.term != term and before.endswith(o.term)),
            key=len,
            default="",
        )
        if len(longest) < 2:
            break
        before, nouns = before[: -len(longest)], nouns + 1
    words = tagged(before)
    while words and words[-1][0] in ("了", "过"):
        words.pop()
    return nouns > 0 and bool(words) and words[-1][1] == "v" and words[-1][0] not in PIVOT


class Grounding:
    def __init__(
        self,
        library: Catalog,
        simple: Callable[[int], str],
        rows_with: Callable[[Sequence[str]], np.ndarray],
        holds: Callable[[str, np.ndarray], np.ndarray],
    ) -> None:
        self._lib = library
        self._simple = simple  # chunk row -> simplified text (cached by the retriever)
        self._rows_with = rows_with
        self._holds = holds  # (string, rows) -> whether each row's simplified text holds it
        self._cache: dict = {}

    def forget(self) -> None:
        """The library changed: what was kept of its text is no longer its text."""
        self._cache = {}

    def grounded(self, analysis: Analysis) -> Analysis:
        """A spoken verb, adverb or function word that no report of the library uses (得先,
        拿去, 趁着: report prose never says them) cannot tell reports apart, so it leaves the
        need. A noun-like word no report has stays, known to jieba (村规民约) or not (a new
        coinage made of a noun and a verb, or of three characters or more): it is what was
        asked about, and its absence must make the answer 「未提及」, never leave a generic
        word beside it to decide. So does a compound whose prefix or head a report has
        (执法证 ~ 执法资格证 through 执法), and a quoted phrase."""
        kept = []
        made_required: set[str] = set()
        # a word the user's examples stand for (开会前 of 「开会前先学法，比如党委会学法」) is
        # what they illustrate: said through them when a report writes one (``clause_examples``)
        through = {
            t
            for e in analysis.concepts
            if e.examples_of and self._anywhere(e.alternatives)
            for t in stands_for(e, analysis.concepts)
        }
        terms_asked = [e.term for e in analysis.concepts]
        tagged = self._lib.tokenizer.tagged
        for c in analysis.concepts:
            if (
                not c.required
                and (
                    _event_noun(analysis, c.term, tagged)
                    or names_kind(analysis.question, c.term, terms_asked, tagged)  # 殡葬|改革
                )
                and not self._anywhere(c.alternatives)
            ):  # 听证 of 行政复议听证, in no report: the thing asked, never a framing verb
                c = replace(c, required=True)
                made_required.add(c.term)
            if c.required and not self._anywhere(c.alternatives):
                stretched = self._stretched(c.term)
                if stretched:
                    c = replace(c, alternatives=(*c.alternatives, *stretched))
                elif c.together:  # a side of 「把法治表现跟考核挂钩」 no report spells: the
                    # word it is about (法治, its first part) names it, as it did before it
                    # became a side; its bare kind (表现) names nothing
                    parts = [p for p in self._affixes(c.term) if c.term.startswith(p)]
                    c = replace(c, alternatives=(*c.alternatives, *parts))
            if c.required:
                c = self._sides_stretched(c)
            if (
                c.term in analysis.quoted
                or is_reversing(c.term)  # 放弃 in no report: still what is asked (``polarity``)
                or "/" in c.term  # 「A或者B」: the user named the thing twice
                or c.term in through
                or (c.required and not self._spoken_only(c.term))
                or (c.required and c.term in made_required)
                or self._anywhere(c.alternatives)
                or self._anywhere(self._affixes(c.term))
            ):
                kept.append(c)
        if tuple(kept) == analysis.concepts:
            return analysis
        if any(c.required for c in analysis.concepts) and not any(c.required for c in kept):
            return (
                analysis  # 「开展了述法」: the only topic word is in no report; no verb stands in
            )
        terms = tuple(dict.fromkeys(t for c in kept for t in (c.term, *c.alternatives[:3])))
        return replace(analysis, concepts=tuple(kept), search_terms=terms)

    def _sides_stretched(self, c: Concept) -> Concept:
        """「政绩考核或者绩效考评」: each side of a disjunction is a name of its own, spelled by
        the reports or not whatever the other side is; a side no report spells gets the
        report's longer spelling (绩效综合考评) as it would asked alone."""
        sides = [s for s in _SIDES.split(c.term) if len(s) >= 2]
        if len(sides) < 2:
            return c
        more = [f for s in sides if not self._anywhere((s,)) for f in self._stretched(s)]
        fresh = tuple(f for f in dict.fromkeys(more) if f not in c.alternatives)
        return replace(c, alternatives=(*c.alternatives, *fresh)) if fresh else c

    def _spoken_only(self, term: str) -> bool:
        """Only verbs, adverbs and function words (every part tagged so), short, and not a
        dictionary noun: the kind of word that frames an action rather than names a thing."""
        tok = self._lib.tokenizer
        if len(term) >= 3 and not tok.is_word(term):
            return False
        flags = [f for _, f in tok.tagged(term)]
        return bool(flags) and all(f != "vn" and f.startswith(_SPOKEN_FLAGS) for f in flags)

    def anywhere(self, strings: Sequence[str]) -> bool:
        """Does any report of the library spell one of ``strings``? (for the readers of a
        question beside this one: ``retrieval.homophones``)"""
        return self._anywhere(strings)

    def written(self, word: str) -> bool:
        """Is ``word`` a token of the index, or a pair of characters some report writes (通办 of
        一窗通办, which the index holds only as characters)? The homophone reading's test that
        the characters around a swap are the library's own (``retrieval.homophones``)."""
        lex = self._lib.lexical
        if lex.chunk_count(word) > 0:
            return True
        if len(word) != 2 or lex.bigrams.version != lex.version:
            return False
        got = lex.bigrams.candidates(word)
        return got is not None and bool(got[0].size)

    def _anywhere(self, strings: Sequence[str]) -> bool:
        """Does any report of the library spell one of ``strings``? (stops at the first)
        A fact of the library's text, kept per index version like ``_stretched``: every
        question tests its concepts here, and the same concepts recur."""
        key = ("anywhere", tuple(strings), self._lib.lexical.version)
        got = self._cache.get(key)
        if got is None:
            if len(self._cache) > 256:
                self._cache.clear()
            got = self._cache[key] = self._spelled(strings)
        return got

    def _spelled(self, strings: Sequence[str]) -> bool:
        """Does a row holding one of the strings' index tokens spell one of them? A string no
        report spells whose tokens are common (法律 of 法律明白人卡) has every row holding a
        token read for it: at 10 000 reports some 100 000 rows, one Python step each. The
        retriever's substring answers (``substring_rows``) read them in bulk, settle most
        through the character-pair index and are kept per string for the fan-out that
        asks again."""
        tokens = [t for a in strings for t in self._lib.tokenizer.index_tokens(a)]
        if not tokens:
            return False
        rows = np.nonzero(self._lib.lexical.holding_any(tokens))[0]
        return any(bool(self._holds(a, rows).any()) for a in dict.fromkeys(strings))

    def written_anywhere(self, strings: Sequence[str]) -> bool:
        """``anywhere``, and a string whose index tokens the index does not hold (一窗通办,
        cut into characters) found by its character pairs: whether a report writes a homophone
        reading's variant verbatim (``homophones``: whether a typed term needs reading at all,
        and whether its variant is written). Not the test of whether a question's word is
        grounded — a string jieba cuts across (被评 of 被评为) is no word of the report."""
        return self.anywhere(strings) or any(
            bool(self._holds(a, self._pair_rows((a,))).any()) for a in dict.fromkeys(strings)
        )

    def _pair_rows(self, strings: Sequence[str]) -> np.ndarray:
        """The rows the character-pair index says may hold one of ``strings``: a string whose
        index tokens are all single characters (no word of the index) is found by its pairs."""
        lex = self._lib.lexical
        if lex.bigrams.version != lex.version:
            return np.zeros(0, dtype=int)
        found = [got[0] for a in strings if (got := lex.bigrams.candidates(a)) is not None]
        return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=int)

    def _stretched(self, term: str) -> tuple[str, ...]:
        """The report's longer spelling of a short compound no report uses: its first word,
        one or two characters more, then the rest (志愿队 → 志愿服务队, 执法证 → 执法资格证).
        A Chinese short form keeps the compound's first word and its kind."""
        words = [p for p in self._affixes(term) if term.startswith(p) and len(p) < len(term)]
        if not words or len(term) > 5:
            return ()
        head = max(words, key=len)
        rest = term[len(head) :]
        key = ("stretch", term, self._lib.lexical.version)
        if key not in self._cache:
            if len(self._cache) > 256:
                self._cache.clear()
            pattern = re.compile(rf"{re.escape(head)}[\u4e00-\u9fff]{{1,2}}?{re.escape(rest)}")
            counts: dict[str, int] = {}
            # the spelling is a fact of the language: the first chunks holding the word suffice
            for r in self._rows_with([head]).tolist()[:2000]:
                for m in pattern.finditer(self._simple(r)):
                    counts[m.group(0)] = counts.get(m.group(0), 0) + 1
            self._cache[key] = tuple(sorted(counts, key=lambda f: -counts[f])[:3])
        return self._cache[key]

    def _affixes(self, term: str) -> list[str]:
        return [
            p
            for p in self._lib.tokenizer.index_tokens(term)
            if p != term
            and len(p) >= 2
            and p not in GENERIC_NOUNS
            and (term.startswith(p) or term.endswith(p))
        ]
