"""Whether a metadata question says nothing but unit names and its frame: 「A、B分别是哪年的」
asks the reports' own facts, 「A和B哪一年开展了法治体检」 asks their content.

Its own concept, apart from answering from metadata (``metadata_qa``): the question's units are
struck out by every name a report goes by (full, spoken, short, contracted: 广内街道), and what
is left either names a topic or only frames the ask; several metadata answers ask that one test.
"""

from __future__ import annotations

import re

from answering.meta_fields import without_fields
from answering.meta_frame import has_topic
from reportqa.units import short_name, spoken_name
from retrieval.query import Analysis
from retrieval.short_names import contracted

# a unit's name as a question lists it: a proper stem and a level word, then a conjunction,
# 的, a 它 taking it up (「龙溪镇它和A镇…」, an aside cut between) or the end (「广内街道和田村路街道的报告」);
# never 哪个区, 这个镇, 各街道
_UNIT_SHAPED = re.compile(
    r"(?![哪这那各每本该全其])[\u4e00-\u9fff]{2,5}?(?:街道|镇|乡)"
    r"(?=[和与及、跟同的,，分各都是两俩这报属归哪在它]|$)"
)


def names_only(q: str, analysis: Analysis) -> bool:
    """Units named and nothing asked of them but the frame (「A、B分别是哪年的」), not a topic
    (「A和B哪一年开展了法治体检」)."""
    named = analysis.townships or _UNIT_SHAPED.search(q)  # or found by their reports' text
    return bool(named) and frame_only(q, analysis)


def frame_only(q: str, analysis: Analysis, any_unit: bool = False) -> bool:
    """Nothing but unit names, the document facts asked (year, parent, level) and frame.
    ``any_unit``: a unit-shaped name the analysis did not place is a name too (「龙溪镇它和A镇
    的报告分别是哪年的」 over a scope the question's county narrowed to A镇)."""
    rest = q
    units = {*analysis.townships, *analysis.counties}  # 「桐庐和青田」: by their short names too
    said = {*units, *map(spoken_name, units), *map(short_name, units)}
    said |= {c + u[len(short_name(u)) :] for u in units if (c := contracted(u))}  # 广内街道
    said |= {c for u in units if (c := contracted(u))}
    # a 街道 is named X街 as well (天津's 新河街, 茶淀街 are 街道-level): the name, never a word
    said |= {u.removesuffix("道") for u in units if u.endswith("街道") and len(u) >= 4}
    for name in sorted(said, key=len)[::-1]:
        rest = rest.replace(name, "")
    if not units or any_unit:  # units found by their reports' text (广内街道) are names too
        rest = _UNIT_SHAPED.sub("", rest)
    return not has_topic(without_fields(rest))
