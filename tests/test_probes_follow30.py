"""Round follow30: a follow-up that narrows the last answer's units by a facet of their reports.

``probes_follow30.jsonl`` asks over six invented reports (``tests/data/probe_reports_follow30``:
a 镇, a 乡 and a 街道, a county and a prefecture that all hired 法律顾问, and a 街道 of 浙江 that
did not) conversations of two turns:

- level: the 乡镇 rung named in its parts (「乡镇或者街道」「乡镇街道层面」) keeps the last
  answer's 乡镇 units (``answering.followup_levels.rung_only``): three paraphrases, and the
  same words after an answer that named nobody ask the last question over the rung;
- year and region: two paraphrases each (these held before; they stay);
- must-nots: a follow-up with a topic of its own is a new question over the library, and adding
  a unit with no comparison before it is asked back (``answering.followup_added``);
- one conversation per shape (compare, metadata after a fact, count, pick).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from answering.followup_added import adds_to_nothing
from answering.followup_levels import rung_only, rung_pick
from reportqa.errors import QuestionError
from reportqa.types import ReportInfo
from reportqa.units import UnitIndex
from retrieval.filters import Filters
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_follow30.jsonl"
RUNG_PICK = rung_pick("哪些")
UNITS = UnitIndex(["甲山镇", "乙水乡", "丙桥街道", "丁河县"])
LAST = Turn("哪些地方建了公共法律服务站？", townships=("甲山镇", "乙水乡", "丙桥街道", "丁河县"))


def test_follow30_probes(tmp_path, monkeypatch, capsys):
    floors = "--min-f1 1.0 --min-facts 1.0 --min-compare 1.0 --min-none 1.0".split()
    result = ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", [DATA / "probe_reports_follow30"], PROBES, floors
    )
    # only the add with nothing before it is asked back; the rung after an empty answer is
    # the last question asked again, never a refusal
    refused = {q["id"]: q["error"] for q in result["questions"] if q["error"]}
    assert list(refused) == ["mn_b"] and "还没有可以加入的比较" in refused["mn_b"]
    rung = {q["id"]: q["resolved"] for q in result["questions"]}["lv_d"]
    assert rung.startswith("乡镇一级的报告里，")


@pytest.mark.parametrize(
    "question",
    [
        "其中哪些是乡镇或者街道的？",
        "这里面乡镇街道层面的有哪些",
        "只看乡镇和街道的呢",
        "里面哪些是乡镇的",
    ],
)
def test_the_rung_in_its_parts_picks_the_last_answers_townships(question):
    got = resolve(question, [LAST], UNITS)
    assert got.question == RUNG_PICK and set(got.scope) == set(LAST.townships)


@pytest.mark.parametrize("question", ["其中有几个是乡镇或者街道的？", "这里面乡镇街道的有多少个"])
def test_the_rung_counted_stays_a_count(question):
    got = resolve(question, [LAST], UNITS)
    assert got.question == "有几个是乡镇一级的？" and set(got.scope) == set(LAST.townships)


@pytest.mark.parametrize(
    "rest", ["哪些是镇", "哪些乡镇开展了普法", "哪些是乡或者街道", "乡镇干部有哪些"]
)
def test_a_kind_or_a_topic_is_not_the_rung(rest):
    assert not rung_only(rest)


def test_a_new_topic_after_the_rung_words_is_no_filter():
    got = resolve("那乡镇街道里哪些开展了矛盾纠纷排查？", [LAST], UNITS)
    assert got.question != RUNG_PICK and not got.scope


@pytest.mark.parametrize("question", ["再把甲山镇也加进来比一比", "再加上丙桥街道呢？"])
def test_adding_with_nothing_before_is_asked_back(question):
    assert adds_to_nothing(question)
    with pytest.raises(QuestionError, match="还没有可以加入的比较"):
        resolve(question, [], UNITS)


@pytest.mark.parametrize(
    "question", ["哪些乡镇组织过考试？县区的也算上", "把丙桥街道加进来，哪些建了服务站"]
)
def test_a_need_of_its_own_is_no_bare_add(question):
    assert not adds_to_nothing(question)
    assert resolve(question, [], UNITS).question == question


def _info(unit: str, source: str) -> ReportInfo:
    return ReportInfo("id-" + source, source, "", unit, "", "乡镇", 2025, "h")


def test_a_report_without_a_unit_stays_in_a_scope_of_its_shown_name():
    unknown, named = _info("", "r07.txt"), _info("甲山镇", "r01.txt")
    scope = Filters(("甲山镇", unknown.shown))
    assert scope.allows(unknown) and scope.allows(named)
    assert not Filters(("乙水乡",)).allows(unknown)


def test_a_turn_answered_with_no_unit_leaves_the_unit_it_was_about():
    asked = Turn("这份报告是报给谁的？", "这份报告是报给谁的？", (), ("乙水乡",))
    got = resolve("它归哪个县管？", [Turn("乙水乡开了几场普法活动？"), asked], UNITS)
    assert got.scope == ("乙水乡",)


def test_a_new_topic_after_a_narrowed_turn_is_no_filter():
    asked = Turn("其中哪些是2025年的报告？", "哪些是2025年的报告？", (), ("甲山镇", "乙水乡"))
    got = resolve("那哪些地方开展了矛盾纠纷排查？", [LAST, asked], UNITS)
    assert not got.scope


def test_the_history_json_keeps_the_scope():
    from library.reading import turns_from_json

    turns = turns_from_json([{"q": "这份报告是报给谁的？", "scope": ["乙水乡"]}])
    assert turns[0].scope == ("乙水乡",)


@pytest.mark.parametrize(
    ("question", "place"),
    [("那四川的呢", "四川"), ("换成宜昌呢", "宜昌"), ("那湖北那边的呢？", "湖北")],
)
def test_a_region_alone_asks_the_last_question_there(question, place):
    prev = Turn("只看浙江的呢", "浙江的报告里，哪些地方聘请了法律顾问", ("甲山镇",))
    got = resolve(question, [prev], UNITS)
    assert got.question == f"{place}的报告里，哪些地方聘请了法律顾问" and not got.scope


@pytest.mark.parametrize("question", ["那罚款的呢", "那甲山镇呢", "那四川哪些搞了普法呢"])
def test_no_place_or_a_unit_or_a_topic_is_no_region_switch(question):
    got = resolve(question, [LAST], UNITS)
    assert not got.question.startswith("四川的报告里，哪些地方建了")
    assert "的报告里，哪些地方建了公共法律服务站" not in got.question


def test_a_unit_after_a_region_is_asked_without_the_region():
    prev = Turn("只看四川的呢", "四川的报告里，哪些地方聘请了法律顾问", ("甲山镇", "丁河县"))
    got = resolve("那乙水乡呢", [prev], UNITS)
    assert got.question.startswith("乙水乡") and "四川" not in got.question
