"""The library's units a follow-up names, in the order it says them.

A follow-up names units by their full name or their short one (「坪山」 for 坪山区); the longest
name found first, so 坪山区 is not also read as a shorter unit inside it, then ordered by where
the text says each — the order a comparison's rows and a substitution follow.
"""

from __future__ import annotations

from reportqa.units import UnitIndex, short_name

__all__ = ["units_in"]


def units_in(text: str, known: UnitIndex) -> list[str]:
    """Units of ``known`` that ``text`` names (full or short), in the order said."""
    out: list[str] = []
    for name in sorted(known.candidates(text), key=lambda n: (-len(n), n)):
        if name and (name in text or short_name(name) in text) and name not in out:
            out.append(name)
    return sorted(out, key=lambda n: text.find(n) if n in text else text.find(short_name(n)))
