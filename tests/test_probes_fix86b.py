"""Round fix86b: follow-ups that name only what changes, over five invented reports.

``probes_fix86b.jsonl`` asks over ``tests/data/probe_reports_fix86b`` (青石镇, 柳河乡, 云台街道,
白沙县, 石湖县) two paraphrases and one must-not for each reading:

- a verb and a count with no object (「那受理了多少件呢」) counts the thing just counted at that
  deed (``answering.followup_measure.deed_of_last``);
- after a question of having (有执法记录仪), a verb of getting negated (「还没配的」) asks who
  has it not (``answering.followup_negated``, ``answering.any_deed.GOT``);
- a narrowing framed as a condition added (「再加上…这个条件呢」) is read as the narrowing
  (``answering.followup_condition.condition_unframed``);
- 「它打算啥时候搞起来」 asks the plan's time of the last thing (``followup_carry.plan_when``);
- 「柳河乡不是也有一个吗」 asks the last question of the unit put forward (``followup_challenge``).

ng_mn (a negated list of a thing of its own) misses 柳河乡 on main too: 「法治文化广场尚未建成」
is not yet read as said-not; the must-not part (never read as 执法记录仪) holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn
from answering.followup_carry import carried_topic
from answering.followup_challenge import challenged_unit
from answering.followup_condition import condition_unframed
from answering.followup_measure import deed_of_last
from answering.followup_negated import negated_followup
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fix86b.jsonl"
COUNTED = "白沙县和石湖县的行政复议申请各多少？"


def test_fix86b_probes(tmp_path, monkeypatch, capsys):
    floors = "--min-f1 0.83 --min-facts 1.0 --min-compare 1.0 --min-none 1.0".split()
    ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", [DATA / "probe_reports_fix86b"], PROBES, floors
    )


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("那受理了多少件呢？", "白沙县和石湖县的行政复议申请各受理了多少件？"),
        ("审结了几件", "白沙县和石湖县的行政复议申请各审结了多少件？"),
    ],
)
def test_a_deed_counted_without_object_counts_the_last_thing(question, asked):
    assert deed_of_last(question, COUNTED) == asked


@pytest.mark.parametrize(
    ("question", "last"),
    [
        ("那受理了多少件信访呢", COUNTED),  # a thing of its own
        ("那受理了多少件呢", "甲镇和乙镇各开展了多少场普法活动？"),  # the last count is a deed's
    ],
)
def test_a_deed_count_of_its_own_is_left_alone(question, last):
    assert deed_of_last(question, last) is None


@pytest.mark.parametrize("question", ["那还没配的有哪些？", "还没装的呢", "没有的呢"])
def test_not_getting_what_was_had_is_not_having_it(question):
    got = negated_followup(question, [Turn("哪些地方有执法记录仪？")])
    assert got == "哪些地方没有执法记录仪？"


def test_a_verb_of_getting_is_no_deed_of_an_activity():
    assert negated_followup("没配的呢", [Turn("哪些地方开展了宪法宣传周？")]) is None


@pytest.mark.parametrize(
    ("question", "bare"),
    [
        ("再加上只看2023年的报告这个条件呢？", "只看2023年的报告呢？"),
        ("再加一个条件：只要街道的", "只要街道的呢？"),
        ("再加上乡镇这个条件呢", "乡镇的呢？"),
    ],
)
def test_a_condition_frame_leaves_the_narrowing(question, bare):
    assert condition_unframed(question) == bare


@pytest.mark.parametrize("question", ["再加上2020年的报告呢", "再加上准入条件呢"])
def test_no_frame_no_change(question):
    assert condition_unframed(question) == question


def test_a_plans_time_carries_the_last_topic():
    last = "迁西县配了公职律师吗"
    assert carried_topic("它打算啥时候搞起来？", last) == "迁西县配了公职律师，它打算啥时候搞起来？"
    assert carried_topic("它打算啥时候搞普法培训", last) is None


def test_a_unit_put_forward_asks_the_last_question_of_it():
    names = {"和顺镇", "迁西县"}
    assert challenged_unit("和顺镇不是也有一个吗？", names) == "那和顺镇呢？"
    assert challenged_unit("和顺镇也建了吧", names, "哪些地方建了法治文化公园") == "那和顺镇呢？"
    assert challenged_unit("和顺镇不是也有法治长廊吗", names) is None
    assert challenged_unit("全县也有吗", names) is None


def test_a_unit_put_forward_with_a_deed_of_its_own_is_asked_as_typed():
    names = {"金桥镇"}
    last = "哪些地方建了法治文化广场？"
    assert challenged_unit("金桥镇不是也败诉了吗？", names, last) is None
    assert challenged_unit("金桥镇不是也建了吗？", names, last) == "那金桥镇呢？"
    assert challenged_unit("金桥镇不是也搞了吗？", names, last) == "那金桥镇呢？"
    assert challenged_unit("金桥镇不是也请了吗？", names, "哪些地方请了法律顾问") == "那金桥镇呢？"


def test_a_copula_and_a_count_name_no_deed_of_the_last_thing():
    last = "溧阳、荣成、迁西三个地方的行政复议申请各多少？"
    assert deed_of_last("那是多少？", last) is None
    assert deed_of_last("那有多少人", last) is None
    assert (
        deed_of_last("那受理了多少件呢", last)
        == "溧阳、荣成、迁西三个地方的行政复议申请各受理了多少件？"
    )
