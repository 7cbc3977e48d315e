"""A unit's short name inside a longer common word is no mention of the unit.

A question names a unit by its short form as often as by its full name (「新驿的报告」 for
新驿镇), so the analyzer looks for both. But a short form is often also the start of a
common word of another meaning: 新华社 (a news agency) starts with the 新华 of 新华乡,
中山大学 with the 中山 of 中山镇, 大江南北 with the 大江 of 大江镇. Taken for the unit, such
a word scopes the whole question to one report the asker never named — an answer about
the wrong unit. A dictionary word that starts where the short form starts, runs past it,
and is not the start of the unit's own full name (新华乡, 中山镇的) is that other word.
"""

from __future__ import annotations

from collections.abc import Callable

_LONGEST = 4  # characters past the short form a common word reaches (新华|书店, 大江|南北)


def in_longer_word(q: str, pos: int, form: str, name: str, is_word: Callable[[str], bool]) -> bool:
    """Whether the short form ``form`` of ``name`` found at ``pos`` of ``q`` is only the
    start of a longer dictionary word that is not ``name`` itself."""
    end = pos + len(form)
    for extra in range(1, _LONGEST + 1):
        if end + extra > len(q):
            break
        word = q[pos : end + extra]
        if name.startswith(word):
            return False  # the full name (or its start) as typed
        if is_word(word):
            return True
    return False
