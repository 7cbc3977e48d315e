"""Round fuA55: which-question follow-ups that change the last question's scope or its set of
topics, probed on made-up pages in ``tests/data/probe_reports_fuA55``.

- scope words act on the last scope: 「放宽到所有年份呢」 takes the year off, the topic kept;
  「除了它，还有哪些报告提到」 asks the topic named now over the whole library;
- topic words act on the last topic: 「再把X也加进来」 lists the units mentioning either, and
  with 都/同时 those mentioning both; 「换成X的呢」 after 「Y哪些地方在推」 replaces Y;
- 「X呢，两边对比一下」 after a question about one unit compares the two on the last topic.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from tests.probe_kit import built, chat

DATA = Path(__file__).parent / "data" / "probe_reports_fuA55"
TOWNS = ["河滩镇", "柳林乡", "石门街道", "东坝镇"]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return built(tmp_path_factory, "fuA55", DATA).service


def _units(answer) -> set[str]:
    return {c.township for c in answer.citations}


def _quoted(answer) -> str:
    return "".join(c.quote for c in answer.citations)


# ---- 「放宽到所有年份」: the year lifted, the topic kept -------------------------------------
@pytest.mark.parametrize("follow", ["放宽到所有年份呢？", "不限年份，都列出来吧"])
def test_widening_years_drops_the_year(service, follow):
    answer = chat(service, "2023年的报告里哪些提到了法律顾问？", follow)
    assert _units(answer) == {"河滩镇", "柳林乡", "石门街道"}


def test_a_year_said_moves_the_year(service):
    # must-not: 「换成2022年的呢」 names a year — the limit moves, it is not lifted
    answer = chat(service, "2023年的报告里哪些提到了法律顾问？", "换成2022年的呢")
    assert _units(answer) == {"河滩镇"}


# ---- 「再把X也加进来」: either topic; with 都/同时 both -------------------------------------
@pytest.mark.parametrize(
    "follow",
    [
        "再把垃圾分类也加进来，一共有哪些？",
        "再把搞垃圾分类的也加进来呢",
        "再把垃圾分类也加进来，都有哪些？",  # must-not for both: 都有哪些 spreads over the list
    ],
)
def test_a_topic_added_lists_either(service, follow):
    answer = chat(service, "哪些地方提到海绵城市？", follow)
    assert _units(answer) == set(TOWNS)


@pytest.mark.parametrize(
    "follow",
    ["再把垃圾分类也加进来，两样都提到的是哪几个？", "把垃圾分类也算上，同时提到的有哪些？"],
)
def test_a_topic_added_with_both_lists_both(service, follow):
    answer = chat(service, "哪些地方提到海绵城市？", follow)
    assert _units(answer) == {"河滩镇"}


@pytest.mark.parametrize(
    "follow",
    [
        "再把垃圾分类也加进来，海绵城市、垃圾分类两样都提到的是哪几个？",
        "把垃圾分类也算上，海绵城市和垃圾分类、雨污分流三样都做了的有吗",
    ],
)
def test_a_condition_said_anew_is_no_union(follow):
    # held55 h55_11 (read after the end figure): the message lists every thing itself, a
    # question of its own — never 「…提到垃圾分类或者海绵城市」
    history = [Turn("哪些地方提到海绵城市？", townships=("河滩镇", "石门街道"))]
    asked = resolve(follow, history, TOWNS).question
    assert "或者" not in asked


def test_a_pointer_is_no_topic_added():
    # must-not: 「把它的报告年份也说一下」 asks of the unit, it adds no topic to list by
    history = [Turn("哪些地方提到海绵城市？", townships=("河滩镇", "石门街道"))]
    for follow in ["再把它的报告年份也说一下", "再把它的报告年份也加上"]:
        asked = resolve(follow, history, TOWNS).question
        assert "或者" not in asked and "既" not in asked


# ---- 「换成X的呢」 after 「Y哪些地方在推」: the topic said first is replaced ------------------
@pytest.mark.parametrize("follow", ["换成对口帮扶的呢？", "那改成对口帮扶呢"])
def test_a_topic_said_first_is_swapped(service, follow):
    answer = chat(service, "农村电商哪些地方在推？", follow)
    assert _units(answer) == {"石门街道"}


def test_a_year_swapped_is_no_topic():
    # must-not: 「换成2022年的呢」 swaps the year, never the topic
    history = [Turn("2023年农村电商哪些地方在推？", townships=("柳林乡", "东坝镇"))]
    assert "提到2022" not in resolve("换成2022年的呢", history, TOWNS).question


# ---- 「除了它，还有哪些报告提到」: the library beyond the unit -------------------------------
@pytest.mark.parametrize(
    "follow",
    ["电动自行车这块，除了它，还有哪些报告提到？", "除此之外，还有哪些报告提到过电动自行车？"],
)
def test_beyond_the_unit_asks_the_library(service, follow):
    answer = chat(service, "东坝镇2023年那份报告里，安全生产说了些啥？", follow)
    assert {"河滩镇", "石门街道"} <= _units(answer)
    assert "电动自行车" in _quoted(answer)


def test_a_thing_set_aside_keeps_the_unit():
    # must-not: 「除了安全生产」 sets a topic aside, not the unit: the unit stays the scope
    history = [Turn("东坝镇2023年那份报告里，安全生产说了些啥？", townships=("东坝镇",))]
    assert resolve("除了安全生产，它还讲了哪些？", history, TOWNS).scope == ("东坝镇",)


# ---- 「X呢，两边对比一下」: the unit added and both compared --------------------------------
@pytest.mark.parametrize("follow", ["柳林乡呢，两边对比一下", "那柳林乡呢，两者比较一下"])
def test_both_sides_compared(service, follow):
    answer = chat(service, "河滩镇全年组织法治讲座几次？", follow)
    assert _units(answer) == {"河滩镇", "柳林乡"}
    assert "6次" in _quoted(answer) and "4次" in _quoted(answer)


def test_a_unit_alone_moves_the_question(service):
    # must-not: 「那柳林乡呢」 moves the question to 柳林乡, nothing is compared
    answer = chat(service, "河滩镇全年组织法治讲座几次？", "那柳林乡呢")
    assert _units(answer) == {"柳林乡"}


# ---- fixA55: what the review found ---------------------------------------------------------
# 「换成X」 replaces the topic only: a unit said before 哪些 is the scope, kept
@pytest.mark.parametrize(
    ("first", "follow"),
    [
        ("河滩镇有哪些学习活动？", "换成垃圾分类呢？"),
        ("石门街道哪些工作提到了海绵城市？", "换成电动自行车呢"),
    ],
)
def test_a_swapped_topic_keeps_the_unit(service, first, follow):
    unit = first[:3] if first.startswith("河滩镇") else first[:4]
    answer = chat(service, first, follow)
    assert unit in answer.resolved_question
    assert _units(answer) <= {unit}


# 「X的Y呢，两边对比一下」 compares Y, the thing named now
@pytest.mark.parametrize(
    ("follow", "thing"),
    [
        ("柳林乡的垃圾分类呢，两边对比一下", "垃圾"),
        ("那柳林乡的法律顾问呢，两者比一比", "法律顾问"),
    ],
)
def test_the_thing_named_beside_is_compared(service, follow, thing):
    answer = chat(service, "河滩镇全年组织法治讲座几次？", follow)
    assert thing in answer.resolved_question
    assert "讲座" not in answer.resolved_question


def test_two_things_of_one_unit_add_no_unit():
    # must-not: 「柳林乡的法律顾问和述法，两者对比一下」 compares two things of 柳林乡, no 河滩镇
    history = [Turn("河滩镇全年组织法治讲座几次？", townships=("河滩镇",))]
    assert "河滩镇" not in resolve("柳林乡的法律顾问和述法，两者对比一下", history, TOWNS).question


# 都 means all: the union; only 两个/两样/同时 ask both
@pytest.mark.parametrize(
    "follow", ["再把垃圾分类也加进来，都是哪些地方？", "再把垃圾分类也加进来，全都列出来"]
)
def test_all_is_no_intersection(service, follow):
    answer = chat(service, "哪些地方提到海绵城市？", follow)
    assert _units(answer) == set(TOWNS)


def test_two_named_is_the_intersection(service):
    # must-not for the union: 「两个都提到的」 counts the two things
    answer = chat(service, "哪些地方提到海绵城市？", "再把垃圾分类也加进来，两个都提到的有哪些？")
    assert _units(answer) == {"河滩镇"}


# 「除了这个，它还…哪些X」: more of the same report; 「除了它，…哪些报告」: the others only
@pytest.mark.parametrize(
    "follow", ["除了这个，它还提到了哪些安全举措？", "除了这个，这份报告还有哪些治理工作？"]
)
def test_more_of_the_same_report_keeps_the_unit(service, follow):
    answer = chat(service, "东坝镇2023年那份报告里，安全生产说了些啥？", follow)
    assert _units(answer) <= {"东坝镇"}


def test_beyond_the_unit_leaves_it_out(service):
    answer = chat(
        service,
        "东坝镇2023年那份报告里，安全生产说了些啥？",
        "电动自行车这块，除了它，还有哪些报告提到？",
    )
    assert _units(answer) == {"河滩镇", "石门街道"}


# the year lifted with its whole time phrase; a year inside a topic stays
@pytest.mark.parametrize(
    ("first", "want"),
    [
        ("2023年以来哪些地方提到法律顾问？", {"河滩镇", "柳林乡", "石门街道"}),
        ("2022年到2023年哪些地方提到海绵城市？", {"河滩镇", "石门街道"}),
    ],
)
def test_the_whole_time_phrase_is_lifted(service, first, want):
    answer = chat(service, first, "放宽到所有年份呢？")
    assert _units(answer) == want
    assert not any(w in answer.resolved_question for w in ("以来", "年到", "2023"))


def test_a_year_in_the_topic_stays():
    # must-not: 「2035年远景目标」 is a thing, its year no scope to lift
    history = [Turn("哪些地方提到2035年远景目标？")]
    assert "提到远景目标" not in resolve("放宽到所有年份呢？", history, TOWNS).question


# 「把X也加进来」: a region or a part of the answer is no topic to list by
@pytest.mark.parametrize(
    "follow", ["把浙江的也加进来", "再把广东省的也加进来", "再把具体做法也加上", "把原文出处也加上"]
)
def test_a_region_or_an_output_is_no_topic(follow):
    history = [Turn("哪些地方提到海绵城市？", townships=("河滩镇", "石门街道"))]
    asked = resolve(follow, history, TOWNS).question
    assert "或者" not in asked and "既" not in asked


# the reviewer's paraphrases, by the same mechanisms
@pytest.mark.parametrize("follow", ["年份不限呢？", "别管年份了，全部的呢？"])
def test_more_ways_to_lift_the_year(service, follow):
    answer = chat(service, "2023年的报告里哪些提到了法律顾问？", follow)
    assert _units(answer) == {"河滩镇", "柳林乡", "石门街道"}


@pytest.mark.parametrize(
    "follow",
    ["除了这份报告，别的报告里有没有提到电动自行车？", "电动自行车的事，其他报告还有谁提了？"],
)
def test_other_reports_named_leave_the_unit_out(service, follow):
    answer = chat(service, "东坝镇2023年那份报告里，安全生产说了些啥？", follow)
    assert _units(answer) == {"河滩镇", "石门街道"}


@pytest.mark.parametrize(
    ("follow", "want"),
    [
        ("垃圾分类也加进来，两个都提到的是哪些？", {"河滩镇"}),
        ("垃圾分类的也加上，合起来有哪些？", set(TOWNS)),
    ],
)
def test_a_topic_added_without_ba(service, follow, want):
    answer = chat(service, "哪些地方提到海绵城市？", follow)
    assert _units(answer) == want


@pytest.mark.parametrize("follow", ["柳林乡呢？比一比", "柳林乡呢，跟它比一比"])
def test_the_comparing_verb_alone(service, follow):
    answer = chat(service, "河滩镇全年组织法治讲座几次？", follow)
    assert _units(answer) == {"河滩镇", "柳林乡"}
