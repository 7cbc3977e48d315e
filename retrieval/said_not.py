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
from retrieval.but_not import may_count_zero, zero_count
from retrieval.evidence import SUPPORT, Score, build_needs, match
from retrieval.passages import Sentence, headings_before, is_heading, sentence_chunk
from retrieval.polarity import NEGATOR
from retrieval.query import Analysis
from retrieval.split_words import split_span
from retrieval.term_sentences import sentence_ends

# 无 opens words of its own (无讼村, 无人机), but denies a happening after a span of the year or
# a clause's start (「全年无行政复议和行政诉讼案件」), and 无一 denies every one (「无一引发复议」)
_NEGATED = re.compile(
    rf"{NEGATOR}|(?:^|(?<=全年)|(?<=年内)|(?<=当年)|(?<=[，,。；;：:]))无"
    r"(?!偿|缝|差别|障碍|人机|讼|纸|线|证)(?=[\u4e00-\u9fff]{2})"
    r"|无一(?=引发|发生|起|件|例)"
)
_HAPPENED = ("发生", "出现", "发生过", "出现过")
# a clause stating a count (「办理行政复议案件1件」): a thing had, not work on it (「加强…工作」)
_COUNTED = re.compile(r"\d|[一二两三四五六七八九十]+[件起次个宗例]")
_CLAUSES = re.compile(r"[^，,；;。！？!?]+")


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
        # 「没有发生X」 asked positively is 「有发生X」: 发生 is the denial's own verb, and 「全年无X」
        # denies the same without it
        concepts = [c for c in analysis.concepts if c.required or c.term not in _HAPPENED]
        self.needs = build_needs(
            concepts,
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
        heading, _, sentence = text.rpartition("\n")
        if not _NEGATED.search(sentence):
            return self._counted_zero(heading, sentence)
        if self._done_beside(sentence):
            return 0.0
        # the sentence, else a negated clause of it alone (「加强行政复议应诉工作，全年无行政复议和
        # 行政诉讼案件」: the work on it named first is no case had)
        clauses = [c for c in _CLAUSES.findall(sentence) if _NEGATED.search(c)]
        for part in dict.fromkeys((sentence, *clauses)):
            plain = self.score(f"{heading}\n{_unnegated(part)}")
            if plain < SUPPORT or plain <= self.score(f"{heading}\n{part}"):
                continue
            said = _unnegated(part)  # 「没有A和B」: a denial of A alone denies no B
            if all(match(said, n) >= 1.0 for n in self.needs if n.concept.required):
                return plain
        return 0.0

    def _counted_zero(self, heading: str, sentence: str) -> float:
        """「全年安全生产事故0起」「零事故」: a happening counted zero is said not to have come,
        as 「未发生」 says (``but_not.zero_count``); the sentence's own score, when every
        required thing is named and one of them so counted."""
        if not may_count_zero(sentence):
            return 0.0
        zeroed = False
        for n in (n for n in self.needs if n.concept.required):
            spans = [(p, p + len(a)) for a in n.full if (p := sentence.find(a)) >= 0]
            spans += [s for a in n.full if (s := split_span(sentence, a, n.tagged, n.between))]
            if not spans:
                return 0.0
            zeroed = zeroed or any(zero_count(sentence, *s, inside=True) for s in spans)
        return max(self.score(f"{heading}\n{sentence}"), SUPPORT) if zeroed else 0.0

    def _done_beside(self, sentence: str) -> bool:
        """A clause with no negator names a required thing whole that no negated clause names
        (「全年未发生行政诉讼案件，办理行政复议案件1件」): the sentence reports that thing done,
        and denies only the rest. (「申报省级…示范村，…未能通过省级验收」 denies its 省级 too.)"""
        clauses = _CLAUSES.findall(sentence)
        denied = [_unnegated(c) for c in clauses if _NEGATED.search(c)]
        plain = [c for c in clauses if not _NEGATED.search(c) and _COUNTED.search(c)]
        return any(
            any(match(c, n) >= 1.0 for c in plain) and not any(match(c, n) >= 1.0 for c in denied)
            for n in self.needs
            if n.concept.required
        )

    def said_not_done(self, infos: Sequence[ReportInfo]) -> dict[str, Chunk]:
        """Report id → the sentence (a chunk of its own, an exact span of the report) in
        which that report says the thing was not done; each report of ``infos`` (some of
        the scope) with its first such sentence in reading order."""
        # a word spelled apart (安全|生产|事故 for 安全事故) is found by its parts
        required = [
            a for n in self.needs if n.concept.required for a in (*n.full, *(p for p, _ in n.parts))
        ]
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
