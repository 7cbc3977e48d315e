"""Round fuw68: follow-ups that widen, narrow or pick from the last answer.

``probes_fuw68.jsonl`` asks over six invented reports (``tests/data/probe_reports_fuw68``:
three towns and three counties in three provinces). Each rule states a general fact:

- 「别的地方还有谁搞了？」 after 「X有没有提长者饭堂」: the pro-verb 搞/弄 after who-else drops its
  object as 提 does — the thing just asked about, over the other units
  (``answering.followup_scope``; w1a w1b; must-not w1n: nothing else mentions it → none;
  「还有谁做得更好」 judges, it lists nothing; 做/干 keep fuw66's reading: a deed of its own).
- 「桐岙呢？榆岑呢？一起比一下」: units named one by one, then a closing 一起比 — one comparison
  with the unit asked first (``answering.turn_parts``; w2a w2b; must-nots below: no closing
  request, or parts that ask their own measure, are still cut).
- 「其中哪个办得最多？」 after 「民生实事 哪些地方有写」: a topic-first list of a countable thing,
  ranked by a deed done to it, asks each unit's count (``answering.picking``; w3a w3b;
  must-not: 写得最多 ranks how much is written, no count).
- 「那原来定的目标是多少套」 after 「X安置住房建了多少」: 原来定的 marks the plan slot of the same
  measure; a counter after 多少 is kept (``answering.followup_plan_swap``; w4a w4b).
- 「区县级的呢」: a word naming only a level needs no 那 (``answering.followup_switch``; w5a
  w5b; must-not: a one-character level, 「县的呢」, is no switch without 那).
- 「里面那个贵州的乡配了几台」: one unit of the last list picked by the province its report lies
  in (``answering.followup_region_pick``; w6a w6b; must-not w6n: the only Sichuan unit is a
  街道 — asked back, never another province's 乡).

- 「其中谁说了民生实事办了多少件？」 after a list: who-word, a verb of saying, then the count of
  the list's own thing — the last list kept to the units giving a count
  (``answering.followup_figure``; w7a w7b; must-nots: another thing, no count, one unit picked).

main (f2448e42): which 0.00 facts 0.00 compare 0.42 none 1.00; branch 1.00 / 1.00 / 1.00 / 1.00.
"""

from __future__ import annotations

from pathlib import Path

from answering.followup_figure import figure_kept
from answering.followup_plan_swap import plan_swapped
from answering.followup_region_pick import region_picked
from answering.followup_scope import beyond_last
from answering.followup_switch import switched_level
from answering.picking import counted_deed
from answering.turn_parts import split_turn
from reportqa.units import UnitIndex
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fuw68.jsonl"
_UNITS = UnitIndex(["岚峪县", "桐岙县", "榆岑县", "苇溪乡", "鹭门乡", "桐花街道"])


def test_fuw68_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fuw68"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"],
    )


def test_who_else_judging_is_no_widening():
    """「还有谁做得更好」 judges how well, 「其他区搞了多少」 asks a figure: neither lists."""
    assert beyond_last("别的区还有谁做得更好", "桐花街道有没有提长者饭堂") is None
    assert beyond_last("其他区搞了多少", "桐花街道有没有提长者饭堂") is None
    assert beyond_last("别的区还有谁搞了？", "桐花街道长者饭堂建了多少个") is None


def test_parts_without_a_closing_request_stay_cut():
    """Only a closing request to put them together joins the parts; parts asking their own
    measure are no bare units."""
    assert split_turn("桐岙呢？榆岑呢？", _UNITS, lambda t: True) == ("桐岙呢？", "榆岑呢？")
    parts = split_turn("桐岙县GDP多少？榆岑县人口多少？一起比一下", _UNITS, lambda t: True)
    assert len(parts) == 2


def test_writing_more_is_no_count_of_deeds():
    """写得最多 ranks how much a report says; a thing of no countable items counts nothing."""
    units = ("苇溪乡", "鹭门乡")
    assert counted_deed("民生实事 哪些地方有写", "哪个写得最多？", units) == ""
    assert counted_deed("法律顾问 哪些地方有写", "哪个做得最多？", units) == ""
    assert counted_deed("民生实事 哪些地方有写", "哪个做得最多？", units).startswith(
        "苇溪乡和鹭门乡的民生实事各多少"
    )


def test_set_before_needs_a_plan_word():
    """「那原来定的是多少」「那原来的呢」 name no plan slot: left as typed."""
    prev = "岚峪县安置住房建了多少"
    assert plan_swapped("那原来定的是多少", prev, ("岚峪县",)) is None
    assert plan_swapped("那原来的呢", prev, ("岚峪县",)) is None
    assert (
        plan_swapped("那原来定的目标是多少套", prev, ("岚峪县",)) == "岚峪县安置住房目标是多少套？"
    )


def test_level_without_na_only_for_level_words():
    """「县的呢」「市一级的呢」 may open a place's name or ask anew: 那 is still needed there."""
    assert switched_level("县的呢", "哪些地方在搞述法") is None
    assert switched_level("区县级的有几个", "哪些地方在搞述法") is None
    assert switched_level("区县级的呢", "哪些地方在搞述法") is not None


def test_place_leaving_several_points_at_none():
    """「深圳的那个区」 where the place holds several of the listed units: no pick by place."""
    where = {"苇溪乡": "贵州省", "鹭门乡": "湖南省", "岚峪县": "湖南省", "桐花街道": "四川省"}
    placed = lambda unit, place: where.get(unit) == place  # noqa: E731
    units = ("苇溪乡", "鹭门乡", "岚峪县", "桐花街道")
    assert region_picked("其中湖南那个配了几台", units, placed) is None
    assert region_picked("其中湖南那个乡配了几台", units, placed) == (
        "其中那个乡配了几台",
        ("鹭门乡", "岚峪县"),
    )
    assert region_picked("其中云南那个乡配了几台", units, placed) is None  # none of them there


def test_said_count_keeps_the_lists_thing():
    """「其中谁说了X多少」 keeps the last list only when X is its thing and a count is asked."""
    prev = "碧道建设哪些报告有提到"
    assert figure_kept("其中谁说了碧道建了多少公里？", prev) == f"{prev}，写了具体数的"
    assert figure_kept("其中谁说了法律顾问聘了多少个", prev) is None  # another thing
    assert figure_kept("其中谁说了碧道是什么", prev) is None  # no count asked
    assert figure_kept("其中谁说了碧道建了多少公里？", "哪个区碧道建得最多") is None  # one picked


def test_review68_must_nots():
    """Misfires found in review (stop 68) over the real blind34 library, kept as must-nots."""
    units = ("苇溪乡", "鹭门乡")
    # 办得最好 / 开展得最早 judge or date the deed: no count of the list's thing
    assert counted_deed("民生实事 哪些地方有写", "其中哪个办得最好？", units) == ""
    assert counted_deed("法治讲座，哪几个乡镇提到了", "其中哪个开展得最早", units) == ""
    # another figure of the list's thing (its funding) is no 「写了具体数的」 condition
    assert figure_kept("其中谁说了民生实事的资金投入了多少？", "哪些报告提到了民生实事") is None
    # 「原来的目标」: 原来 is when the plan was set, never the measure (学校 kept)
    prev = "岚峪县学校建了多少"
    assert plan_swapped("那原来的目标是多少所", prev, ("岚峪县",)) == "岚峪县学校目标是多少所？"
    # a place that is itself a listed unit names that unit, not every unit lying in it
    where = {"湖南省": "湖南省", "鹭门乡": "湖南省", "苇溪乡": "贵州省"}
    placed = lambda unit, place: where.get(unit) == place  # noqa: E731
    assert region_picked("其中湖南的是怎么说的", ("湖南省", "鹭门乡", "苇溪乡"), placed) is None
