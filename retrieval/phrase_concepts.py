"""The phrase finders that turn a stretch of the question into one concept of their own.

Each finder (a rule-of-law body, a visit, an office holder's colloquial title, a law exam,
supervision by a named body, a named honour, a rank in its field) states one fact about how reports word a thing
the user words differently; the analyzer takes each found stretch out of the question so its
words are not required again one by one. One list, so a new finder is one line here and the
analyzer does not grow with every round.
"""

from __future__ import annotations

from retrieval.bodies import bodies_in
from retrieval.campaign_names import drive_titles_in
from retrieval.concept import Concept
from retrieval.honours import honours_in
from retrieval.law_exams import law_exams_in
from retrieval.level_titles import level_titles_in
from retrieval.office_titles import titles_in
from retrieval.online_words import online_in
from retrieval.ranks import ranks_in
from retrieval.rate_phrases import rates_in
from retrieval.register import register_in
from retrieval.spoken import Tagger
from retrieval.supervision import supervision_in
from retrieval.visits import visits_in

__all__ = ["phrase_concepts"]

# 「党政一把手」: 党政 says the head is both the Party's and the government's; reports write
# 党政主要负责人 or the head alone (主要负责人, 书记) for the same holder — never 党政 apart
_JOINT = "党政"


def _titles_in(text: str) -> list[tuple[int, int, Concept]]:
    """:func:`titles_in`, each title's stretch taking a 党政 just before it: the qualifier is
    part of the holder's title, not a word a report must write beside it."""
    return [
        (s - len(_JOINT) if text[max(0, s - len(_JOINT)) : s] == _JOINT else s, e, c)
        for s, e, c in titles_in(text)
    ]


_FINDERS = (
    bodies_in,
    visits_in,
    _titles_in,
    law_exams_in,
    supervision_in,
    honours_in,
    ranks_in,
    online_in,
)
# pronouns, prepositions and particles: the words of a clause (晒了自己拿的, 把自家得过的),
# never of a name
_CLAUSE_FLAGS = ("r", "p", "u")


def phrase_concepts(text: str, tagged: Tagger | None = None) -> list[tuple[int, int, Concept]]:
    """Every finder's stretches, in the finders' order (the analyzer blanks each in turn).
    Given a tagger, an honour's "name" that is a clause of the user's own (「把自己捧回来的
    荣誉称号」) is no name: the frame noun stays the topic; it also finds the everyday words
    for a practice (``retrieval.register``), which need the cut to keep to word boundaries."""
    found = [
        found
        for finder in _FINDERS
        for found in finder(text)
        if tagged is None or finder is not honours_in or not _clause(found[2].term, tagged)
    ]
    if tagged is None:
        return found
    # a title opened by its level (国家…示范区, ``retrieval.level_titles``), a drive's title (法治宁波建设, ``retrieval.campaign_names``), a share asked after a verb (通过的比例 ~ 通过率, ``retrieval.rate_phrases``), then the
    # everyday words for a practice (打官司 ~ 行政诉讼), each outside the stretches before it
    for finder in (level_titles_in, drive_titles_in, rates_in, register_in):
        rest = text
        for start, end, _ in found:
            rest = rest[:start] + " " * (end - start) + rest[end:]
        found = [*found, *finder(rest, tagged)]
    return found


def _clause(name: str, tagged: Tagger) -> bool:
    return any(flag.startswith(_CLAUSE_FLAGS) for _, flag in tagged(name))
