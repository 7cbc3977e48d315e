"""Finding the library's unit names (townships, counties) inside a question.

With thousands of reports a loop over every known name per question costs more than the
rest of the answer; this index looks up the question's substrings instead, so the cost
depends on the question's length, not on the library's size. Names and text are compared
in simplified characters, so 「峽口鎮」 in a question finds the report named 峡口镇 and back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reportqa.text import to_simplified

_UNIT_SUFFIX = re.compile(r"(?:街道|乡|镇|区|县|市|省)$")


def short_name(unit: str) -> str:
    """峡口镇 → 峡口 (only when at least two characters remain)."""
    core = _UNIT_SUFFIX.sub("", unit)
    return core if len(core) >= 2 else unit


class UnitIndex:
    """Every name's full and short form, looked up by substring."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(n for n in names if n)
        self.shorts = frozenset(short_name(n) for n in self.names)
        self._by_form: dict[str, set[str]] = {}
        for name in self.names:
            plain = to_simplified(name)
            for form in (plain, short_name(plain)):
                self._by_form.setdefault(form, set()).add(name)
        self._lengths = sorted({len(f) for f in self._by_form})
        # every proper suffix of a name, for 「…和平乡」 matched against 和平乡 and back
        self._plain = frozenset(to_simplified(n) for n in self.names)
        self._suffixes = frozenset(n[i:] for n in self._plain for i in range(1, len(n)))

    def candidates(self, text: str) -> set[str]:
        """Names whose full or short form occurs somewhere in ``text``."""
        out: set[str] = set()
        text = to_simplified(text)
        for size in self._lengths:
            for i in range(len(text) - size + 1):
                found = self._by_form.get(text[i : i + size])
                if found:
                    out |= found
        return out

    def related(self, name: str) -> bool:
        """``name`` ends with a known name or a known name ends with it."""
        name = to_simplified(name)
        return name in self._suffixes or any(name[i:] in self._plain for i in range(len(name)))
