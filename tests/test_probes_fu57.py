"""Round fu57: follow-ups that carry the last question's topic, point at the rest of the
library, keep both years, add units, or point past the last list — probed on made-up district
reports in ``tests/data/probe_reports_fu57``.

- 「它们各自说改多少台」「这几个区分别改了多少台」「那东湖区具体配了多少台」: a measure and a verb
  only carry the last *question's* topic, even when the last answer was empty;
- 「那再把其他区也加进来，哪些区提到…」「别的区也算上呢」: 其他/别的 + a level word is the rest of
  the library at that level, added to the unit just asked about — never a unit named 其他区;
- 「它2019年那份呢？两年的增速目标对比一下」「那2019年的呢，两份报告比较下」: a year swap with
  两年/两份 and a verb of comparing keeps both years, as does a comparison with the earlier report
  (「那2022年呢？民生实事比之前多了还是少了」); 上一年 only when it is the earlier report's year;
- 「其中一般公共预算收入增长多少」「这里面地区生产总值要增长多少」 after 「南塘区2019年的主要预期
  目标有哪些」: 其中 over a list of items, asked of the last question's unit and year;
- 「其中给企业搞“法治体检”的是哪几家」 after a level question answered by one unit: over the library;
- 「那南塘2019年和北岭2023年呢？一起列出来」「那南塘和北岭呢？一起列出来」: units added to the
  earlier one, each with its own year when one is said;
- 「第三个区的数据再说一遍」 after a list of two, 「第二个区呢」 after one unit: asked back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.errors import QuestionError
from tests.probe_kit import built, chat

DATA = Path(__file__).parent / "data" / "probe_reports_fu57"
_LIFTS = "哪些区提到电梯更新改造？"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return built(tmp_path_factory, "fu57", DATA).service


def _quoted(answer) -> str:
    return "".join(c.quote for c in answer.citations)


def _cells(answer) -> dict[str, str]:
    return {r.unit: r.value for r in answer.compare.rows} if answer.compare else {}


# ---- a measure and a verb carry the last question's topic --------------------------------
@pytest.mark.parametrize(
    ("first", "follow"),
    [(_LIFTS, "它们各自说改多少台？"), ("电梯更新改造哪几个区写了？", "这几个区分别改了多少台？")],
)
def test_verb_and_measure_carry_the_topic(service, first, follow):
    answer = chat(service, first, follow)
    assert "电梯更新改造" in answer.resolved_question
    cells = _cells(answer)
    assert "150台" in cells.get("东湖区", "") and "90台" in cells.get("西山区", "")


def test_topic_carried_after_an_empty_answer(service):
    # the first answer finds nothing (除颤仪 is not written), the follow-up still asks of it
    answer = chat(service, "哪几个区提过公共场所配除颤仪？", "那东湖区具体配了多少台？")
    assert "公共场所" in answer.resolved_question
    assert "820台" in _quoted(answer)


def test_a_thing_of_its_own_is_kept(service):
    # must-not: 「人口」 is a thing of the follow-up's own, the lifts are not carried
    answer = chat(service, _LIFTS, "它们的人口各是多少？")
    assert "电梯" not in answer.resolved_question


def test_no_topic_before_is_asked_back(service):
    # must-not: 「那它多少」 with nothing asked before it has no topic to carry
    with pytest.raises(QuestionError):
        chat(service, "你好", "那它多少？")


# ---- an ordinal past the last list is asked back -----------------------------------------
@pytest.mark.parametrize(
    ("first", "follow"),
    [(_LIFTS, "第三个区的数据再说一遍"), ("东湖区提到电梯更新改造了吗？", "第二个区呢？")],
)
def test_ordinal_past_the_list_is_asked_back(service, first, follow):
    with pytest.raises(QuestionError):
        chat(service, first, follow)


def test_ordinal_within_the_list_picks(service):
    # must-not: 第二个 after a list of two picks the second unit
    answer = chat(service, _LIFTS, "第二个区改了多少台？")
    assert answer.scope == ("西山区",)
    assert "90台" in _quoted(answer)


# ---- 其他区 + a verb of adding: the whole library at that level ----------------------------
_SLOPES = "东湖区有没有提到危险边坡？"


@pytest.mark.parametrize(
    "follow",
    ["那再把其他区也加进来，哪些区提到危险边坡或者地质灾害隐患的整治？", "别的区也算上呢？"],
)
def test_other_districts_added_widen_to_the_library(service, follow):
    answer = chat(service, _SLOPES, follow)
    assert answer.kind == "which"
    assert set(answer.townships) == {"东湖区", "西山区"}
    assert "库中没有" not in answer.resolution_note


def test_other_aspects_are_no_other_districts(service):
    # must-not: 「其他方面呢」 asks more of the same unit, no level is named
    answer = chat(service, _SLOPES, "其他方面呢？")
    assert answer.kind != "which"
    assert answer.scope == ("东湖区",)


# ---- a year swap, then 两年…对比: both years kept ------------------------------------------
_TARGET = "南塘区2022年地区生产总值增长目标定的多少？"


@pytest.mark.parametrize(
    "follow", ["它2019年那份呢？两年的增速目标对比一下", "那2019年的呢，两份报告比较下"]
)
def test_both_years_compared(service, follow):
    answer = chat(service, _TARGET, follow)
    assert answer.kind == "compare"
    cells = " ".join(r.value for r in answer.compare.rows)
    assert "5.5%" in cells and "7%" in cells


_DEEDS = "南塘区2019年办了几件民生实事？"


@pytest.mark.parametrize(
    "follow", ["那2022年呢？民生实事比之前多了还是少了", "2022年的呢，跟之前比是多了还是少了"]
)
def test_versus_the_earlier_report_keeps_both(service, follow):
    answer = chat(service, _DEEDS, follow)
    cells = " ".join(r.value for r in answer.compare.rows) if answer.compare else ""
    assert "8件" in cells and "10件" in cells


def test_the_year_before_is_no_earlier_report(service):
    # must-not: 2022's 上一年 is 2021, not the 2019 report just asked about
    answer = chat(service, _DEEDS, "那2022年呢？比上一年多了还是少了")
    assert "2019年和2022年" not in answer.resolved_question


@pytest.mark.parametrize("follow", ["那2019年呢？", "它2019年那份呢？两年内一共办了多少件民生实事"])
def test_a_swap_alone_keeps_one_year(service, follow):
    # must-not: a swap with no pair compared (两年内 is a span) asks the new year only
    answer = chat(service, _TARGET, follow)
    assert "2022年和2019年" not in answer.resolved_question


# ---- 其中 over a list of items: the last question's unit and year --------------------------
_GOALS = "南塘区2019年的主要预期目标有哪些？"


@pytest.mark.parametrize(
    ("follow", "figure"),
    [("其中一般公共预算收入增长多少？", "6%"), ("这里面地区生产总值要增长多少", "7%")],
)
def test_among_items_keeps_unit_and_year(service, follow, figure):
    answer = chat(service, _GOALS, follow)
    assert "2019" in answer.resolved_question
    assert answer.scope == ("南塘区",)
    assert {c.year for c in answer.citations} == {2019}


def test_among_units_still_picks(service):
    # must-not: after a list of units 其中 picks among them, no place and year are read
    answer = chat(service, _LIFTS, "其中哪个改得最多？")
    assert set(answer.scope) == {"东湖区", "西山区"}
    assert "最多" in answer.resolved_question


@pytest.mark.parametrize(
    ("first", "follow"),
    [
        ("营商环境方面各区都做了些啥？", "其中给企业搞“法治体检”的是哪几家"),
        ("优化营商环境各区都有哪些做法？", "这里面开展法治体检的有哪些区"),
    ],
)
def test_plural_pick_after_one_unit_is_over_the_library(service, first, follow):
    answer = chat(service, first, follow)
    assert set(answer.townships) == {"西山区", "北岭区"}


def test_plural_pick_after_a_named_unit_stays(service):
    # must-not: the last question named its unit; 其中 stays within it
    answer = chat(service, "东湖区在营商环境方面做了些啥？", "其中给企业搞“法治体检”的是哪几家")
    assert answer.scope == ("东湖区",)


# ---- 「…和X呢？一起列出来」: added to the earlier units, each with its own year -------------
_SPEND = "西山2023年民生支出安排了多少？"


@pytest.mark.parametrize(
    ("follow", "nantang"),
    [
        ("那南塘2019年和北岭2023年呢？一起列出来", "亿元"),  # a year per unit is not kept
        ("那南塘和北岭呢？一起列出来", "28.1亿元"),
    ],
)
def test_listed_together_adds_units(service, follow, nantang):
    answer = chat(service, _SPEND, follow)
    cells = _cells(answer)
    assert set(cells) == {"西山区", "南塘区", "北岭区"}
    assert "33.2亿元" in cells["西山区"] and nantang in cells["南塘区"]


def test_one_unit_alone_moves_the_question(service):
    # must-not: 「南塘区呢」 with no word of listing together asks of 南塘区 alone
    answer = chat(service, _SPEND, "南塘区呢？")
    assert answer.kind != "compare"
    assert "西山" not in answer.resolved_question


def test_listing_one_units_reports_adds_nothing(service):
    # must-not: 「都列出来」 lists one unit's reports; nothing is set beside the last unit
    answer = chat(service, "西山区有几份报告？", "那东湖区的报告都列出来")
    assert "西山" not in answer.resolved_question


# ---- review misfires (must-not) ----------------------------------------------------------
def test_among_after_a_which_with_a_condition_stays_within_it(service):
    # must-not: 其中 after 「哪些区提到一网通办」 (one unit found) narrows to it; the library is
    # not asked again, which would list 法治体检 units that never mention 一网通办
    answer = chat(service, "哪些区提到一网通办？", "其中哪些也提到了法治体检？")
    assert not {"西山区", "北岭区"} & set(answer.townships)


@pytest.mark.parametrize(
    ("follow", "both"),
    [
        ("再把其他区也加进来", {"东湖区", "西山区"}),
        ("其他区也加进来，哪些提到了危险边坡", {"东湖区", "西山区"}),
    ],
)
def test_others_added_drop_the_last_unit_and_year(service, follow, both):
    # must-not: the last question's unit and year do not scope the search of the rest
    answer = chat(service, "东湖区2023年整治了多少处危险边坡？", follow)
    assert "2023" not in answer.resolved_question
    assert set(answer.townships) == both


def test_others_put_into_a_deed_add_no_units(service):
    # must-not: 「把其他单位也纳入考核」 puts them into a deed: no rest of the library is added
    answer = chat(service, "东湖区对哪些部门进行了考核？", "有没有把其他单位也纳入考核")
    assert "纳入考核" in answer.resolved_question


@pytest.mark.parametrize("follow", ["再把南塘2019年加进来", "南塘2019年的呢？一起列出来"])
def test_a_year_added_keeps_the_earlier_unit(service, follow):
    # must-not: a unit added with a year of its own keeps 西山区 in the table
    answer = chat(service, _SPEND, follow)
    assert {"西山区", "南塘区"} <= set(_cells(answer))


@pytest.mark.parametrize("follow", ["第二个目标具体是多少", "后者增长了多少", "第二个呢？"])
def test_ordinal_of_items_is_not_asked_back(service, follow):
    # must-not: 第二个目标, 后者, and 第二个 after a list question count items, not units
    answer = chat(service, "南塘区2019年地区生产总值和一般公共预算收入分别增长多少？", follow)
    assert answer.answer


@pytest.mark.parametrize("follow", ["第二个是哪年的？", "第三个呢"])
def test_bare_ordinal_with_no_list_is_asked_back(service, follow):
    # nothing was listed or asked as a list: a bare ordinal points at nothing
    with pytest.raises(QuestionError):
        chat(service, "谢谢，先这样", follow)


def test_two_districts_are_no_two_reports(service):
    # must-not: 「两个区比一下」 counts units, not the unit's two reports
    answer = chat(service, _TARGET, "那2019年的呢？两个区比一下")
    assert "2022年和2019年" not in answer.resolved_question
