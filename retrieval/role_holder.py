"""「请律师来当法律顾问」: the post is what is asked; its usual holder only favours a passage.

A pivot clause (请/聘/聘请/选聘/让/由 X (来/去) 当/担任/做/作为/出任 Y) names who is engaged (X) and the
post they fill (Y). What the asker wants to know is whether the post is filled: 「哪些乡镇请了律师
当法律顾问」 is answered by 「我镇配备1名法律顾问」 as by 「聘请专业律师担任政府法律顾问」, because a
法律顾问 is a lawyer by trade — the vocabulary already counts the post as a spelling of the holder
(律师 ~ 法律顾问). So when the holder's spellings hold the post's words, the holder is no need of
its own: it keeps its own spellings (律师) and only favours a passage naming it (``Concept.favours``),
never lowers one naming the post alone. The verb linking them (担任, 当) goes with it: it says who
fills the post, and a report names the post filled in its own verb (配备, 聘请, 选聘).

A holder the vocabulary does not tie to the post (「让老党员当网格员」「请退休干部做调解员」) is a
choice the asker means — a grid worker is not by trade a party veteran — and stays a need. A
question naming one of them only (「哪些地方请了律师」) is untouched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

_PIVOT = re.compile(
    r"(?:聘请|选聘|聘任|聘用|请|聘|让|由)(?P<holder>[\u4e00-\u9fff]{1,8}?)(?:来|去)?"
    r"(?P<link>担任|出任|当|做|作为|作)(?P<post>[\u4e00-\u9fff]{2,8})"
)


def _covers(c: Concept, text: str) -> bool:
    return c.term in text


def holder_apart(question: str, concepts: Sequence[Concept]) -> tuple[Concept, ...]:
    """``concepts`` with a holder the post spells (律师 for 法律顾问) kept to its own spellings and
    only favouring, its linking verb gone; any other holder as it was."""
    m = _PIVOT.search(question)
    if m is None:
        return tuple(concepts)
    holder, post = m.group("holder"), m.group("post")
    posts = [c for c in concepts if _covers(c, post)]
    if not posts:
        return tuple(concepts)
    post_words = {w for c in posts for w in (c.term, *c.alternatives)}
    out = []
    favoured = False
    for c in concepts:
        if c in posts or not _covers(c, holder):
            out.append(c)
            continue
        own = tuple(a for a in c.alternatives if not any(w in a for w in post_words))
        if own == c.alternatives:  # 老党员 for 网格员: a holder chosen, still asked
            out.append(c)
            continue
        favoured = True
        out.append(replace(c, alternatives=own or (c.term,), required=False, favours=True))
    if favoured:  # 担任 only tied the holder to the post
        out = [c for c in out if c.term != m.group("link")]
    return tuple(out)


__all__ = ["holder_apart"]
