"""Which sentences of a text mention a term: the candidates a judgement reads.

Kept apart from ``retrieval.evidence`` (how well a sentence covers the question) because
finding where a term stands is a concept of its own, shared by the fan-out
(``retrieval.fanout_sentences``) and the judge, and cheap: one regex pass per text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from retrieval.split_words import spellable, split_spans

_STOPS = "。！？；;!?\n"
# An ASCII "?" between two digits ends no sentence: web copies of reports lose the middle dot of
# a dated event name to the encoding (“12·20”事故 saved as “12?20”), and a question mark never
# stands inside a number in a report's own prose; cutting there hides the sentence's subject.
_SENTENCE_END = re.compile(r"[。！？；;!\n]|(?<![0-9])\?|\?(?![0-9])")


def sentence_ends(text: str) -> list[int]:
    """Where each sentence of ``text`` ends (after its stop)."""
    return [m.end() for m in _SENTENCE_END.finditer(text)]


def sentences_of(
    text: str, terms: Sequence[str], apart: Sequence[str] = (), ends: list[int] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text`` holding one of ``terms`` (or one of
    ``apart`` spelled apart, where the text never spells it whole: 普了一次法). Sentence
    ends are found once per text (one regex pass), not per mention: fan-out reads
    thousands of chunks (``ends``: already known). After a mention the search resumes at
    the end of its sentence: more mentions in the same sentence add nothing."""
    found: dict[int, int] = {}
    size = len(text)

    def sentence_at(pos: int) -> int:
        i = bisect_right(ends, pos)
        end = ends[i] if i < len(ends) else size
        found.setdefault(ends[i - 1] if i else 0, end)
        return end if end > pos else pos + 1

    for term in terms:
        pos = text.find(term)
        if pos >= 0 and ends is None:
            ends = sentence_ends(text)
        while pos >= 0:
            pos = text.find(term, sentence_at(pos))
    for word in apart:
        if word not in text and spellable(text, word):
            for s, _ in split_spans(text, word):
                if ends is None:
                    ends = sentence_ends(text)
                sentence_at(s)
    return sorted(found.items())
