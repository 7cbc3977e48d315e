"""「哪些乡镇有自己的综合执法队伍」: 队伍 after a kind of work is the body that does it.

队伍 is most often the people of a trade taken together (律师队伍, 人才队伍, 干部队伍), a word
too general to ask anything (``vocabulary.GENERIC_NOUNS``), so it leaves the need. After a kind
of work, though, it is the body doing that work, and a report names that body by its 队 —
综合行政执法队, 执法中队, 执法大队 — while a report of the work alone (开展综合执法12次) has no
such body. Which reading holds is a fact of the library: where some report writes the work
with a team's head (X队, X中队, X大队, or the X办公室, X中心 its people staff), the question asks for
that body, and the concept is spelled with those heads (and 队伍); elsewhere 队伍 stays
general and the work is the need.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from reportqa.text import to_simplified
from retrieval.analysis import Analysis

__all__ = ["teams"]

_TEAM = "队伍"
# how a report names a working body: by its size, or as the office or centre its people
# staff (「镇综合行政执法办公室现有执法人员9名」「组建街道综合执法中心」); never a 局, in a
# township's report most often the county's bureau it works beside (配合县综合行政执法局)
_HEADS = ("队", "中队", "大队", "办公室", "中心")
_QUOTES = "“”‘’\"'「」"


def teams(analysis: Analysis, anywhere: Callable[[Sequence[str]], bool]) -> Analysis:
    """``analysis`` with each required concept the question follows by 队伍 read as the body
    doing it, where the library writes that body (module docstring)."""
    q = to_simplified(analysis.question)
    out, changed = [], False
    for c in analysis.concepts:
        if c.required and f"{c.term}{_TEAM}" in q:
            stems = [a for a in c.alternatives if not any(ch in _QUOTES for ch in a)]
            bodies = tuple(f"{a}{h}" for a in stems for h in _HEADS)
            if bodies and anywhere(bodies):
                c = replace(
                    c, term=f"{c.term}队", alternatives=(*bodies, *(a + _TEAM for a in stems))
                )
                changed = True
        out.append(c)
    return replace(analysis, concepts=tuple(out)) if changed else analysis
