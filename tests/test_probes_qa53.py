"""Fact answers in the users' words on unseen pages (round qa53, facts22 classes R, S, N, F, E).

``probes_qa53.jsonl`` asks 20 questions over three invented reports of the invented 岷溪县
(``tests/data/probe_reports_qa53``): a rate asked in the user's word (及格率, 成功率, 几成) where
the report writes another word of the same measure (合格率, 通过率, 化解率, 七成), and two
rates that are not one measure (结案率 vs 化解率) refused both ways; who leads a body set up in a
long sentence whose holder stands in another clause (以A为组长…的领导小组, 成立…专班，A任组长);
a person's name asked of a post (「乡长叫啥」) read right after the post; and 「那X呢，它们俩谁多」
/「这两个哪个多」 comparing the last unit and X on the last measure, while 「那X呢」 alone does
not compare; a body already named asked 「算是个什么机构」 gets its kind (作为…议事协调机构),
not another body's name. The must-nots of each rule are unit tests below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.fact import _KIND_OF_BODY
from answering.followup import Turn, resolve
from answering.post_holder import named_after_post, with_holder
from answering.sentences import Span
from answering.value_kinds import asked_value, rate_forms, rate_given
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_fact_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa53"],
        DATA / "probes_qa53.jsonl",
        ["--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 20
    assert result["overall"]["errors"] == 0


@pytest.mark.parametrize(
    ("cue", "sentence", "given"),
    [
        ("及格率", "组织干部参加法治考试，参考率100%，合格率98%。", True),
        ("及格率", "考试通过率达92%。", True),
        ("成功率", "排查化解矛盾纠纷120件，化解率达95%。", True),
        ("办结率", "受理案件30件，结案率100%。", True),
        ("结案率", "排查化解矛盾纠纷120件，化解率达95%。", False),  # settled is not closed
        ("化解率", "受理纠纷64件，结案率100%。", False),
        ("及格率", "组织干部参加法治考试，参考率100%。", False),  # sitting is not passing
        ("及格率", "通过开展培训，干部参训率达100%。", False),  # 通过 a verb, no rate word
        ("及格率", "考试合格人数占参考人数的7成。", True),  # 7成 = 70%
        ("合格率", "考核合格的12成员单位", False),  # 成员, no share
    ],
)
def test_rate_words_of_one_measure(cue, sentence, given):
    assert rate_given(sentence, cue) is given


def test_rate_forms_keep_everyday_verbs_whole():
    assert "通过" not in rate_forms("及格率") and "通过率" in rate_forms("及格率")
    assert "化解率" not in rate_forms("结案率")


@pytest.mark.parametrize(
    ("question", "cue"),
    [
        ("甲镇干部考试合格的有几成？", "合格"),
        ("乙乡学法考试及格的占几成", "占比"),  # a share asked with 占: any percentage of it
        ("丙街道调解成功了几成", "成功"),
    ],
)
def test_tenths_read_past_filler_words(question, cue):
    assert asked_value(question).cue == cue


UNITS = ["甲镇", "乙乡", "丙街道"]


@pytest.mark.parametrize(
    ("question", "asked", "pick"),
    [
        ("那乙乡呢，它们俩谁多？", "比较甲镇和乙乡调解了多少件纠纷，", "多"),
        ("乙乡呢？这两个哪个调解得少", "比较甲镇和乙乡调解了多少件纠纷，", "少"),
        ("那乙乡呢", "乙乡调解了多少件纠纷？", ""),  # no pair word: the last question moved
    ],
)
def test_a_new_unit_and_the_pair_compares_both(question, asked, pick):
    got = resolve(question, [Turn("甲镇调解了多少件纠纷？", townships=("甲镇",))], UNITS)
    assert got.question.startswith(asked) and got.question.endswith(pick)
    assert len(got.question) - len(asked) <= (5 if pick else 0)


def test_the_pair_with_no_new_unit_adds_nobody():
    got = resolve("它们俩谁多", [Turn("甲镇调解了多少件纠纷？", townships=("甲镇",))], UNITS)
    assert "乙乡" not in got.question and "比较" not in got.question


def test_a_counter_without_a_pronoun_counts_its_own_noun():
    """「两个村哪个多」 compares two villages, not the last unit and the new one."""
    got = resolve(
        "那乙乡呢，两个村哪个多", [Turn("甲镇调解了多少件纠纷？", townships=("甲镇",))], UNITS
    )
    assert "甲镇" not in got.question


def test_two_units_named_with_the_pair_are_the_pair():
    got = resolve(
        "乙乡和丙街道，两者谁多", [Turn("甲镇调解了多少件纠纷？", townships=("甲镇",))], UNITS
    )
    assert "甲镇" not in got.question


@pytest.mark.parametrize(
    ("text", "posts", "name"),
    [
        ("区人民政府区长何建文切实履行第一责任人职责", ("区长",), "何建文"),
        ("镇长罗永安带头部署", (), "罗永安"),
        ("镇党委书记高度重视法治建设", (), ""),  # 高度: a word, no surname read
        ("由镇党委书记任组长", (), ""),
        ("镇党委书记主持召开专题会议", (), ""),
        ("党委书记曾晟、区长何建文", ("区长",), "何建文"),  # the post asked, not the first
        ("区委书记曾多次深入基层调研", (), ""),  # 曾/许/陆 begin adverbs after a post
        ("党委书记曾对此作出批示", (), ""),
        ("主任陆续到位", (), ""),
        ("书记许多次强调", (), ""),
    ],
)
def test_a_name_right_after_its_post(text, posts, name):
    assert named_after_post(text, posts) == name


def test_a_span_with_no_holder_in_its_sentence_stays():
    text = "街道成立法治建设工作专班，统筹推进全街道法治建设各项工作，定期研究重大事项。"
    at = text.index("统筹")
    span = Span(100 + at, 100 + len(text), text[at:], 1.0)
    assert with_holder(span, text, 100) == span


def test_a_span_widens_to_the_clause_holding_the_holder():
    text = "成立以镇党委书记为组长，各站所负责人为成员的法治建设领导小组，下设办公室。"
    at = text.index("各站所")
    end = text.index("，下设")
    span = Span(at, end, text[at:end], 1.0)
    got = with_holder(span, text, 0)
    assert got.text == "成立以镇党委书记为组长，各站所负责人为成员的法治建设领导小组"
    assert text[got.start : got.end] == got.text


@pytest.mark.parametrize(
    ("question", "kind_of_body"),
    [
        ("濮院镇的法治建设领导小组算是个什么机构？", True),
        ("乙乡法治建设委员会是什么性质的组织", True),
        ("甲镇和什么机构合作开展法律援助？", False),  # another body's name is asked
        ("甲镇聘请了哪个机构做法律顾问", False),
    ],
)
def test_a_named_body_asked_for_its_kind(question, kind_of_body):
    assert bool(_KIND_OF_BODY.search(question)) is kind_of_body


def test_the_pair_after_a_question_moved_to_a_second_unit():
    moved = [
        Turn("甲镇调解了多少件纠纷？", townships=("甲镇",)),
        Turn("那乙乡呢？", "乙乡调解了多少件纠纷？", townships=("乙乡",)),
    ]
    got = resolve("这两个哪个多？", moved, UNITS)
    assert got.question.startswith("比较甲镇和乙乡调解了多少件纠纷，")
    # two questions of their own are no pair of one measure: nothing is compared
    apart = [moved[0], Turn("乙乡开了几次专题会？", townships=("乙乡",))]
    assert "比较" not in resolve("这两个哪个多？", apart, UNITS).question
