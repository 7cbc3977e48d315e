"""The items of a section, never its own heading or the next section's.

A report's numbering nests: under 「（一）健全法治工作体系」 the items are 「一是」「1.」 and the
like, of a deeper level. A chunk that runs past its section's end (a heading written inline
with its body, no line break before 「（二）」) holds lines marked like its own heading: the
heading itself and the next sibling section. Those are sections, not the items a 「有哪些」
question asks to list, so a section's items are only those numbered deeper than it.
"""

from __future__ import annotations

from answering.sentences import Span, enumerated_items
from reportqa.patterns import LEVEL1, LEVEL2, LEVEL3
from reportqa.types import Chunk

__all__ = ["items_under"]

_LEVELS = (LEVEL1, LEVEL2, LEVEL3)


def _level(line: str) -> int:
    """1–3 by the numbering a line opens with, 4 for 「一是」 and any other item mark."""
    return next((k for k, p in enumerate(_LEVELS, 1) if p.match(line.lstrip())), 4)


def items_under(chunk: Chunk) -> list[Span]:
    """:func:`enumerated_items` of ``chunk`` numbered deeper than its own section heading."""
    own = _level(chunk.section_path[-1]) if chunk.section_path else 0
    return [s for s in enumerated_items(chunk) if _level(s.text) > own]
