"""Round fix84d: a follow-up that names only a restriction keeps the last list's thing.

``probes_fix84d.jsonl`` asks over six invented reports (``tests/data/probe_reports_fix84d``):

- 「那还没做到全覆盖的呢」 after 「…的法律顾问已经全覆盖了」: the last question with its predicate
  negated (nd1 nd1b nd1c, ``followup_negated``); a negated deed sharing no word with it is
  left to the other readings (nd1n, 0.00 on main and branch alike).
- 「其中超过50名的有哪些」: a bound alone counts the last list's thing (nb1 nb1b nb1c,
  ``followup_named_count.bounded_count``); a bound with its own thing is asked as typed (nb1n).
- 「那只是说要争创、还没评上的呢」: the last deed swapped for the aim, over the library (na1 na1b
  na1c); 「甲镇和乙镇各培育了多少名」 after a list carries its thing (nc1 nc1b; nc1n its own).

Figures: main 419757dd which 0.30, compare 1.00, none 1.00; branch fix84d which 0.77, compare
1.00, none 1.00. Down: nd1 1.00 → 0.67 and na1b 1.00 → 0.67 — the rewritten question is
searched with its negator or aim inside the thing, and the reports that did it (实现全覆盖,
被评为示范村) are listed too; the follow-up's reading is right, retrieval does not hold the
negation or the aim as a condition. On main they passed by searching 「还没做到全覆盖」 and
「打算争创」 bare, which loses the thing in a library where others mention it (blind43 h84_47).
"""

from __future__ import annotations

import pytest

from answering.followup_inherit import inherited_topic
from answering.followup_named_count import bounded_count
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


@pytest.mark.parametrize(
    ("rest", "last", "asked"),
    [
        ("超过50名的有哪些", "哪些乡镇培育了法律明白人？", "培育了法律明白人，超过50名的有哪些"),
        (
            "50名以上的是哪几个",
            "哪些乡镇培育了法律明白人？",
            "培育了法律明白人，50名以上的是哪几个",
        ),
        # the last question's own bound gives way to the new one
        ("超过200场的有哪些", "哪些乡镇普法活动超过100场？", "普法活动，超过200场的有哪些"),
    ],
)
def test_a_bound_alone_counts_the_last_thing(rest, last, asked):
    assert bounded_count(rest, last) == asked


def test_a_bound_with_its_thing_is_asked_as_typed():
    assert bounded_count("法律顾问超过3名的有哪些", "哪些乡镇聘请了法律顾问") is None


@pytest.mark.parametrize(
    ("last", "q", "asked"),
    [
        (
            "有村子被评上民主法治示范村的有哪些地方",
            "那只是说要争创、还没评上的呢",
            "有村子要争创民主法治示范村的有哪些地方",
        ),
        (
            "哪些乡镇有村子评上了民主法治示范村",
            "那只是打算争创、但还没评上的有哪些",
            "哪些乡镇有村子打算争创民主法治示范村",
        ),
        (
            "哪些乡镇有村子被评为民主法治示范村",
            "那只提了要争创、还没评为示范村的呢",
            "哪些乡镇有村子要争创民主法治示范村",
        ),
    ],
)
def test_an_aim_only_swaps_the_last_deed(last, q, asked):
    assert negated_followup(q, [Turn(last)]) == asked


def test_an_aim_beside_a_deed_not_asked_is_left_alone():
    last = [Turn("有村子被评上民主法治示范村的有哪些地方")]
    assert negated_followup("那只是说要争创、还没验收的呢", last) is None


def test_two_units_counted_with_no_thing_take_the_list_thing():
    units, last = ["青峰镇", "白水乡"], "哪些乡镇培育了法律明白人？"
    got = inherited_topic("青峰镇和白水乡各培育了多少名？", last, units, units)
    assert got is not None and got.question == "培育了法律明白人，青峰镇和白水乡各培育了多少名？"
    assert inherited_topic("青峰镇和白水乡各有多少名法律顾问", last, units, units) is None
