"""A figure follow-up that names its own year (「那今年的目标定的多少」) drops the last question's
relative year (上一年, 去年): asked together they made a target of the reviewed year, answered by
the review's result (stop 70, held70 h70_32: 1361万人 given as the 2019 target)."""

from answering.followup_plan_swap import plan_swapped


def test_the_turns_year_replaces_the_last_questions_relative_year():
    got = plan_swapped(
        "那今年的目标定的多少", "国务院2019年报告里，上一年城镇新增就业多少人？", ("国务院",)
    )
    assert got is not None and "上一年" not in got and "目标" in got and "城镇新增就业" in got


def test_paraphrase_with_qunian():
    got = plan_swapped("那今年目标呢", "青梧区2022年报告里去年GDP增长多少", ("青梧区",))
    assert got is not None and "去年" not in got and "目标" in got


def test_a_year_said_outright_is_kept():
    # must-not: no relative year in the last question, its year stays (「坪山2020年GDP多少」)
    got = plan_swapped("那今年目标呢", "青梧区2020年GDP多少", ("青梧区",))
    assert got is not None and "2020年" in got
