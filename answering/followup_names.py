"""The library's units a follow-up names, in the order it says them.

A follow-up names units by their full name or their short one (「坪山」 for 坪山区); the longest
name found first, so 坪山区 is not also read as a shorter unit inside it, then ordered by where
the text says each — the order a comparison's rows and a substitution follow. A unit's name
opening an institution's (深圳技术大学, “深圳北理莫斯科大学”) names the institution, not the unit
(``retrieval.place_names``): 「那深圳技术大学呢」 asks the last question of another thing.
"""

from __future__ import annotations

from reportqa.units import UnitIndex, short_name
from retrieval.place_names import only_in_names

__all__ = ["units_in"]


def units_in(text: str, known: UnitIndex) -> list[str]:
    """Units of ``known`` that ``text`` names (full or short), in the order said."""
    out: list[str] = []
    for name in sorted(known.candidates(text), key=lambda n: (-len(n), n)):
        named = name and (name in text or short_name(name) in text)
        if named and name not in out and not only_in_names(text, name):
            out.append(name)
    return sorted(out, key=lambda n: text.find(n) if n in text else text.find(short_name(n)))
