"""A name's abbreviation led by a place character: 南科大, 北师大 — one name, never its tail.

Institutions are shortened by keeping the first character of each word of their name
(南方|科技|大学 → 南科大). jieba knows the common tail of many such short forms as an
abbreviation of its own (科大, 师大: tag ``j``) and cuts the leading character off as a place
(南, 北: tag ``ns``). Read apart, the place character is dropped as too short to be a topic and
the tail alone is searched, which is a substring of every other such name (南方医科大学 holds
科大, as do 中科大 and 华科大): the question names one institution and the answer lists others.
So a one-character place token right before a two-character abbreviation is one word with it,
and the library's phrase for it is looked for as for any short form (``retrieval.initials``),
over more phrases than a general short form: a name's words are rarer than the library's
commonest words that begin with the same characters (南山 before 南方, 大力 before 大学).
"""

from __future__ import annotations

from collections.abc import Callable

_PLACE = "ns"
_ABBREVIATION = "j"


def glued_names(tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``tags`` with each one-character place token joined to the abbreviation right after it
    (南 + 科大 → 南科大, tagged as an abbreviation)."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tags):
        word, flag = tags[i]
        nxt = tags[i + 1] if i + 1 < len(tags) else None
        if (
            nxt is not None
            and len(word) == 1
            and flag == _PLACE
            and nxt[1] == _ABBREVIATION
            and len(nxt[0]) == 2
        ):
            out.append((word + nxt[0], _ABBREVIATION))
            i += 2
            continue
        out.append((word, flag))
        i += 1
    return out


def glued_name(word: str, tagged: Callable[[str], list[tuple[str, str]]] | None) -> bool:
    """Whether ``word`` is such a joined name: three characters its tagger cuts into a place
    character and a two-character abbreviation."""
    if tagged is None or len(word) != 3:
        return False
    return tagged(word) == [(word[0], _PLACE), (word[1:], _ABBREVIATION)]
