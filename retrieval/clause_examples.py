"""Examples given after a clause stand for what the clause asks.

A user who asks 「哪些地方推行政务服务集中办理，比如一窗受理、一门式、事项进驻大厅」 names the
practice twice: in words of their own and by the names reports give it. A report writing one of
the names (「实现一窗受理」「全部进驻大厅」) did the practice, though it never writes 集中办理;
a report writing the clause's own words did it too. So the examples are one concept
(``retrieval.item_lists``) that is no extra need: it weighs nothing, and a sentence naming an
example in full counts the clause's words as said (``Need.explains``, as a fixed term counts
the words describing it).

Which words the examples stand for: every word of the clause — unless the examples are each a
kind of one of its words, named by that word's character as their last (妇女节、禁毒日 of 节日:
a Chinese compound's last character names its kind) without writing the word itself; then
they stand for that word only, and the clause's other words (普法 of 「借着节日搞普法」) are
still asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from dataclasses import replace
from typing import Any

from retrieval.concept import Concept
from retrieval.split_words import split_span

# 「调解某类纠纷的调解室，像茶叶、水果这种」: examples after a clause leaving a kind open (某 +
# classifier) fill that slot — alternatives within the need, never a name of the whole clause:
# a report writing 茶叶 alone has no 调解室, so every word of the clause stays asked beside them
_OPEN_KIND = re.compile(r"某[个种类些一]")


def _sides(term: str) -> list[str]:
    return [s for s in term.split("/") if s]


def _kind_of(items: list[str], terms: list[str]) -> str:
    """The one word every example is a kind of by its last character, or ""."""
    kinds = [
        t
        for t in terms
        if all(i[-1] in t for i in items) and not any(s in i for i in items for s in _sides(t))
    ]
    return kinds[0] if len(kinds) == 1 else ""


def stands_for(examples: Concept, concepts: Sequence[Concept]) -> tuple[str, ...]:
    """The terms of ``concepts`` the examples concept stands for: its clause's words, or the
    one word they are each a kind of."""
    clause = examples.examples_of
    if not clause or _OPEN_KIND.search(clause):
        return ()
    terms = [
        c.term for c in concepts if c is not examples and all(s in clause for s in _sides(c.term))
    ]
    kind = _kind_of(_sides(examples.term), terms)
    return (kind,) if kind else tuple(terms)


def clause_before(text: str, comma: int) -> str:
    """The clause ending at the comma just before ``comma``, or "" (no comma there, or a clause
    under two characters). Examples after a comma name what that clause asks: 「比如一窗受理、
    一门式」 (``retrieval.item_lists._clause_examples``), and a list closed by a kind word with no
    noun after it — 「老百姓打热线反映的诉求，8890、民情热线这种」 is an appositive naming the
    诉求 by what reports call their channels, so a report writing 民情热线…处理案件 said it."""
    if comma < 1 or text[comma - 1] not in "，,":
        return ""
    begin = max(text.rfind(e, 0, comma - 1) for e in "。？！；?!;")
    clause = text[begin + 1 : comma - 1].strip()
    return clause if len(clause) >= 2 else ""


def said_through_examples(concepts: Sequence[Concept], spelled: Container[str]) -> set[str]:
    """The terms a user's examples stand for when some report spells an example: a word of
    the clause no report writes (节日 of 「借着节日…，比如妇女节」) is said through them, never
    a word of the user's own narrowing the practice (``answering.unsaid_words``)."""
    return {
        t for e in concepts if e.examples_of and e.term in spelled for t in stands_for(e, concepts)
    }


def exemplified(
    needs: Sequence[Any], weigh: Callable[[Sequence[str]], float], asked: Sequence[Concept]
) -> list[Any]:
    """``needs`` (``retrieval.evidence.Need``) with each examples concept weighing nothing and
    explaining the clause words it stands for; unchanged when the clause left no word. A word
    the examples stand for weighs no more than they do (``weigh``: the IDF of spellings): said
    through them, it is as common as they are — a word no report writes (节日) would weigh as
    the rarest term and outvote the words still asked beside it (普法). ``asked``: the
    question's concepts before the unspelled ones left."""
    out = list(needs)
    concepts = [n.concept for n in needs]
    for i, n in enumerate(needs):
        covered = stands_for(n.concept, concepts)
        if not covered:
            continue
        most = weigh(n.full)
        # a clause word the library never writes left the need (``retrieval.unsaid``): the
        # examples then carry what it asked, weighing as they do
        kept = all(t in covered for t in stands_for(n.concept, asked))
        out[i] = replace(n, weight=0.0 if kept else most, explains=covered)
        for j, m in enumerate(out):
            if m.concept.term in covered and m.weight > most:
                out[j] = replace(m, weight=most)
    return out


def example_cues(needs: Sequence[Any]) -> list[str]:
    """The spellings of the examples and their parts: a sentence naming one, whole or spelled
    apart (常务会议专题学法 for 常务会学法), may reach any floor, so each is a cue string beside
    the clause's own (``retrieval.evidence.cues``)."""
    return [
        a
        for n in needs
        if n.concept.examples_of and not n.weight
        for a in (*n.full, *(p for p, _ in n.parts))
    ]


def named(text: str, need: Any) -> bool:
    """A need spelled whole in ``text``, or an example of the user's spelled apart."""
    apart = need.loose and need.concept.examples_of
    return any(a in text or (apart and split_span(text, a)) for a in need.full)
