"""The count bound to the thing a how-many question names, in the report's own words.

「多少场法治讲座」 over a report writing both 「举办市政府专题法律讲座3次」 and 「机关干部法治讲座
(培训、报告会)3390场」: both sentences carry a count and a spelling of the topic, and the shorter
one ranked first. What answers is the count the report binds to the asked noun itself: a
report counts a deed by writing the count right after its noun (「法治讲座28场」, 「法治讲座共计
12场」) or right before it (「举办12场法治讲座」), and an alternative spelling (专题法律讲座) is
another line of its tally, often a narrower kind. A bracketed aside between the noun and its
count (「法治讲座(培训、报告会)3390场」) lists what the noun takes in, so it leaves them bound.

Only the question's own spelling binds (a required concept whose term the question writes),
and only a count in the asked measure's class (``retrieval.measures``: 场 ~ 次): a sentence
binding a count to the asked word then ranks before one that does not, among sentences that
carry a count at all (``extractive.Quoter``, ``fact``). The sentence must still hold every
other required concept in some spelling: 「法律援助…多少件案件」 is not answered by 「行政复议案件71宗」,
where 案件 is bound but the deed is another. A measure word with no number before the noun is
no count of it: 「万元GDP水耗10.5吨」「每万元GDP能耗」 give a ratio per unit of GDP, whose
figure is of water or energy, never the GDP asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportqa.text import to_simplified
from retrieval.concept import Concept
from retrieval.measures import QUANTITY, counts_with, is_measure_word

# what a report writes between a noun and its count: an aside in brackets (what the noun
# takes in), a word of totalling or of about (共计, 累计, 达, 近)
_ASIDE = re.compile(
    r"\s*(?:[（(][^（）()。；;]{0,30}[）)])?\s*(?:共计|累计|合计|总计|共|计|达|近|超|逾)?\s*"
)
_SENTENCE = re.compile(r"[。；;！？!?]")
# before the noun: the count and its measure word, a word of kind (专题, 场) at most between
_BEFORE = r"[\u4e00-\u9fff]{0,2}"
# a count has a number: 「万元」 alone before a noun (万元GDP) is the unit of a ratio
_NUMBER = re.compile(r"[0-9０-９.一二两三四五六七八九十百千]")


def asked_spellings(concepts: Sequence[Concept], question: str) -> tuple[str, ...]:
    """The required concepts' terms the question writes itself (法治讲座 of 「多少场法治讲座」),
    two characters or more and no measure word: the spellings a count may be bound to."""
    q = to_simplified(question)
    return tuple(
        c.term
        for c in concepts
        if c.required and len(c.term) >= 2 and c.term in q and not is_measure_word(c.term)
    )


class BoundCount:
    """The test of ``binds_count`` for one question: made once per ask; false for every
    sentence when no count is asked or the question writes no spelling of its own."""

    def __init__(self, concepts: Sequence[Concept], question: str, measure: str = "") -> None:
        self.spellings = asked_spellings(concepts, question)
        self.required = [(c.term, *c.alternatives) for c in concepts if c.required]
        self.measure = measure

    def __bool__(self) -> bool:
        return bool(self.spellings)

    def __call__(self, text: str) -> bool:
        """Within one sentence: a quote read on into the next one's figures
        (``sentences.with_figures``) does not bind the first's words to the second's count."""
        return any(map(self._binds, _SENTENCE.split(to_simplified(text))))

    def _binds(self, t: str) -> bool:
        if not all(any(a in t for a in spelled) for spelled in self.required):
            return False  # the asked word bound, the deed another
        return binds_count(t, self.spellings, self.measure)


def binds_count(text: str, spellings: Sequence[str], measure: str = "") -> bool:
    """Does ``text`` bind a count (in ``measure``'s class, any measure when '') to one of
    ``spellings``: right after it, past a bracketed aside or a word of totalling, or right
    before it?"""
    if not spellings:
        return False
    t = to_simplified(text)
    count = counts_with(measure) if measure else QUANTITY
    for term in spellings:
        for m in re.finditer(re.escape(term), t):
            after = _ASIDE.match(t, m.end())
            if after and count.match(t, after.end()):
                return True
            before = t[max(0, m.start() - 12) : m.start()]
            counts = (c for c in count.finditer(before) if _NUMBER.search(c.group(0)))
            if any(re.fullmatch(rf"{_BEFORE}", before[c.end() :]) for c in counts):
                return True
    return False
