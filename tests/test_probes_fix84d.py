"""Round fix84d: a negated follow-up that names only a predicate keeps the last list's thing.

``probes_fix84d.jsonl`` asks over four invented reports (``tests/data/probe_reports_fix84d``):
「那还没做到全覆盖的呢」 after 「哪些地方村里（社区）的法律顾问已经全覆盖了」 is the last question
with its predicate negated (nd1 nd1b nd1c); a negated deed sharing no word with the last
predicate is asked of its own (nd1n, as on main).

Figures: main 419757dd which 0.75 (nd1 1.00, nd1n 0.00); branch fix84d which 0.67 (nd1 0.67:
「…法律顾问还没做到全覆盖」 is searched with the negator inside the thing, and the reports that
say 实现全覆盖 are listed too — a retrieval limit, not the follow-up's reading).
"""

from __future__ import annotations

import pytest

from answering.followup_negated import negated_followup
from answering.followup_turn import Turn


@pytest.mark.parametrize(
    ("last", "q", "asked"),
    [
        (
            "哪些地方村里（社区）的法律顾问已经全覆盖了",
            "那还没做到全覆盖的呢",
            "哪些地方村里（社区）的法律顾问还没做到全覆盖",
        ),
        (
            "哪些乡镇村级法律顾问实现了全覆盖？",
            "那尚未实现全覆盖的有哪些",
            "哪些乡镇村级法律顾问尚未实现全覆盖？",
        ),
        (
            "哪些乡镇的法治文化广场通过了市级验收",
            "那还没有通过市级验收的呢",
            "哪些乡镇的法治文化广场还没有通过市级验收",
        ),
    ],
)
def test_a_negated_predicate_keeps_the_last_thing(last, q, asked):
    assert negated_followup(q, [Turn(last)]) == asked


@pytest.mark.parametrize(
    ("last", "q"),
    [
        (
            "哪些地方村里（社区）的法律顾问已经全覆盖了",
            "那还没开展宪法进社区的呢",
        ),  # no shared word
        ("哪些乡镇没有实现法律顾问全覆盖", "那还没做到全覆盖的呢"),  # already negative
        ("松岗镇法律顾问全覆盖了吗", "那还没做到全覆盖的呢"),  # no list asked
    ],
)
def test_no_predicate_to_negate(last, q):
    assert negated_followup(q, [Turn(last)]) is None
