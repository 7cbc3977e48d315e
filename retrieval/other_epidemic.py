"""A bare 疫情 of another disease: 「重大动物疫情防控」「非洲猪瘟疫情」 for 新冠疫情防控.

A synonym drops a qualifier the question said (新冠疫情防控 → 疫情防控, because 2020–22
reports name no disease); the report may then put another qualifier of the same slot right
before the words, and the mention is of that other epidemic. An epidemic of another disease
is written with its host or its disease right before 疫情 (or 防疫): a host (动物, 植物, 畜,
禽, 猪, 牛, 羊, 鸡) or a disease name, which ends in 瘟, 疫, 病, 感 (流感) or 热 (登革热). A
bare 疫情 after a verb or a time word (统筹疫情防控, 常态化疫情防控) names none, and counts for
the epidemic asked.
"""

from __future__ import annotations

import re

from retrieval.concept import Concept

# another epidemic's host or disease, just before the bare 疫情 of the mention
_OTHER = re.compile(r"(?:动物|植物|[畜禽猪牛羊鸡]|[瘟疫病感热])\s*(?:等)?\s*$")


def _name(term: str) -> str:
    """The disease ``term`` names before its 疫情 (新冠 of 新冠疫情防控), or ""."""
    at = term.find("疫情")
    return term[:at] if at > 0 else ""


def asks_named_epidemic(concept: Concept) -> bool:
    """Does ``concept`` name its epidemic's disease while some spelling drops it?"""
    name = _name(concept.term)
    return bool(name) and any("疫" in a and name not in a for a in concept.alternatives)


def another_epidemic(text: str, pos: int, needle: str, concept: Concept) -> bool:
    """The bare 疫情 (防疫) at ``text[pos:]`` is another disease's, while ``concept`` names
    the epidemic asked by its disease (新冠疫情防控)."""
    name = _name(concept.term)
    if not name or name in needle or "疫" not in needle:
        return False
    return bool(_OTHER.search(text[max(0, pos - 8) : pos]))
