"""Round fuB55: fact and pick follow-ups that keep the last answer's topic or units, probed on
made-up pages in ``tests/data/probe_reports_fuB55``.

- 「第二个的增速是多少」「后者的增速呢」: an ordinal picks the unit shown in that place, and a
  measure named alone is the measure of the last question's thing (「第二季度」 is no pick);
- 「其中哪个区做得最多？多少个？」: a pick with its figure asked after it is the pick;
- 「桐溪那边签了多少人」: a unit and a count with only a verb of the last topic asks that topic;
- 「具体是哪一天」: a when-question with no thing of its own asks when the last thing happened;
- 「再把石门区那份加进来比比」: the years of the last question were its unit's; the unit
  added is compared on its own report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.picking import most_said
from tests.probe_kit import built, chat

DATA = Path(__file__).parent / "data" / "probe_reports_fuB55"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return built(tmp_path_factory, "fuB55", DATA).service


def _quoted(answer) -> str:
    return "".join(c.quote for c in answer.citations)


def _units(answer) -> set[str]:
    return {c.township for c in answer.citations}


_GDP = "柳川和桐溪2019年的GDP分别是多少？"


# ---- an ordinal picks the unit shown in that place ----------------------------------------
@pytest.mark.parametrize(
    ("follow", "unit", "figure"),
    [("第二个的增速是多少？", "桐溪区", "8.5%"), ("后者的增速呢？", "桐溪区", "8.5%")],
)
def test_ordinal_picks_the_unit_shown_there(service, follow, unit, figure):
    answer = chat(service, _GDP, follow)
    assert _units(answer) == {unit}
    assert figure in _quoted(answer)


def test_first_one_is_the_first_shown(service):
    answer = chat(service, _GDP, "前者的增速是多少？")
    assert _units(answer) == {"柳川区"}
    assert "7.2%" in _quoted(answer)


def test_second_quarter_is_no_pick(service):
    # must-not: 「第二季度」 is a time of its own, not the second unit of the answer
    answer = chat(service, _GDP, "第二季度的增速是多少？")
    assert "上一个回答的第" not in answer.resolution_note
    assert answer.resolved_question.startswith("第二季度")


# ---- a pick with its figure asked after it ------------------------------------------------
@pytest.mark.parametrize(
    ("follow", "unit", "figure"),
    [
        ("其中哪个区做得最多？多少个？", "桐溪区", "2450"),
        ("其中哪个区做得最少？是多少？", "石门区", "860"),
    ],
)
def test_pick_with_its_figure(service, follow, unit, figure):
    answer = chat(service, "哪些区在做民生微实事？", follow)
    assert answer.picked == (unit,)
    assert figure in "".join(c.quote for c in answer.citations if c.township == unit)


def test_a_count_without_a_pick_is_kept():
    # must-not: 「哪个乡镇调解了多少件」 ranks nothing, its count is the question
    assert most_said("哪个乡镇调解了多少件？") == "哪个乡镇调解了多少件？"
    assert most_said("最多的是哪个，有多少人参加？") == "最多的是哪个，有多少人参加？"


# ---- a unit and a count of the last topic's verb -----------------------------------------
@pytest.mark.parametrize(
    ("follow", "unit", "figure"),
    [
        ("桐溪那边签了多少人？", "桐溪区", "15.2万人"),
        ("柳川区这边签了几万人？", "柳川区", "28.6万人"),
    ],
)
def test_count_keeps_the_last_topic(service, follow, unit, figure):
    answer = chat(service, "家庭医生签约服务哪些区在推？", follow)
    assert _units(answer) == {unit}
    assert figure in _quoted(answer)


def test_a_thing_of_its_own_is_not_carried(service):
    # must-not: 「人口」 is a thing of its own, not the last topic's count
    answer = chat(service, "家庭医生签约服务哪些区在推？", "桐溪那边有多少人口？")
    assert "家庭医生" not in answer.resolved_question


# ---- a when-question asks when the last thing happened ------------------------------------
@pytest.mark.parametrize("follow", ["具体是哪一天？", "那是什么时候？"])
def test_when_keeps_the_last_thing(service, follow):
    answer = chat(service, "柳川区2019年有哪位领导来调研过？", follow)
    assert _units(answer) == {"柳川区"}
    assert "2019年10月15日" in _quoted(answer)


def test_when_of_a_thing_of_its_own(service):
    # must-not: 「下次培训」 names the thing whose time is asked
    answer = chat(service, "柳川区2019年有哪位领导来调研过？", "下次培训是什么时候？")
    assert "调研" not in answer.resolved_question


# ---- a unit added to a comparison is compared on its own report ---------------------------
_RATE = "柳川2016和2019两份里，城镇登记失业率分别多少？"


@pytest.mark.parametrize("follow", ["再把石门区那份加进来比比", "把石门区也加进来比一比"])
def test_added_unit_uses_its_own_report(service, follow):
    answer = chat(service, _RATE, follow)
    assert {"柳川区", "石门区"} <= _units(answer)
    assert "3.6%" in _quoted(answer)


def test_a_swapped_unit_keeps_the_years(service):
    # must-not: 「那桐溪呢」 asks the same reports' years of another unit, nothing added
    answer = chat(service, _RATE, "那桐溪呢")
    assert "2016" in answer.resolved_question


# ---- fixB55: the misfires a review found --------------------------------------------------
@pytest.mark.parametrize(
    ("first", "follow"),
    [("哪个区的民生微实事最多？", "第二个是哪个区？"), ("哪个区的GDP最高？", "第二个呢？")],
)
def test_ordinal_after_a_ranking_is_no_row(service, first, follow):
    # must-not: after a ranking 第二个 is the second rank; the table's rows are no ranks
    answer = chat(service, first, follow)
    assert "上一个回答的第" not in answer.resolution_note


@pytest.mark.parametrize("follow", ["第一家落户的企业是哪家？", "第一项措施是什么？"])
def test_first_of_things_is_no_pick(service, follow):
    # must-not: 第一家/第一项 count things of the reports, not the units of the answer
    answer = chat(service, _GDP, follow)
    assert "上一个回答的第" not in answer.resolution_note


@pytest.mark.parametrize("follow", ["哪个月？", "具体是哪一天？"])
def test_when_after_an_undated_figure(service, follow):
    # must-not: a GDP figure of a year has no day; its figure is no answer to when
    answer = chat(service, "柳川区2019年GDP增长多少？", follow)
    assert "生产总值" not in answer.resolved_question
    assert "GDP" not in answer.resolved_question


def test_when_over_several_units_is_asked_back():
    from answering.followup_inherit import inherited_topic
    from reportqa.errors import QuestionError

    said = "2019年10月15日，国务院副总理到柳川区调研"
    with pytest.raises(QuestionError):
        inherited_topic("什么时候？", "哪些区有领导来调研过？", ("柳川区", "桐溪区"), (), said)
    one = inherited_topic("什么时候？", "柳川区有领导来调研过吗？", ("柳川区",), (), said)
    assert one is not None and "调研" in one.question


@pytest.mark.parametrize("follow", ["桐溪住了多少人？", "桐溪那边住了几万人？"])
def test_count_shares_no_single_character(service, follow):
    # must-not: 住 is no word of 人才住房 (住房 is a noun): the topic is not carried
    answer = chat(service, "哪些区在建人才住房？", follow)
    assert "人才住房" not in answer.resolved_question


def test_a_total_is_kept():
    # must-not: 「一共有多少个」 asks a total, not the figure of the pick
    assert "一共" in most_said("哪个区的民生微实事最多？一共有多少个？")
    assert "总共" in most_said("其中哪个最多？总共有多少个？")


@pytest.mark.parametrize("follow", ["桐溪2019年签了多少人？", "桐溪区当年签了几万人？"])
def test_count_with_a_time_keeps_the_last_topic(service, follow):
    # a time said with the count says when, not what: the topic is still the last one's
    answer = chat(service, "家庭医生签约服务哪些区在推？", follow)
    assert "家庭医生" in answer.resolved_question
    assert "15.2万人" in _quoted(answer)


@pytest.mark.parametrize("follow", ["哪天来的？", "是什么时候来的？"])
def test_when_with_the_topics_verb(service, follow):
    answer = chat(service, "柳川区2019年有哪位领导来调研过？", follow)
    assert "2019年10月15日" in _quoted(answer)


@pytest.mark.parametrize("follow", ["第二个区是怎么做的？", "第二个是如何开展的？"])
def test_ordinal_how_keeps_the_last_topic(service, follow):
    answer = chat(service, "哪些区在做民生微实事？", follow)
    assert "上一个回答的第2个" in answer.resolution_note
    assert "民生微实事" in answer.resolved_question


def test_ordinal_with_a_thing_of_its_own(service):
    # must-not: 「培训是怎么安排的」 names its own thing, not the last topic
    answer = chat(service, "哪些区在做民生微实事？", "第二个区的培训是怎么安排的？")
    assert "民生微实事" not in answer.resolved_question
