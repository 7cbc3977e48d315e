"""A unit's name typed with a homophone slip, read as the library's unit and said so.

「青成山镇的法律顾问是哪家律所」: the user means 青城山镇 and the pinyin input method offered
成 for 城. Refused as a unit the library lacks, or searched as a topic 准葛尔旗, the question
gets no answer although the report is there. ``retrieval.short_names.stem_by_sound`` tells a
slip from another place (the rules are there); here the question is respelled before the turn is
read, and the answer's note says which name was read as which, so the user can see and correct it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.gazetteer import gazetteer
from retrieval.short_names import stem_by_sound

if TYPE_CHECKING:
    from retrieval.catalog import Catalog


def respelt_units(question: str, lib: Catalog) -> tuple[str, str]:
    """``question`` with slipped unit names respelled, and the note saying so ("" if none)."""
    units = lib.units[0]

    def is_place(name: str) -> bool:  # a real place of that name is meant, not a slip
        places = gazetteer()
        return any(name in kind for kind in (places.towns, places.counties, places.cities))

    respelt, pairs = stem_by_sound(question, units.names, lib.tokenizer.is_word, is_place)
    said = "；".join(f"「{typed}」按「{meant}」理解" for typed, meant in pairs)
    return respelt, f"（{said}）" if said else ""
