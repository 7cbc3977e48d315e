"""A field named before the question's clause frames it: 「放管服改革方面，搞了“证照分离”的有哪些」.

Chinese puts the topic first and comments on it (话题-述题): 「X方面，…」「在X领域，…」「关于X，…」
open a question with the field the practice asked about belongs to. When the clause then names
the practice by a fixed name — a quoted coinage, a coded name (三重一大), or alternatives one of
which is such a name — a report naming it has done it in that field whatever words it uses for
the field (a 证照分离 reform is a 放管服 reform by definition), so the field's words describe the
name (``retrieval.anchors.described``) however rare they are in the library. After a generic
deed (「执法方面，哪些地方开展了培训」) the field is no description: nothing names the practice,
and the field still narrows it. A frame needs its mark (方面, 领域, 这块, or 关于/对于 before
it): a bare 「X，」 opening a question is as often the units (「镇宁自治县，搞了…」).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_BODY = r"[^，,。？?！!；;“”「」\"]{2,16}?"
_FRAME = re.compile(
    rf"^\s*(?:(?:在|关于|对于)?(?P<field>{_BODY}(?:这一?)?(?:方面|领域|块)(?:的?工作)?)"
    rf"|(?:关于|对于)(?P<about>{_BODY}))\s*[，,]"
)


def frame_span(question: str) -> tuple[int, int] | None:
    """Where the field of an opening topic frame stands in ``question``, its mark included
    (领域 of 「在X领域，」 is no word a report must write), or None."""
    m = _FRAME.match(question)
    if m is None:
        return None
    group = "field" if m.group("field") else "about"
    return m.span(group)


def framed(question: str, terms: Sequence[str]) -> tuple[str, ...]:
    """The concepts (``terms``) spelled inside the question's opening topic frame; a term
    of alternatives (A/B) is never one: it is what is asked, not its field."""
    span = frame_span(question)
    if span is None:
        return ()
    start, end = span
    out = []
    for t in terms:
        if "/" in t:
            continue
        at = question.find(t, start)
        if at >= 0 and at + len(t) <= end:
            out.append(t)
    # 「关于X，哪几份报告有写」: a clause that asks nothing else leaves X the need itself
    rest = [t for t in terms if t not in out and t.split("/")[0] in question[end:]]
    return tuple(out) if rest else ()


__all__ = ["frame_span", "framed"]
