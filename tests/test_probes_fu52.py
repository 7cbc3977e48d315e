"""Round fu52 (issue 15 item 6): a follow-up inherits every slot it does not restate and changes
only what it names, probed on made-up pages in ``tests/data/probe_reports_fu52``.

- a count naming no thing (「它办了几起」「其中那个乡配了几台」) counts the last question's topic;
  「那个乡」 picks the unit of that kind among the last answer's;
- 「那早些年那份报告里呢」 is the last question of the unit's earlier report;
- 「那跟X比呢」 sets X beside the unit just asked about;
- 「再把X也加进来，比比Y」 adds X and takes the newly named measure Y;
- 「两部都提到的是哪几个」 asks the last two list questions' needs together;
- 「换成X，它今年定的多少」 is the unit swap, the same need asked again;
- 「那石湾镇配了几个」 first in a conversation is asked back;
- 「其中哪个定得最高」 after a list of figures with no numbers ranks the units by that figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn
from answering.followup_years import with_year
from reportqa.answer import Kind
from reportqa.errors import QuestionError
from tests.probe_kit import built, chat

DATA = Path(__file__).parent / "data" / "probe_reports_fu52"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return built(tmp_path_factory, "fu52", DATA).service


def _quoted(answer) -> str:
    return "".join(c.quote for c in answer.citations)


def _units(answer) -> set[str]:
    return {c.township for c in answer.citations}


# ---- a count naming no thing counts the last topic ----------------------------------------
def test_it_counts_the_last_topic(service):
    answer = chat(service, "哪些乡镇提到了林业行政案件？", "它办了几起，结了几起？")
    assert "林业行政案件6起" in _quoted(answer)
    assert _units(answer) == {"石湾镇"}


def test_that_township_picks_by_kind_and_keeps_the_topic(service):
    answer = chat(service, "哪些地方给执法人员配备了执法记录仪？", "其中那个乡配了几台？")
    assert _units(answer) == {"青岗乡"}
    assert "执法记录仪4台" in _quoted(answer)


def test_units_counted_carry_no_topic(service):
    # must-not: 「有几个是2023年的」 counts the listed units, it asks no count of the topic
    answer = chat(service, "哪些地方给执法人员配备了执法记录仪？", "其中有几个是2023年的？")
    assert "执法记录仪，" not in answer.resolved_question


# ---- 「那早些年那份报告里呢」: the unit's earlier report ------------------------------------
@pytest.mark.parametrize("follow", ["那早些年那份报告里呢", "那早几年的那份报告里呢"])
def test_earlier_report_asks_the_last_question(service, follow):
    answer = chat(service, "石湾镇调处矛盾纠纷多少起，23年是多少？", follow)
    assert "150起" in _quoted(answer)


def test_a_span_of_years_is_no_short_year():
    # must-not: 「近5年」 is a span, never the year to replace
    assert with_year("石湾镇近5年调处了多少起纠纷", 2021, ["石湾镇"]).count("近5年") == 1


# ---- 「那跟X比呢」: X beside the unit just asked about --------------------------------------
@pytest.mark.parametrize("follow", ["那跟石湾镇比呢", "那么和石湾镇比较呢"])
def test_versus_keeps_the_unit_asked_about(service, follow):
    answer = chat(service, "青岗乡干部法治理论知识考试合格率多少？", follow)
    assert _units(answer) == {"青岗乡", "石湾镇"}


def test_a_unit_alone_moves_the_question(service):
    answer = chat(service, "青岗乡干部法治理论知识考试合格率多少？", "那石湾镇呢")
    assert _units(answer) == {"石湾镇"}  # must-not: no comparison without 跟/和…比


# ---- 「再把X也加进来，比比Y」: X added, the measure named now ----------------------------------
def test_added_unit_takes_the_new_topic(service):
    answer = chat(
        service, "石湾镇2023年调处了多少起矛盾纠纷？", "再把青岗乡也加进来，比比执法记录仪"
    )
    assert answer.kind == Kind.COMPARE
    assert _units(answer) == {"石湾镇", "青岗乡"}
    assert all(n in _quoted(answer) for n in ("执法记录仪3台", "执法记录仪4台"))


def test_added_unit_takes_the_new_count(service):
    answer = chat(
        service,
        "石湾镇和青岗乡的法治理论知识考试合格率各是多少？",
        "再把柳溪街道也加进来，看看各调了多少起纠纷",
    )
    assert _units(answer) == {"石湾镇", "青岗乡", "柳溪街道"}
    assert all(n in _quoted(answer) for n in ("180起", "120起", "90起"))


@pytest.mark.parametrize(
    "follow", ["再加上柳溪街道，哪个最高", "再把柳溪街道也加进来，三个对比一下"]
)
def test_a_pick_after_adding_keeps_the_measure(service, follow):
    # must-not: 「哪个最高」「三个对比一下」 name no thing, the last question's measure stays
    answer = chat(service, "石湾镇和青岗乡的调解成功率各是多少？", follow)
    assert "成功率" in answer.resolved_question


# ---- 「两部都提到的是哪几个」: both lists at once ------------------------------------------
_LAWS = ("哪些地方学习过民法典？", "换成《信访工作条例》看看")


@pytest.mark.parametrize("follow", ["两部都提到的是哪几个？", "这两个都学过的有哪些？"])
def test_both_lists_shared(service, follow):
    answer = chat(service, *_LAWS, follow)
    assert answer.kind == Kind.WHICH
    assert set(answer.townships) == {"石湾镇", "柳溪街道"}


def test_both_needs_one_list_only(service):
    # must-not: after one list there are no two needs to join
    answer = chat(service, _LAWS[0], "两部都提到的是哪几个？")
    assert "既" not in answer.resolved_question


# ---- 「换成X，它今年定的多少」: the unit swap -----------------------------------------------
@pytest.mark.parametrize("follow", ["换成西岭区，它今年定的多少？", "改成西岭区，它定了多少？"])
def test_swap_then_pointer_is_the_swap(service, follow):
    answer = chat(service, "东岭区2023年GDP增长目标定的多少？", follow)
    assert _units(answer) == {"西岭区"}
    assert "地区生产总值增长8%" in _quoted(answer)


@pytest.mark.parametrize("follow", ["换成西岭区，它的固定资产投资呢", "换成西岭区，它投了多少？"])
def test_swap_then_a_need_of_its_own_is_no_swap_alone(service, follow):
    # must-not: a thing (固定资产投资) or a verb (投) of its own asks a new need
    answer = chat(service, "东岭区2023年GDP增长目标定的多少？", follow)
    assert "GDP增长目标" not in answer.resolved_question


# ---- a count of no thing first in a conversation is asked back ----------------------------
@pytest.mark.parametrize("first", ["那石湾镇配了几个", "那么青岗乡呢，搞了几场"])
def test_leaning_count_first_is_asked_back(service, first):
    with pytest.raises(QuestionError, match="第一个问题"):
        service.ask(first, [])


def test_a_count_of_a_thing_first_is_answered(service):
    answer = service.ask("那石湾镇配了几台执法记录仪", [])  # must-not: the thing is named
    assert "3台" in _quoted(answer)


# ---- 「其中哪个定得最高」: ranked by the list's figure --------------------------------------
@pytest.mark.parametrize("follow", ["其中哪个定得最高？", "这里面哪个最高？"])
def test_ranking_a_list_of_figures(service, follow):
    answer = chat(service, "哪些区的报告给出了当年地区生产总值增速目标？", follow)
    assert answer.picked == ("西岭区",)


def test_ranking_a_list_of_things_is_asked_back(service):
    # must-not: 法律顾问-like things done are no figure to rank by
    with pytest.raises(QuestionError, match="比的是什么"):
        chat(service, "哪些乡镇提到了林业行政案件？", "其中哪个最多？")


# ---- 「换成2025年的增长目标呢」: the year and the thing swapped, the units kept ---------------
@pytest.mark.parametrize("follow", ["换成2023年的增长目标呢", "那改成2023年的GDP增长目标看看"])
def test_year_and_thing_swapped(service, follow):
    answer = chat(service, "2022年东岭区和西岭区的GDP增速差多少？", follow)
    assert answer.kind == Kind.COMPARE  # the shape of the last question stays
    assert _units(answer) == {"东岭区", "西岭区"}
    assert all(n in _quoted(answer) for n in ("地区生产总值增长7%左右", "地区生产总值增长8%"))


def test_a_unit_and_thing_is_no_year_swap():
    # must-not: 「换成西岭区的增长目标呢」 swaps the unit, no year is named
    from answering.followup_topic import year_and_topic_swapped

    assert (
        year_and_topic_swapped(
            "换成西岭区的增长目标呢", "东岭区的GDP增长目标是多少", ("东岭区",), True
        )
        is None
    )


# ---- fix52e: review of fu52, one must-not per item (made-up units, the resolver itself) ---
_KNOWN = ("东岭区", "西岭区", "石湾镇", "青岗乡", "柳溪街道", "白石乡", "云乐镇")


def _resolved(*turns: tuple[str, tuple[str, ...]], q: str):
    from answering.followup import resolve

    history = [Turn(t, "", units) for t, units in turns]
    return resolve(q, history, _KNOWN)


@pytest.mark.parametrize(
    "first", ["那东岭区一共有几个街道？", "那个石湾镇有几个村？", "还有柳溪街道有多少人？"]
)
def test_a_leaning_count_of_a_named_thing_is_no_ask_back(first):
    from answering.followup_carry import nothing_carried

    nothing_carried(first)  # must-not raise: the thing counted is named


@pytest.mark.parametrize("follow", ["它有几个街道？", "它有几个村？", "它开了几次会？"])
def test_a_count_of_its_own_thing_carries_no_topic(follow):
    got = _resolved(("哪些乡镇提到了林业行政案件？", ("石湾镇",)), q=follow)
    assert "林业行政案件" not in got.question


def test_two_counts_unsplit_still_carry():
    # the verb of the next count (「结了」) is no thing counted
    got = _resolved(("哪些乡镇提到了林业行政案件？", ("石湾镇",)), q="它办了几起结了几起")
    assert got.question.startswith("林业行政案件")


@pytest.mark.parametrize("follow", ["其中一共几家？", "一共多少个"])
def test_counting_the_listed_units_carries_no_topic(follow):
    got = _resolved(("哪些地方给执法人员配备了执法记录仪？", ("石湾镇", "青岗乡")), q=follow)
    assert "执法记录仪" not in got.question


@pytest.mark.parametrize(
    "follow", ["换成西岭区，它2022年定的多少？", "换成西岭区；它2022年定的多少"]
)
def test_a_swap_keeps_the_year_said_now(follow):
    got = _resolved(("东岭区2023年GDP增长目标定的多少？", ("东岭区",)), q=follow)
    assert "西岭区" in got.question and "2022年" in got.question and "2023" not in got.question


def test_a_pick_of_the_old_measure_keeps_it():
    got = _resolved(
        ("石湾镇调解了多少起矛盾纠纷？", ("石湾镇",)), q="再把青岗乡也加进来，比比谁调解得好"
    )
    assert "矛盾纠纷" in got.question and "青岗乡" in got.question


def test_year_and_thing_swap_after_a_list_keeps_the_list():
    got = _resolved(
        ("哪些区的报告给出了2022年GDP增速目标？", ("东岭区", "西岭区")), q="换成2023年的增长目标呢"
    )
    assert got.question.startswith("哪些区") and "2023年" in got.question


@pytest.mark.parametrize(
    "follow", ["两份名单都组织了的是哪些？", "两个报告重合的是哪几个", "二者共同的有哪些"]
)
def test_both_said_by_any_verb_or_word_of_sharing(follow):
    from answering.followup_common import _BOTH_SAID

    assert _BOTH_SAID.match(follow)
    assert not _BOTH_SAID.match("这两个哪个多")  # must-not: a pick of the pair


@pytest.mark.parametrize("follow", ["那对比一下石湾镇", "相较于石湾镇呢"])
def test_verb_first_versus_sets_the_unit_beside(follow):
    got = _resolved(("青岗乡干部法治理论知识考试合格率多少？", ("青岗乡",)), q=follow)
    assert "青岗乡" in got.question and "石湾镇" in got.question


@pytest.mark.parametrize("follow", ["之前那份报告里呢", "上一份报告里呢"])
def test_earlier_report_words_pick_a_report(follow):
    from answering.year_picks import _PICK

    assert _PICK.search(follow)
    assert not _PICK.search("之前开展了哪些工作")  # must-not: 之前 of a deed


@pytest.mark.parametrize(
    ("units", "follow"),
    [
        (("石湾镇", "云乐镇"), "其中那个镇配了几台？"),
        (("石湾镇", "柳溪街道"), "其中那个乡配了几台？"),
    ],
)
def test_that_township_among_none_or_several_is_asked_back(units, follow):
    # must-not: answered of every unit, or of none, as if the pointer named one
    with pytest.raises(QuestionError, match="指哪一个"):
        _resolved(("哪些地方给执法人员配备了执法记录仪？", units), q=follow)


def test_one_ranking_list():
    from answering.followup_carry import RANKING

    assert RANKING.search("排第一") and not RANKING.search("多少")


@pytest.mark.parametrize(
    "q",
    ["比较石湾镇和青岗乡调解矛盾纠纷的数量", "对比一下石湾镇、青岗乡的普法场次"],
)
def test_a_compare_naming_every_unit_is_its_own_question(q):
    # the browser run's 「比较峡口镇和荆竹铺镇…」 after a turn on one of them: not 「对比X」 added
    got = _resolved(("青岗乡2023年调解了多少件矛盾纠纷？", ("青岗乡",)), q=q)
    assert got.question == q


def test_verb_first_versus_naming_one_unit_still_adds_it():
    got = _resolved(("石湾镇调解了多少件矛盾纠纷？", ("石湾镇",)), q="那对比一下青岗乡呢")
    assert "石湾镇" in got.question and "青岗乡" in got.question
