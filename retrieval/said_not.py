"""Which reports say in so many words that a thing was NOT done (尚未开展X, 还没有聘请X)?

The evidence judge (``retrieval.evidence``) rightly refuses a mention under a negation as
support: 「尚未建立X」 is no report of X. A question asked the negative way (「哪些乡镇没有
X」, ``retrieval.polarity``) needs exactly those sentences: a report that writes 「尚未开展
宪法宣传」 states the answer, and one silent on X states nothing. A sentence says X was not
done when it would support X were its negator gone, and does not with it: the negation is
what decides it. The negators read are those of a deed (尚未, 未能, 没有, 还没, 暂未…); 无 and
缺 are left out, as they open words of their own (无讼村, 无人机, 缺位).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.evidence import SUPPORT, Score, build_needs
from retrieval.passages import Sentence, headings_before, is_heading, sentence_chunk
from retrieval.polarity import NEGATOR
from retrieval.query import Analysis
from retrieval.term_sentences import sentence_ends

_NEGATED = re.compile(NEGATOR)


def _unnegated(sentence: str) -> str:
    """The sentence with its negators blanked (same length): what it says, said positively."""
    return _NEGATED.sub(lambda m: " " * len(m.group(0)), sentence)


class Denials:
    """The question's need (asked positively) over the reports of ``infos``, and the test of
    one sentence against it: does it deny the thing rather than report it?"""

    def __init__(self, retriever, analysis: Analysis, infos: Sequence[ReportInfo]) -> None:
        self.retriever = retriever
        self.mask = retriever._mask(infos)
        tok = retriever.lib.tokenizer
        self.needs = build_needs(
            analysis.concepts,
            tok.index_tokens,
            lambda strings: retriever.report_df(strings, self.mask),
            max(1, len(infos)),
            analysis.quoted,
            to_simplified(analysis.question),
            tok.tagged,
        )
        self.score = Score(self.needs)

    def denies(self, text: str) -> float:
        """The sentence's score said positively, when a negator in it is what keeps the
        need from it (「未能通过验收」: 通过 under 未能); else 0. ``text`` is simplified and
        read under its heading."""
        if not _NEGATED.search(text[text.rfind("\n") + 1 :]):
            return 0.0
        heading, _, sentence = text.rpartition("\n")
        plain = self.score(f"{heading}\n{_unnegated(sentence)}")
        return plain if plain >= SUPPORT and plain > self.score(text) else 0.0

    def said_not_done(self, infos: Sequence[ReportInfo]) -> dict[str, Chunk]:
        """Report id → the sentence (a chunk of its own, an exact span of the report) in
        which that report says the thing was not done; each report of ``infos`` (some of
        the scope) with its first such sentence in reading order."""
        required = [a for n in self.needs if n.concept.required for a in n.full]
        terms = list(dict.fromkeys(required or [a for n in self.needs for a in n.full]))
        if not infos or not terms:
            return {}
        retriever = self.retriever
        wanted = {i.report_id for i in infos}
        found: dict[str, Chunk] = {}
        chunks = retriever.lib.chunks
        for r in retriever._rows_with(terms, self.mask).tolist():
            chunk = chunks[r]
            if chunk.report_id in found or chunk.report_id not in wanted:
                continue
            text, path = retriever.simple(r), retriever.heading(r)
            start = 0
            for end in (*sentence_ends(text), len(text)):
                sentence = text[start:end]
                if sentence.strip() and not is_heading(sentence):
                    plain = self.denies(f"{headings_before(path, text, start)}\n{sentence}")
                    if plain:
                        found[chunk.report_id] = sentence_chunk(
                            chunk, Sentence(r, start, end, plain)
                        )
                        break
                start = end
        return found
