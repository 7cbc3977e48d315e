"""A comparison cell's figure must be a figure of the thing asked.

Reports name a topic's neighbours in one passage (养老护理院, 日间照料中心, 养老床位), so the
passage the search finds for 「新增养老床位各是多少」 may hold a counted sentence on a neighbour
only (「新增老年人日间照料中心25家」) — a figure of another thing, which a reader takes for the
one asked. A number cell whose quote lacks a word the question requires is therefore read again
from the unit's own report (``cells.cell_finder``); the new quote replaces it only when it says
every required word in a sentence that also counts something (review70 merge: 「不得独立执法办案」
beside another sentence's 4场 is no caseload — 「办理林业行政案件5起」 stays), else the cell goes
on as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reportqa.text import to_simplified
from retrieval.concept import Concept


def says_all(text: str, concepts: Sequence[Concept]) -> bool:
    """Does ``text`` write every required concept asked, in any of its spellings?"""
    t = to_simplified(text)
    return all(
        any(to_simplified(a) in t for a in (c.term, *c.alternatives))
        for c in concepts
        if c.required
    )


_SENTENCE_END = re.compile(r"[。；;！!？?]")
_FIGURE = re.compile(
    r"[0-9０-９]|[一二两三四五六七八九十百千万]+[个件项起次场人名家所座张套户元亩]"
)


def counted_all(text: str, concepts: Sequence[Concept]) -> bool:
    """Does one sentence of ``text`` write every required concept and a figure?"""
    return any(says_all(s, concepts) and _FIGURE.search(s) for s in _SENTENCE_END.split(text))


def whole_cell(found, info, concepts: Sequence[Concept], reader: Callable | None):
    """``found`` (chunk, span), or the unit's cell read anew by ``reader`` when that one says
    every required concept."""
    anew = reader(info) if reader else None
    return anew if anew is not None and counted_all(anew[1].text, concepts) else found
