"""Parts of one asked thing are said together: in one clause, a short reach apart.

Some questions ask for a thing made of two parts a report names in one breath: a group and what
it holds (「村里都配了法律顾问」: 「为各村聘请法律顾问」, ``retrieval.group_holder``), an exam and
its subject (「考行政执法证」: 「组织行政执法人员考试」, ``retrieval.exam_subject``). A long sentence
names each part for its own end (「社区书记例会…结合法律顾问意见」, 「学法考试，参考率100%，规范
行政执法行为」): both words are there, the thing asked is not. So the parts marked
``Concept.near`` must stand in one clause (no comma, semicolon or colon between them) within
``REACH`` characters of each other; the first such part of the question anchors the others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from retrieval.needs import Need

# how far apart (characters) two parts may stand: 「5个村也已全部配备一名法律顾问」 is eight,
# 「组织行政执法人员参加业务培训和考试」 nine; a clause naming both for one end is that short
REACH = 14
_CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?\n]")


def _places(text: str, spellings: Sequence[str]) -> list[tuple[int, int]]:
    out = []
    for s in spellings:
        pos = text.find(s) if s else -1
        while pos >= 0:
            out.append((pos, pos + len(s)))
            pos = text.find(s, pos + 1)
    return out


def _beside(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    if hi - lo > REACH:
        return False
    return lo >= hi or _CLAUSE_BREAK.search(text, lo, hi) is None


def _spots(body: str, need: Need) -> list[tuple[int, int]]:
    """Where ``need`` is said in full or by its head (执法 of 行政执法), never by another part
    (行政 of 行政复议法 is no enforcement). A sentence may name the thing in full once and beside
    the group only by its head (「实施“一村一社一顾问”工作机制,建立专业法律顾问选聘制度」), so both count."""
    full = _places(body, need.full)
    return full + (_places(body, [need.head]) if need.head else [])


def held_near(text: str, needs: Sequence[Need]) -> bool:
    """Each part marked near is said (in full or by its head) beside the first one in the
    sentence itself, below any heading ``text`` carries."""
    body = text[text.rfind("\n") + 1 :]
    parts = [n for n in needs if n.concept.near]
    if len(parts) < 2:
        return True
    anchors = _spots(body, parts[0])
    return bool(anchors) and all(
        any(_beside(body, a, s) for a in anchors for s in _spots(body, n)) for n in parts[1:]
    )
