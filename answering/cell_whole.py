"""A comparison cell's figure must be a figure of the thing asked.

Reports name a topic's neighbours in one passage (养老护理院, 日间照料中心, 养老床位), so the
passage the search finds for 「新增养老床位各是多少」 may hold a counted sentence on a neighbour
only (「新增老年人日间照料中心25家」) — a figure of another thing, which a reader takes for the
one asked. A number cell whose quote lacks a word the question requires is therefore read again
from the unit's own report (``cells.cell_finder``); the new quote replaces it only when it says
every required word, else the cell goes on as before.
"""

from __future__ import annotations

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


def whole_cell(found, info, concepts: Sequence[Concept], reader: Callable | None):
    """``found`` (chunk, span), or the unit's cell read anew by ``reader`` when that one says
    every required concept."""
    anew = reader(info) if reader else None
    return anew if anew is not None and says_all(anew[1].text, concepts) else found
