"""「第一届龙舟赛来了多少人」: the edition asked, never another one's figures.

Recurring events are numbered by edition (第十一届龙舟赛, 首届荔枝文化节) and so are batches of
an award or a pilot (第二批示范区). A question that names the edition asks of that one event:
a sentence about another edition of the same event (「第十一届青禾龙舟赛吸引观众2万人次」 asked
as 第一届) gives another event's figures, however well its other words match. So a sentence
naming editions of the series, none of them the one asked, is no answer; a sentence naming no
edition still may be (the report need not number it). 首届 is the first (``first_ordinals``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from reportqa.text import to_simplified

_CN = "一二三四五六七八九"
_EDITION = re.compile(rf"第\s*([0-9]{{1,3}}|[{_CN}十百]{{1,4}})\s*([届批期轮])|首([届批期轮])")

C = TypeVar("C", bound=tuple)


def _value(written: str) -> int:
    if written.isdigit():
        return int(written)
    total, current = 0, 0
    for ch in written:
        if ch in _CN:
            current = _CN.index(ch) + 1
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


def editions(text: str) -> set[tuple[int, str]]:
    """(number, measure word) of every edition ``text`` names: 首届 is (1, 届)."""
    out = set()
    for m in _EDITION.finditer(to_simplified(text)):
        if m.group(3):
            out.add((1, m.group(3)))
        else:
            out.add((_value(m.group(1)), m.group(2)))
    return out


def of_asked_edition(candidates: Sequence[C], question: str) -> list[C]:
    """``candidates`` (score, rank, chunk, span) without the sentences that name only other
    editions of the series the question numbers; all of them when it numbers none."""
    asked = editions(question)
    if not asked:
        return list(candidates)
    kinds = {k for _, k in asked}

    def other_only(text: str) -> bool:
        named = {e for e in editions(text) if e[1] in kinds}
        return bool(named) and not named & asked

    return [c for c in candidates if not other_only(c[3].text)]
