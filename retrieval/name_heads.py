"""The thing asked about a name is its head: a sentence naming only the name says another thing.

「北京冬奥会的场馆建设」「“应知应会”清单」 ask for one thing of a named event or a coined term:
the venues built for the Games, the list of what officials must know. A name is rare, so
its weight (IDF over the reports in scope) dwarfs the common head after it, and a sentence
that names the event for something else (「做好北京冬奥会…参赛备战」) or the term in another
thing (「应知应会法律知识考试」) reaches the support line on the name alone: the answer would
name a report for a thing it never says. So the head after a name is a condition of the
sentence (``Concept.must``): named in full, by a shorter form or at least by a part of it
(``retrieval.evidence``: a part still earns, but never a vague one — the 建设 of 场馆建设,
which a heading 「文化强省建设」 above the sentence also gives), never left out altogether.

A name here is a fixed term (quoted, numeral-coded or dated: ``retrieval.anchors.fixed``) or
an event or place name opened by a place (北京|冬奥会: a place word, then a concept). The head
stands right after it in the question (the 的 of 「北京冬奥会的场馆建设」 or quotes between),
is a noun phrase of its own (not a verb of doing, never a vague head: 工作, 情况, 建设, 制度,
which say the name's own practice, 「“法治副校长”制度」) and is rarer than nothing: some
report in scope writes it, else the question's other words already decide.

A head a fixed term is read as describing (``anchors.explained``: 「“四议两公开”民主决策」, the
method *is* a way of deciding) is no condition: the term says it. A written artifact
(清单, 手册, 台账…: ``retrieval.artifacts``) is never such a gloss: a list of the things to know is a
document made of the term, not what the term is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from retrieval.anchors import fixed
from retrieval.artifacts import is_artifact
from retrieval.compounds import Tagger
from retrieval.concept import Concept
from retrieval.vocabulary import GENERIC_HEADS, GENERIC_NOUNS, SOFT_VERBS

# between a name and its head: nothing, quotes, or 的 (「北京冬奥会的场馆建设」)
_GAP = re.compile(r"^[“”‘’「」《》\"'\s]*的?[“”‘’「」《》\"'\s]*$")


def _place_opened(name: Concept, before: Concept | None, tagged: Tagger) -> bool:
    """An event or place name opened by a place word: 北京 then 冬奥会 in the question."""
    if before is None:
        return False
    words = tagged(before.term)
    return len(words) == 1 and words[0][1] == "ns"


def headed_names(
    concepts: Sequence[Concept],
    question: str,
    report_df: Callable[[Sequence[str]], int],
    tagged: Tagger | None,
    quoted: Sequence[str] = (),
) -> list[Concept]:
    """``concepts`` with the head after a name made a condition (``must``)."""
    if tagged is None or not question or len(concepts) < 2:
        return list(concepts)
    at = {c.term: question.find(c.term) for c in concepts}
    placed = sorted((p, i) for i, c in enumerate(concepts) if (p := at[c.term]) >= 0)
    out = list(concepts)
    for k in range(1, len(placed)):
        (p0, i0), (p1, i1) = placed[k - 1], placed[k]
        name, head = concepts[i0], concepts[i1]
        if not _GAP.match(question[p0 + len(name.term) : p1]):
            continue
        before = concepts[placed[k - 2][1]] if k >= 2 else None
        if before is not None and question[at[before.term] + len(before.term) : p0]:
            before = None  # the place must stand right before the name (北京冬奥会)
        named = fixed(name.term, name.alternatives, quoted) or _place_opened(name, before, tagged)
        if not named or not _head(head, tagged):
            continue
        if k + 1 < len(placed) and not question[p1 + len(head.term) : placed[k + 1][0]]:
            continue  # the phrase goes on: its last word is the head, not this one
        if report_df([head.term, *head.alternatives]):
            out[i1] = replace(head, must=True, head_of_name=True)
    return out


def _head(c: Concept, tagged: Tagger) -> bool:
    """A noun phrase that can be a head: required, no verb of doing, no vague head."""
    if not c.required or c.must or c.light or c.together or len(c.term) < 2:
        return False
    if c.term in GENERIC_HEADS or c.term in GENERIC_NOUNS or c.term in SOFT_VERBS:
        return False
    if is_artifact(c.term):
        return True
    # a noun (n*) or a noun of place (s: 场地, 周边); never a person's or place's name, a verb,
    # nor a verbal noun (改革 of 「“放管服”改革」: the reform is what the name already names)
    words = tagged(c.term)
    return bool(words) and words[0][1] not in ("nr", "ns") and words[0][1][:1] in ("n", "s")
