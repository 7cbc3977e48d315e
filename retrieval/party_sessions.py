"""A plenary session of the Party's Central Committee is one name: 「党的二十届三中全会」.

Reports cite the sessions whose spirit they study — 「深入学习贯彻党的二十届三中全会精神」 — by
the congress's ordinal and 届, the session's ordinal and 中全会. Read word by word the name falls
apart (学习党, 二十, 三中全会) and the ordinal of the congress becomes a loose word any report
studying 「党的二十大精神」 has; so a report of another meeting (二十大, 十九届历次全会) reads as
one of this. The ordinals make one name: another congress's third session (十九届三中全会) is
another meeting, and the congress itself (二十大) is not its session. A report may drop 党的
or write 第 before the ordinals.

Reports that study several sessions of one congress name the congress once and coordinate the
sessions: 「党的二十大和二十届二中、三中全会精神」 names the second and the third session, each
in full, as Chinese coordination shares 届 and 全会 across the list. So a session is also spelled
as a member of such a list (any two sessions, or a run of consecutive ones, joined by 、 or 和);
a report of a congress's later years lists every session so far (「十九届二中、三中、四中、五中全会」),
so a run is as long as the sessions held, not three at most; the
congress's ordinal still binds (「十九届二中、三中全会」 is not a session of the twentieth).
A user coordinates them the same way (「提到二十届四中和五中全会的」): each member is a session of
that congress in full, never a loose 四中/五中全会 that another congress's list also holds.
"""

from __future__ import annotations

import re

_ORDINAL = r"[一二三四五六七八九十]{1,3}"
_SESSIONS = "一二三四五六七八九"
_JOINS = ("、", "和")
_SESSION = re.compile(
    rf"(?:党的)?第?(?P<congress>{_ORDINAL})届(?:中央)?第?(?P<session>{_ORDINAL})中全会"
)

# 「二十届四中、五中全会」「十九届四中和五中全会」: the congress once, its sessions coordinated
_LISTED = re.compile(
    rf"(?:党的)?第?(?P<congress>{_ORDINAL})届(?:中央)?"
    rf"(?P<run>{_ORDINAL}中(?:[、和及与]{_ORDINAL}中)+)全会"
)


def sessions_in(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, name, spellings) of each plenary session the text names in full, each
    member of a coordinated list over the list's span."""
    found = [(m, m.group("session")) for m in _SESSION.finditer(text)]
    for m in _LISTED.finditer(text):
        found.extend((m, s) for s in re.findall(rf"({_ORDINAL})中", m.group("run")))
    out = []
    for m, s in sorted(found, key=lambda f: f[0].start()):
        c = m.group("congress")
        name = f"{c}届{s}中全会"
        spellings = (name, f"{c}届中央{s}中全会", f"第{c}届{s}中全会", f"{c}届中央第{s}次全体会议")
        out.append((m.start(), m.end(), name, spellings + listed_spellings(c, s)))
    return out


def listed_spellings(congress: str, session: str) -> tuple[str, ...]:
    """Spellings of the session as one member of a coordinated list of its congress's sessions."""
    if session not in _SESSIONS:
        return ()
    lists: list[tuple[str, ...]] = []
    for i, a in enumerate(_SESSIONS):
        for b in _SESSIONS[i + 1 :]:
            if session in (a, b):
                lists.append((a, b))
    at = _SESSIONS.index(session)
    for first in range(at + 1):
        for last in range(max(at, first + 2), len(_SESSIONS)):
            lists.append(tuple(_SESSIONS[first : last + 1]))
    out = []
    for members in lists:
        for body in _joined(members):
            out.extend((f"{congress}届{body}全会", f"{congress}届中央{body}全会"))
    return tuple(out)


def _joined(members: tuple[str, ...]) -> tuple[str, ...]:
    """A list's spellings: two members joined by 、 or 和; a longer run by 、 throughout or
    with 和 before the last member (「二中、三中和四中」), as Chinese lists are written."""
    parts = [f"{m}中" for m in members]
    if len(parts) == 2:
        return tuple(j.join(parts) for j in _JOINS)
    head = "、".join(parts[:-1])
    return (f"{head}、{parts[-1]}", f"{head}和{parts[-1]}")
