"""「请律师来当法律顾问」: the one engaged and the post held are two things, each said as itself.

A pivot clause (请/聘/聘请/选聘/让/由 X (来/去) 当/担任/做/作为/出任 Y) names who is engaged (X) and the
post they fill (Y). Reports write the same pair in the same shape (「聘请专业律师担任法律顾问」「与知名
律师…签订了聘请法律顾问合同书」), while a sentence naming the post alone (「法律顾问列席常务会议」)
says nothing of who holds it. The vocabulary may count the post as a spelling of the holder (律师 ~
法律顾问 for questions that name only one of them); here the question names both as different
slots, so the holder's concept keeps only its own spellings: the post's words no longer stand
in for it. A question naming one of them only is untouched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

_PIVOT = re.compile(
    r"(?:聘请|选聘|聘任|聘用|请|聘|让|由)(?P<holder>[\u4e00-\u9fff]{1,8}?)(?:来|去)?"
    r"(?:担任|出任|当|做|作为|作)(?P<post>[\u4e00-\u9fff]{2,8})"
)


def _covers(c: Concept, text: str) -> bool:
    return c.term in text


def holder_apart(question: str, concepts: Sequence[Concept]) -> tuple[Concept, ...]:
    """``concepts`` with the engaged holder's concept spelled without the post's words."""
    m = _PIVOT.search(question)
    if m is None:
        return tuple(concepts)
    holder, post = m.group("holder"), m.group("post")
    posts = [c for c in concepts if _covers(c, post)]
    if not posts:
        return tuple(concepts)
    post_words = {w for c in posts for w in (c.term, *c.alternatives)}
    out = []
    for c in concepts:
        if c in posts or not _covers(c, holder):
            out.append(c)
            continue
        own = tuple(a for a in c.alternatives if not any(w in a for w in post_words))
        out.append(replace(c, alternatives=own or (c.term,)))
    return tuple(out)


__all__ = ["holder_apart"]
