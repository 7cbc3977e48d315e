"""「镇长（街道就是主任）」: an aside in brackets giving the word's name elsewhere.

A speaker asking across units of several kinds names a post or body as one kind has it and
adds in brackets what another kind calls it: 「镇长（街道就是主任）」「村委会（社区是居委会）」
「党委（街道叫党工委）」. The bracket says 'or Z where Y': Z is another spelling of the word
before the bracket, and the bracket's other words (街道, the kind it applies to) are no topic.
Left as words, 主任 became a second required post and 街道 a topic word. Only a bracket that
states a name (就是/叫/是/为/称 Z) right after a word is such an aside; 「（不是镇）」 denies,
「（街道不算）」 scopes and
「（或调整）」 offers an alternative (``retrieval.phrases``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

_ASIDE = re.compile(
    r"[（(](?![^）)]*[不非没])[\u4e00-\u9fff]{1,6}?(?:的话|那边|那里|里)?(?:就是|则是|就叫|叫做|叫|是|为|称|即)"
    r"(?P<name>[\u4e00-\u9fff]{2,6}?)(?:了|啦)?[）)]"
)


def blank_asides(text: str) -> tuple[str, list[tuple[int, str]]]:
    """``text`` with each naming aside blanked (same length), and (where it stood, the name)."""
    names = []
    for m in _ASIDE.finditer(text):
        names.append((m.start(), m.group("name")))
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text, names


def named_in_asides(
    found: Sequence[tuple[int, int, Concept]], names: Sequence[tuple[int, str]]
) -> list[tuple[int, int, Concept]]:
    """``found`` with the name an aside gives added to the concept the aside follows."""
    out = list(found)
    for at, name in names:
        for i, (s, e, c) in enumerate(out):
            if e == at:
                alts = tuple(dict.fromkeys((*c.alternatives, name)))
                out[i] = (s, e, replace(c, alternatives=alts))
    return out
