"""Round fuC56: which-question follow-ups that change the scope, ask for the others, or start
afresh, probed on made-up pages in ``tests/data/probe_reports_fuC56``.

- 「那只看2023年的报告呢」「只要2024年的」「只看2024年初开会作的那几份」: scope words only (a year,
  said as the year of the reports or when they were delivered) keep the last topic, narrowed;
- 「再把北京、江苏的也加进来」 after 「上海的报告有哪几份」: regions added join the last region;
- 「这个县还有别的报告吗」 after 「松坪乡归哪个县管」: the county the last answer named;
- 「还有别的乡镇提民宿吗」「那其他乡镇呢？还有谁提了民宿」: the library minus the units just
  answered, searched for the topic;
- 「有没有乡镇提到…的」 after a question about one unit: a range of its own, asked anew;
- 「换成防诈骗宣传呢」 after 「禁毒宣传都有哪些地方搞了」: the topic replaced, not glued on;
- 「那写了下一步工作计划的呢」 after a which-question: the same list with another condition.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup_condition import condition_swapped
from tests.probe_kit import built, chat

DATA = Path(__file__).parent / "data" / "probe_reports_fuC56"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return built(tmp_path_factory, "fuC56", DATA).service


def _units(answer) -> set[str]:
    return set(answer.townships)


# ---- a year said alone narrows the last list -----------------------------------------------
@pytest.mark.parametrize(
    ("follow", "units"),
    [
        ("那只看2023年的报告呢", {"青枫镇", "石湖镇"}),
        ("只要2024年的", {"柳岸街道"}),
        ("只看2024年初开会作的那几份呢？", {"柳岸街道"}),
    ],
)
def test_year_narrows_the_last_list(service, follow, units):
    answer = chat(service, "合法性审查都有谁写了？", follow)
    assert answer.kind == "which"
    assert _units(answer) == units
    assert "合法性审查" in answer.resolved_question


def test_a_year_of_one_unit_is_no_list(service):
    # must-not: 「只看它2023年的工作计划」 asks of the one unit just talked about
    answer = chat(service, "松坪乡提到执法记录仪了吗？", "只看它2023年的工作计划")
    assert "执法记录仪" not in answer.resolved_question
    assert answer.scope == ("松坪乡",)


# ---- regions added join the last question's region ----------------------------------------
@pytest.mark.parametrize(
    ("follow", "units"),
    [
        ("再把北京、江苏的也加进来", {"青枫镇", "柳岸街道", "石湖镇"}),
        ("把北京的也算上", {"青枫镇", "柳岸街道"}),
    ],
)
def test_regions_added_widen_the_list(service, follow, units):
    answer = chat(service, "上海的报告有哪几份", follow)
    assert _units(answer) == units


def test_a_topic_added_is_no_region(service):
    # must-not: 「禁毒宣传」 is no region; the list of 上海's reports is not widened by it
    answer = chat(service, "上海的报告有哪几份", "再把禁毒宣传也加进来")
    assert "北京" not in answer.resolved_question
    assert "柳岸街道" not in _units(answer)


# ---- 这个县: the county the last answer named ------------------------------------------------
@pytest.mark.parametrize("follow", ["这个县还有别的报告吗", "该县有哪些报告？"])
def test_this_county_is_the_one_named(service, follow):
    answer = chat(service, "松坪乡归哪个县管", follow)
    assert _units(answer) == {"云岭乡", "松坪乡"}
    assert "城口县" in answer.resolved_question


def test_it_is_the_unit_not_its_county(service):
    # must-not: 「它」 is 松坪乡 itself, no county is read into it
    answer = chat(service, "松坪乡归哪个县管", "它还有别的报告吗")
    assert "城口县" not in answer.resolved_question


# ---- 别的/其他 + units: the library minus the units just answered -------------------------
@pytest.mark.parametrize(
    "follow",
    [
        "还有别的乡镇提民宿吗？",
        "那其他乡镇呢？还有谁提了民宿这类的",
        "其他乡镇呢？还有谁发展了民宿？",
    ],
)
def test_others_are_the_rest_of_the_library(service, follow):
    answer = chat(service, "云岭乡有没有提民宿？", follow)
    assert answer.kind == "which"
    assert _units(answer) == {"青枫镇"}


def test_other_aspects_are_no_other_units(service):
    # must-not: 「其他方面呢」 asks more of the same unit, not of the other units
    answer = chat(service, "云岭乡有没有提民宿？", "其他方面呢")
    assert "除云岭乡外" not in answer.resolution_note
    assert answer.kind != "which"


# ---- a which-question with its own range is asked anew -----------------------------------
@pytest.mark.parametrize("follow", ["有没有乡镇提到运动员参加奥运会的？", "有无乡镇写过奥运会的？"])
def test_own_range_is_asked_over_the_library(service, follow):
    answer = chat(service, "松坪乡那份讲了哪些学法活动？", follow)
    assert _units(answer) == {"松坪乡", "柳岸街道"}
    assert answer.scope == ()


def test_it_stays_the_unit(service):
    # must-not: 「它有没有提到奥运会」 asks of the unit just talked about
    answer = chat(service, "松坪乡那份讲了哪些学法活动？", "它有没有提到奥运会")
    assert answer.scope == ("松坪乡",)


# ---- 换成X: the topic replaced -------------------------------------------------------------
@pytest.mark.parametrize(
    ("first", "follow", "new", "units"),
    [
        ("禁毒宣传都有哪些地方搞了", "换成防诈骗宣传呢", "防诈骗", {"柳岸街道", "石湖镇"}),
        ("禁毒宣传也有哪些地方搞了", "改成反邪教宣传呢", "反邪教", {"云岭乡"}),
    ],
)
def test_swap_replaces_the_topic(service, first, follow, new, units):
    answer = chat(service, first, follow)
    assert new in answer.resolved_question
    assert "禁毒" not in answer.resolved_question
    assert _units(answer) == units


def test_a_level_is_no_topic(service):
    # must-not: 「换成街道的」 names a level, not a thing to search
    answer = chat(service, "禁毒宣传都有哪些地方搞了", "换成街道的呢")
    assert "提到街道" not in answer.resolved_question


# ---- 那写了X的呢: the same list with another condition -------------------------------------
_GAPS = "哪几份报告里专门写了存在的问题和不足？"


@pytest.mark.parametrize(
    ("follow", "units"),
    [
        ("那写了下一步工作计划的呢？", {"青枫镇", "云岭乡"}),
        ("那写了执法记录仪的呢", {"石湖镇", "云岭乡", "松坪乡"}),
    ],
)
def test_condition_swapped_keeps_the_list(service, follow, units):
    answer = chat(service, _GAPS, follow)
    assert answer.kind == "which"
    assert units <= _units(answer)
    assert answer.scope == ()


def test_a_negated_condition_is_the_complement():
    # must-not: 「那没写的呢」 asks the units the last list left out (``followup_negated``)
    assert condition_swapped("那没写的呢", _GAPS) is None
    assert condition_swapped("那街道的呢", _GAPS) is None


# ---- review misfires (fixF56) -------------------------------------------------------------
# 有 before a year or a level asks after that slot of the last list, never a condition 「有2023年」
@pytest.mark.parametrize(
    ("first", "follow", "units"),
    [
        ("哪些报告提到了合法性审查？", "有2023年的呢？", {"青枫镇", "石湖镇"}),
        ("合法性审查都有谁写了？", "有2023年的吗？", {"青枫镇", "石湖镇"}),
        ("哪些报告提到了合法性审查？", "有街道的呢？", {"柳岸街道"}),
        ("哪些报告提到了合法性审查？", "有乡镇的呢？", {"青枫镇", "石湖镇", "柳岸街道"}),
    ],
)
def test_a_year_or_level_after_you_is_no_condition(service, first, follow, units):
    answer = chat(service, first, follow)
    assert "有2023年" not in answer.resolved_question
    assert "里有" not in answer.resolved_question
    assert answer.kind == "which"
    assert _units(answer) == units


def test_a_street_inside_the_district_stays_with_it(service):
    # must-not: 街道 lie inside 临海区 — asked of its own report, not of the library
    answer = chat(service, "临海区提到了口袋公园吗？", "有没有街道建了口袋公园？")
    assert answer.scope == ("临海区",)
    assert answer.kind != "which"


def test_others_leave_out_the_answered_unit_under_its_old_name(service):
    # must-not: 临海新区 is 临海区 under its old name; its scope must not let 临海区 back in
    answer = chat(service, "哪些区提到了自动驾驶？", "那其他区呢？还有谁提了智能网联这类的")
    assert "临海区" not in _units(answer)
    assert _units(answer) == {"东湾区"}


@pytest.mark.parametrize(
    ("first", "follow"),
    [
        ("临海区的GDP增速是多少？", "其他区是多少？"),
        ("临海区的GDP增速是多少？", "其他区谁的增速最高？"),
        ("临海区提到了口袋公园吗？", "其他区有几个？"),
        ("临海区提到了口袋公园吗？", "其他区的数量呢？"),
    ],
)
def test_asking_words_after_the_others_are_no_topic(service, first, follow):
    # must-not: 是多少/几个/数量/最高 name nothing to list the other units by
    answer = chat(service, first, follow)
    assert "哪些区提到" not in answer.resolved_question


@pytest.mark.parametrize("follow", ["其他乡镇也有这种做法吗？", "别的乡镇有没有类似的做法？"])
def test_such_a_practice_is_the_last_topic(service, follow):
    answer = chat(service, "云岭乡有没有提民宿？", follow)
    assert answer.kind == "which"
    assert "民宿" in answer.resolved_question
    assert _units(answer) == {"青枫镇"}


def test_its_own_similar_practice_stays_with_it(service):
    # must-not: 「它还有类似的做法吗」 asks more of 云岭乡, not of the others
    answer = chat(service, "云岭乡有没有提民宿？", "它还有类似的做法吗？")
    assert "除云岭乡外" not in answer.resolution_note


# a title led by 中共 (the party committee issues it with the government): no part of the county
@pytest.mark.parametrize(
    ("first", "follow"),
    [("桐溪镇属于哪个县？", "该县还有其他报告吗"), ("桐溪镇归哪个县管", "这个县有哪些报告？")],
)
def test_the_party_prefix_is_no_part_of_the_county(service, first, follow):
    answer = chat(service, first, follow)
    assert "中共" not in answer.resolved_question
    assert _units(answer) == {"桐溪镇", "梅岭乡"}


def test_it_is_the_town_not_its_county(service):
    # must-not: 「它」 is 桐溪镇 itself
    answer = chat(service, "桐溪镇属于哪个县？", "它还有其他报告吗")
    assert "平川县" not in answer.resolved_question
