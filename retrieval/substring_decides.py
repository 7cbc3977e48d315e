"""When a substring test alone decides whether a sentence mentions a concept.

A which-question at 10 000 reports scores tens of thousands of candidate sentences, and
``evidence._match`` reads every spelling of every concept through ``_mention``: a find,
then a deputy-post test and a negation test around each mention, then the kind of the
compound. Most of that decides nothing in most sentences, for facts of how the reports
are written:

- a negation (尚未建立X, X尚在规划, 未能聘请专职X) is always written with one of 未, 没, 缺,
  无 or 在 (``negated_mention.unnegated``); most sentences telling what was done hold none;
- a deputy (副校长) is read apart only for a post's spelling (长, 书记, 主任, 主席), another
  epidemic (动物疫情) only for a concept naming its disease (``other_epidemic``);
- another kind of the thing (科技副校长 for 法治副校长) is read only for a concept the
  question names with a modifier;
- a spelling that starts with a digit may stand inside a longer figure (6号线 in 16号线);
- a concept spelled in none of its ways, with no parts and nothing read apart, is absent.

So a spelling present in a sentence without a negator, of a concept with no modifier and
no post, is a full mention, and a bare concept without any spelling present is none: the
same value ``_match`` gives, without its per-mention steps. Every other case is left to
``_match``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.adviser_client import asks_village_client
from retrieval.compound_sides import compound_parts
from retrieval.format_words import format_strings
from retrieval.other_epidemic import asks_named_epidemic

if TYPE_CHECKING:
    from retrieval.evidence import Need

POST = re.compile(r"(?:长|书记|主任|主席)$")  # a post a deputy (副) also holds


def deputy(text: str, pos: int, needle: str) -> bool:
    """「副校长」「副组长」「党委副书记」: a deputy is another post than the one asked about."""
    return pos > 0 and text[pos - 1] == "副" and bool(POST.search(needle))


def decisive(needs: Sequence[Need]) -> tuple[tuple[bool, bool], ...]:
    """Per need: whether a spelling present decides it in a text without a negator (no kind
    to tell apart, no post), and whether no spelling present does (no parts, not read
    apart)."""
    return tuple(
        (
            not (n.modifier and n.tagged)
            and not n.concept.negated  # asked negated: a mention alone decides nothing
            and not any(POST.search(a) for a in n.full)
            and not asks_village_client(n.concept)  # 政府法律顾问 is another client's
            and not asks_named_epidemic(n.concept)  # 动物疫情 is another epidemic
            and not compound_parts(n.concept.term)  # 宪法 alone is no 宪法宣传周 (compound_sides)
            and not any(a[:1].isdigit() for a in n.full),  # 6号线 inside 16号线 (other_referent)
            not n.loose and not n.parts and not format_strings(n.full),
        )
        for n in needs
    )


def decided(text: str, need: Need, decides: tuple[bool, bool], free: bool) -> float | None:
    """``evidence._match(text, need)`` when a substring test decides it, else None.
    ``free``: ``text`` holds no negator (``negated_mention.unnegated``)."""
    present, absent = decides
    if present or absent:
        if any(map(text.__contains__, need.full)):
            if present and free:
                return 1.0
        elif absent:
            return 0.0
    return None
