"""A training or test of a body of people is named by the work the people do.

Reports write who was trained by the work alone before the deed (「组织干部参加执法培训2次」
「调解培训」), by the body and a kind of training (「组织执法人员参加业务培训4次」), or by the
deed and its object (「对执法人员共进行执法培训15次」「培训执法人员」). A question says it any of
these ways (「执法人员培训」「培训过行政执法人员」「搞了执法培训」), so what tells one report's
training from another's is the work (执法) and the deed (培训), both named in one sentence — not
the body word (人员, dropped as generic or read as the actor who trains), and not a verb of
doing that any 落实 or 推进 beside 执法 would stand for (「落实综合行政执法改革」 trains no one).

So a question with a deed of teaching or testing people (``DEEDS``) and a body named by its
work (X人员, X队员: ``BODIES``) asks two things a sentence must name itself: the work X
(spelled in the body word too: 执法人员 holds 执法) and the deed, each a side of one relation
(``Concept.together``: below any heading, as ``retrieval.relation`` reads a relation).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from retrieval.concept import Concept

Tagger = Callable[[str], list[tuple[str, str]]]
# deeds that teach or test a body of people: what is done *to* them, by a trainer
DEEDS = ("培训", "轮训", "考试", "测试")
# a body of people named by their work: 执法人员, 执法队员 (not 干部: a rank, no work)
BODIES = ("人员", "队员")
_WORK = 2  # the fewest characters of a work (执法, 调解); 人员 alone names none


def _deed(c: Concept) -> bool:
    """A deed of teaching or testing, or alternatives each of which is one (执法培训/业务培训)."""
    return all(any(side.endswith(d) for d in DEEDS) for side in c.term.split("/"))


def _work_of(c: Concept, question: str, tagged: Tagger) -> str:
    """The work a concept names as its people's, or "": 执法 of 执法人员, 行政执法 when the
    question writes 行政执法人员 (the body word dropped as generic), 执法 of 「执法培训」 — a
    deed (jieba's verb) before the deed of teaching; a rank or a field there (干部培训, 业务
    培训) names whom or what, no work."""
    term = c.term
    if "/" in term:
        return ""
    for body in BODIES:
        if term.endswith(body) and len(term) - len(body) >= _WORK:
            return term[: -len(body)]
        if len(term) >= _WORK and term + body in question:
            return term
    if len(term) < _WORK or not any(term + d in question for d in DEEDS):
        return ""
    words = tagged(term)
    return term if len(words) == 1 and words[0][1] == "v" else ""


def trained_by_work(
    question: str, concepts: Sequence[Concept], tagged: Tagger
) -> tuple[Concept, ...]:
    """``concepts`` with a body-by-work and a deed of teaching or testing read as the work
    and the deed, both required sides named in the sentence itself; unchanged otherwise."""
    deeds = [
        i
        for i, c in enumerate(concepts)
        if _deed(c) and all(side in question for side in c.term.split("/"))
    ]
    if not deeds:
        return tuple(concepts)
    works = [
        (i, w)
        for i, c in enumerate(concepts)
        if i not in deeds and (w := _work_of(c, question, tagged))
    ]
    if len(works) != 1:
        return tuple(concepts)  # none, or two bodies: which one was trained is not one word
    at, work = works[0]
    old = concepts[at]
    # 行政执法 is written 执法 as often: a compound work is named by its last word (行政 alone,
    # a part of it, names no work and earns nothing). The concept stays a noun, the body by
    # that work (执法人员), so a work no report writes is still a thing asked about, never a
    # spoken verb to leave out (``retrieval.grounding``)
    kind = work[-_WORK:]
    spellings = (kind, work, *(a for a in old.alternatives if kind in a))
    body = kind + BODIES[0]
    # a deed written with the work (「“执法培训”或…」) names both at once: no side of a relation
    # then, as a relation's side is never read inside the other's words
    apart = not any(kind in a for i in deeds for a in concepts[i].alternatives)
    out = list(concepts)
    out[at] = Concept(body, tuple(dict.fromkeys((*spellings, body))), True, together=apart)
    for i in deeds:
        deed = out[i]
        body = next((b for b in BODIES if deed.term.startswith(b) and deed.term != b), "")
        if body:  # 行政执法|人员培训: jieba gave the body word to the deed; it is the work's
            bare = deed.term[len(body) :]
            deed = Concept(bare, (bare, *deed.alternatives), True)
        out[i] = replace(deed, required=True, light=False, together=apart)
    return tuple(out)
