"""Which library units a question names, in the order it names them.

A unit is named in full (测试乡) or by its short form (测试), and a short form may be the start
of another word (新华社 is no 新华街道): full names are found first, longest first, so 测试乡
beats the 测试 of 测试镇, and a short form inside a longer word is skipped
(``retrieval.short_names.in_longer_word``). A zone is also named by its short kind (十堰经开区).
"""

from __future__ import annotations

from collections.abc import Callable

from reportqa.units import UnitIndex, short_name, zone_name
from retrieval.short_names import in_longer_word


def find_units(q: str, index: UnitIndex, is_word: Callable[[str], bool]) -> list[str]:
    """The units of ``index`` that ``q`` names, by where they stand; deterministic."""
    ordered = sorted(index.candidates(q), key=lambda n: (-len(n), n))
    found: list[tuple[int, int, str]] = []  # (start, end, name)
    for short in (False, True):
        for name in ordered:
            if any(n == name for _, _, n in found):
                continue
            form = short_name(name) if short else name
            pos = q.find(form)
            if pos < 0 and not short:  # 十堰经开区: a zone by its short kind
                form = zone_name(name)
                pos = q.find(form) if form != name else -1
            if short and pos >= 0 and in_longer_word(q, pos, form, name, is_word):
                continue
            if pos >= 0 and not any(s <= pos < e for s, e, _ in found):
                found.append((pos, pos + len(form), name))
    return [n for _, _, n in sorted(found)]
