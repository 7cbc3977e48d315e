"""What a question asks, as the analyzer reads it without an LLM: its shape (which units,
a comparison, one unit's fact), the units, county and years that scope it, and the topic's
concepts. Every answering path reads this one frozen record, so a reading is made once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from reportqa.answer import Kind
from retrieval.concept import Concept


@dataclass(frozen=True)
class Analysis:
    question: str
    kind: Kind  # which | compare | fact: the shape of the answer
    townships: tuple[str, ...] = ()
    counties: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    concepts: tuple[Concept, ...] = ()
    quoted: tuple[str, ...] = ()
    search_terms: tuple[str, ...] = field(default=())
    levels: tuple[str, ...] = ()  # 「哪些乡镇」 asks about township-level reports only
    excluded: tuple[str, ...] = ()  # 「除了A镇以外」「A镇之外」: units left out of the scope
    genre: str | None = None  # the report genre the question names as a locator
    number: bool = False  # 「哪几份报告给出了X的具体数字」: only a count of X answers
    # (user's word, library word) a word no report writes was read as (``retrieval.morphemes``)
    readings: tuple[tuple[str, str], ...] = ()

    @property
    def topic(self) -> str:
        """The need as shown to the user; a word inside another word shown (法治 and 教育 of
        法治教育) is said once, by the longer word."""
        terms = [c.term for c in self.concepts if c.required] or [c.term for c in self.concepts]
        return "".join(t for t in terms if not any(t != o and t in o for o in terms))

    def widened(self, concepts: Sequence[Concept], added: Sequence[str]) -> Analysis:
        """The concepts with the spellings the library writes for them; each new spelling is also
        searched (once), or the chunks that write only it would never be read."""
        if not added:
            return self
        terms = tuple(dict.fromkeys((*self.search_terms, *added)))
        return replace(self, concepts=tuple(concepts), search_terms=terms)
