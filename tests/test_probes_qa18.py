"""Fact values and name questions on wordings made up here, end to end.

``probes_qa18.jsonl`` asks 27 questions over four invented web-page copies
(``tests/data/probe_reports_qa18``: page chrome, an 索引号 block, one page in traditional
characters) through the real CLI: ingest, then ``reportqa eval``. Five categories, each with
wordings that must be answered and one that must not:

1. counts of a recurring activity (中心组学法7次, 学法学了几次; not 法治讲座6场);
2. scores and grades (得分91.5分, 获评“良好”等次; not 满分100分);
3. numbers printed in groups (18 436件 is more than 12 905件; not 〔2023〕5号);
4. picking from a which-answer by a thing it did not count (其中哪个持证执法的人最多);
5. a name asked with its qualifier (红色法治基地 is no 法治文化广场).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from answering.grades import asks_grade, gives_grade
from answering.picking import ranked_among
from answering.sentences import key_number
from answering.values import number_of
from reportqa.text import Tokenizer
from reportqa.units import UnitIndex
from retrieval.concept import Concept
from retrieval.measures import asked_measure, counts_with, how_many
from retrieval.numerals import value_of
from retrieval.question_scope import join_separable
from retrieval.verb_copy import without_verb_copy
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def tokenizer():
    return Tokenizer()


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # c1b 「下村跑了几趟」 was round 18's known miss (村跑 read as a thing); qa17's visits rule
    # (下村 is a carrier of place) answers it once the two rounds meet
    floors = "--min-f1 0.95 --min-facts 0.90 --min-compare 0.95 --min-none 0.95".split()
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa18"],
        DATA / "probes_qa18.jsonl",
        floors,
    )
    missed = [q["id"] for q in result["questions"] if q["miss"]]
    assert missed == [], missed


# ---- 2. scores and grades --------------------------------------------------------------
@pytest.mark.parametrize(
    "question", ["甲镇考核得了多少分", "乙乡法治建设考评得分是多少", "丙街道几分"]
)
def test_a_score_question_asks_for_points(question):
    assert asked_measure(question) == "分"


@pytest.mark.parametrize("question", ["甲镇打造了几分钟法律服务圈", "乙乡调解了多少件纠纷"])
def test_minutes_and_cases_are_no_score(question):
    assert asked_measure(question) != "分"


def _scores(sentence: str) -> list[str]:
    return [m.group(0) for m in counts_with("分").finditer(sentence)]


def test_a_score_is_what_the_unit_got_not_the_full_mark():
    assert _scores("年度考评得分93.5分（满分100分），位列第二") == ["93.5分"]
    assert _scores("考核总分为100分，扣2分") == []
    assert _scores("建成15分钟法律服务圈，惠及三分之一的群众") == []
    assert _scores("区域环境噪声均值保持在55分贝以下") == []
    assert _scores("在全县测评中获得88 分") == ["88 分"]


@pytest.mark.parametrize(
    "question",
    ["甲镇考评评了个什么等次", "乙乡考核结果是什么档次", "丙街道考评的分数和等级各是什么"],
)
def test_grade_questions(question):
    assert asks_grade(question)


def test_a_grade_question_is_not_any_mention_of_grades():
    assert not asks_grade("考核等次怎么划分的") and not asks_grade("甲镇考核得了多少分")


@pytest.mark.parametrize(
    "sentence",
    [
        "年度考核结果为优秀。",
        "在全市考评中获评“较好”等次",
        "被评定为良好等级",
        "连续3年获“好”的等次",
    ],
)
def test_sentences_that_give_a_grade(sentence):
    assert gives_grade(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["考核实行百分制，满分100分", "评选优秀调解员5名", "活动获得群众好评", "获得良好社会效果"],
)
def test_sentences_that_give_no_grade(sentence):
    assert not gives_grade(sentence)


# ---- 3. numbers printed in groups --------------------------------------------------------
def test_grouped_figures_are_one_number():
    assert value_of("10 790件") == 10790 and value_of("12,905件") == 12905
    assert value_of("3\u2009200余人次") == 3200 and value_of("１２件") == 12
    assert number_of("2.7万平方米") == 2.7


def test_a_grouped_count_is_read_whole_and_lists_stay_apart():
    got = [m.group(0) for m in how_many().finditer("受理办件10 790件，2023年 5件，第1,2,3件")]
    assert got == ["10 790件", "5件", "3件"]


def test_the_compared_count_is_the_one_closest_after_the_topic():
    handled = Concept("办件", ("办件",), True)
    text = "服务中心及12个服务站共受理办件2 300件"
    assert key_number(text, [Concept("服务中心", ("服务中心",), True), handled]) == 2300


# ---- 4. picking from a which-answer --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "thing", "rank"),
    [
        ("哪个持证执法的人最多？", "持证执法的人", "最多"),
        ("哪个法治讲座办得最多", "法治讲座", "最多"),
        ("调解员最少的是哪个乡镇", "调解员", "最少"),
    ],
)
def test_a_pick_by_a_thing_compares_the_units_on_it(question, thing, rank):
    assert ranked_among(question, ["甲镇", "乙乡", "丙街道"]) == (
        f"甲镇、乙乡和丙街道的{thing}各是多少，哪个{rank}"
    )


def test_no_thing_or_one_unit_is_no_comparison():
    assert ranked_among("哪个最多", ["甲镇", "乙乡"]) == ""
    assert ranked_among("哪个持证执法的人最多", ["甲镇"]) == ""
    assert ranked_among("哪个聘请了法律顾问", ["甲镇", "乙乡"]) == ""


def test_the_follow_up_is_resolved_over_the_last_answers_units():
    units = UnitIndex(["甲山镇", "乙水乡"])
    prev = Turn("哪些乡镇有持证执法人员", townships=("甲山镇", "乙水乡"))
    got = resolve("其中哪个持证执法的人最多？", [prev], units)
    assert got.question == "甲山镇和乙水乡的持证执法的人各是多少，哪个最多"
    assert got.scope == ("甲山镇", "乙水乡")


# ---- 1. counts of a recurring activity: the verb copied after its object ----------------
@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("甲镇中心组学法学了几次", "甲镇中心组学法几次"),
        ("乙乡调解纠纷调解了多少起", "乙乡调解纠纷多少起"),
        ("丙街道开会开了3次", "丙街道开会3次"),
    ],
)
def test_a_copied_verb_is_dropped(tokenizer, question, plain):
    assert without_verb_copy(question, tokenizer.is_word) == plain


@pytest.mark.parametrize(
    "question", ["甲镇中心组学法学习了几次", "乙乡行政诉讼败诉了几宗", "丙区案卷评查抽查了多少宗"]
)
def test_no_copy_no_change(tokenizer, question):
    assert without_verb_copy(question, tokenizer.is_word) == question


def test_money_asked_is_not_a_split_word():
    is_word = {"投钱", "花钱"}.__contains__
    assert join_separable("甲镇法治阵地投了多少钱", is_word) == "甲镇法治阵地投了多少钱"
    assert join_separable("乙乡普了一次法", {"普法"}.__contains__) == "乙乡普法一次"
