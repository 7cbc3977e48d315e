"""「盐田同一年呢？两个比一下哪个高」: a unit set beside the last one at the same time.

A unit added to the last question is asked of its own reports (``followup_substitute``): the
last question's year belonged to its unit, and the unit added may have no report of it. When
the follow-up says the time again — 同一年, 同年, 同期, 那一年 — the asker wants both units at
that time, so the last question's year stays with both.
"""

from __future__ import annotations

import re

__all__ = ["kept_time", "same_time"]

_SAME_TIME = re.compile(r"同一年|同年|同期|那一年|同一时期")
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?")


def same_time(q: str) -> bool:
    """Whether ``q`` says the time of the last question again (同一年, 同期)."""
    return bool(_SAME_TIME.search(q))


def kept_time(q: str, prev_q: str, asked: str, units: list[str]) -> str:
    """``asked`` (the last question over ``units``) with the last question's year put back
    after the units when ``q`` asks the same time; ``asked`` unchanged otherwise."""
    year = _YEAR.search(prev_q)
    if not _SAME_TIME.search(q) or year is None or _YEAR.search(asked) or not units:
        return asked
    names = "和".join(units) if len(units) < 3 else "、".join(units[:-1]) + "和" + units[-1]
    at = asked.find(names)
    if at < 0:
        return asked
    end = at + len(names)
    return f"{asked[:end]}{year.group(0)}{asked[end:]}"
