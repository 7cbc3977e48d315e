"""Which-or-fact, kind-only follow-ups and scope words said loosely (round qa47).

``probes_qa47.jsonl`` asks 23 questions over eight invented reports
(``tests/data/probe_reports_qa47``): a 街道 and two 镇 of 重庆, a 民族乡, a 区 and a 街道 of 湖北, a
乡 and a 镇 of the invented 青岚县. Every rule has paraphrases that failed before and a question
that must not change: a list asked for (都列一下, 有没有…的) with no unit named asks which units;
a follow-up that only names kinds (「其中哪些是乡或者街道？镇的不要」「其中乡一级的呢？」) asks the
last question over them, even after an empty answer, while one with its own topic does not; a
region before 那几家/那两个县/的镇里面, a bracket that only lists levels and 乡一级/镇这一级 are
scope, and so is 民族乡 said as the units asked (「民族乡里面哪些…」). More must-nots are unit
tests below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.ethnic_scope import _SCOPE as ETHNIC
from answering.followup import Turn, resolve
from answering.followup_levels import kinds_only
from answering.region_scope import _subject
from reportqa.answer import Kind
from retrieval.level_words import canonical, without_levels
from retrieval.question_kind import question_kind
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_scope_and_follow_up_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa47"],
        DATA / "probes_qa47.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 23
    assert result["overall"]["errors"] == 0


@pytest.mark.parametrize(
    ("question", "units", "kind"),
    [
        ("有没有搞了述法的？都列一下", [], Kind.WHICH),
        ("请了法律顾问的，挨个说说", [], Kind.WHICH),
        ("开展了述法的都有谁", [], Kind.WHICH),
        ("大昌镇有没有述法的？", ["大昌镇"], Kind.FACT),  # a unit named: its yes or no
        ("有没有提到法律顾问？", [], Kind.FACT),  # no doers' 的-phrase, no list asked
        ("是否有关于调解的内容", [], Kind.FACT),  # 的 inside a noun phrase
    ],
)
def test_a_list_asked_with_no_unit_named(question, units, kind):
    assert question_kind(question, units) == kind


@pytest.mark.parametrize(
    ("rest", "kinds"),
    [
        ("哪些是乡或者街道？镇的不要", {"乡", "街道"}),
        ("乡一级的呢？", {"乡"}),
        ("哪些是镇，街道不算", {"镇"}),
        ("哪些不是镇？", {"乡", "街道", "区县", "地市"}),  # a county of the last answer stays
        ("哪些乡学习了民法典", None),  # a topic of its own
        ("乡镇的呢", None),  # the whole rung narrows nothing
        ("县一级的有哪几个？", None),  # above the rung: the metadata path picks those
    ],
)
def test_a_follow_up_that_only_names_kinds(rest, kinds):
    got = kinds_only(rest)
    assert (set(got) if got is not None else None) == kinds


def test_kinds_picked_from_the_last_answer_or_asked_anew():
    turn = Turn("哪些地方聘请了法律顾问？", townships=("甲镇", "乙乡", "丙县"))
    # 其中: the last answer's own units, picked by kind (丙县 kept when only 镇 is left out)
    got = resolve("其中哪些不是镇？", [turn], ["甲镇", "乙乡", "丙县"])
    assert got.question == "哪些是乡、街道、区县、地市（不算镇）？"
    assert got.scope == ("甲镇", "乙乡", "丙县")
    # 「那街道呢」 (no 其中): the last question over the library's 街道
    got = resolve("那街道呢？", [turn], ["甲镇", "乙街道"])
    assert got.question.startswith("街道的报告里（不算乡和镇），哪些地方聘请了法律顾问")
    assert got.scope == ()


@pytest.mark.parametrize(
    ("question", "region", "det"),
    [
        ("湖北那几家里头，哪些请了法律顾问", "湖北", "那几家里头"),
        ("新疆那两个县，谁把法治建设纳入了考核", "新疆", "那两个县"),
        ("重庆的镇里面，哪些成立了领导小组", "重庆", "镇里面"),
        # the region opening with 的 is the subject's place (round g34), but 乡村 is no level
        # and 镇长 a post: no level or counter is read after it
        ("重庆的乡村振兴，哪些写了", "重庆", ""),
        ("重庆的镇长们，哪些述法了", "重庆", ""),
    ],
)
def test_a_region_before_a_counter_or_a_one_character_level(question, region, det):
    got = _subject(question, region)
    assert got is not None and (got.group("det") or "") == det


def test_a_bracket_of_levels_glosses_the_level():
    q = "县一级的（县、区、县级市），哪些写了第一责任人？"
    assert canonical(q).startswith("区县一级的，") and "县级市" not in without_levels(q)
    # must-not: a bracket with anything else in it stays words of the question
    assert "县委书记" in without_levels("县一级的（县委书记）讲了什么")


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        ("民族乡里面哪些聘请了法律顾问", True),
        ("各民族乡开展了几场普法", True),
        ("哪些地方扶持了少数民族乡镇的法律服务", False),  # 民族乡镇 is a topic
        ("哪些乡镇推进了民族乡村振兴", False),
    ],
)
def test_ethnic_township_as_the_units_asked(question, scope):
    assert bool(ETHNIC.search(question)) is scope
