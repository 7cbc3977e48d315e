"""Two clauses joined by 或 that act on one object: 「引进了院士或者有院士扎根」.

Each side of such a disjunction has a verb of its own (引进了, 有…扎根) and both name the same
thing (院士): the question asks for that thing, done either way. Rewritten as a list of the two
sides (``retrieval.alternatives``), each side had to be written whole and in order, so a report
saying 「王院士、林院士等科研带头人扎根新区」 (the object and the verb apart) fell short; read word
by word, the verb of one side became a need every answer had to write. The sides are read
bare (the aspect and the carrying verb gone: 引进院士, 院士扎根) and left joined by 或者, which
the phrase rules read as the shared word needed and either side's own word as its spellings
(``phrases.merge_alternatives``). Sides sharing no word of two characters are two things and
are left to the list reading.
"""

from __future__ import annotations

import re

# 「引进了院士」: a two-character verb with its aspect before its object
_ASPECT = re.compile(r"^(?P<v>[\u4e00-\u9fff]{2})[了过](?=[\u4e00-\u9fff]{2})")


def without_aspect(side: str) -> str:
    """「引进了院士」 → 「引进院士」: the aspect says the deed was done, which every report does."""
    return _ASPECT.sub(r"\g<v>", side)


def one_object(a: str, b: str) -> str:
    """「引进院士」「院士扎根」 → 「引进院士或者院士扎根」 when the two bare sides share a word of
    two characters or more at an end of each (the object), else ''."""
    for n in range(min(len(a), len(b)) - 1, 1, -1):
        for word in {a[:n], a[-n:]}:
            if word in (b[:n], b[-n:]) and word not in (a, b):
                return f"{a}或者{b}"
    return ""
