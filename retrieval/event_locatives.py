"""A deed named by the event it is done before or after: 会前学法, 岗前培训, 诉前调解.

Chinese names many practices by a time locative glued to the deed — the event (a meeting, a
post taken up, a lawsuit, a festival, an exam) and 前 or 后, then what is done then: 会前学法
is the study held at the start of a meeting, 岗前培训 the training before taking up a post,
诉前调解 the mediation before a suit is filed. The compound is one practice: a report that
writes 会前 of one thing (「会前准备、充分讨论、集体决策」) and 学法 of another names neither.
Reports write the practice in one breath (「常务会议会前学法4次」「党政联席会议会前学法制度」),
so the locative and the deed are marked ``Concept.near``: said in one clause, a short reach
apart (``retrieval.near_parts``).

Only an event noun before 前/后 (not 以前, 目前, 提前, 今后: time words of the sentence) and
only where the question writes the locative straight before a required word of the deed,
and not when the user gives examples of the practice (「会前学法，例如党委会学法」: a report
writing an example writes it, ``retrieval.clause_examples``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

# events a practice is placed before or after: a meeting, a post, a trial or suit, a
# festival, an exam or contest, a class, a disaster, a marriage or birth, an inspection
_LOCATIVE = re.compile(r"^[会岗庭诉审判节考赛课灾婚产检训][前后]$")


def _spellings(c: Concept) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s for s in (*c.term.split("/"), *c.alternatives) if s))


def locative_deeds(question: str, concepts: Sequence[Concept]) -> list[Concept]:
    """``concepts`` with an event locative (会前) and the required deed the question writes
    right after it (学法) marked ``near``; unchanged when the question has no such pair."""
    out = list(concepts)
    for i, loc in enumerate(concepts):
        if not loc.required or not _LOCATIVE.match(loc.term):
            continue
        if any(loc.term in c.examples_of for c in concepts):
            continue  # 「会前学法，例如党委会学法」: the examples stand for it, said otherwise
        for j, deed in enumerate(concepts):
            if j == i or not deed.required:
                continue
            glued = (f"{loc.term}{s}" for s in _spellings(deed) if len(s) >= 2)
            if any(g in question for g in glued):
                out[i] = replace(out[i], near=True)
                out[j] = replace(out[j], near=True)
    return out
