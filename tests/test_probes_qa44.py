"""Reading the scope of a which-question right (round qa44).

``probes_qa44.jsonl`` asks 30 questions over seven invented reports
(``tests/data/probe_reports_qa44``): 乡, 镇 and 街道 of the invented 云岭县, a 街道 of 重庆's
江北区, a 街道 and a 镇 of 杭州's 余杭区, and a 沙市镇 whose report names no county (three 沙市镇 exist,
one in 重庆). Every rule has two paraphrases that failed before and a question that must not
change: a kind counted out (不算镇和街道) narrows, a bare 「哪些乡」 does not; a report that
cannot be placed stays in a region one of its namesakes lies in, and out of others; 去年/前年
scope a content question, 「比去年」 does not; a topicless narrowing follow-up asks the last
question there, even after an empty answer; scope words said loosely (全部报告里, 县级报告中,
街道办, 在浙江，…, 重庆全市的) are scope, never words of the need.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from answering.region_scope import _subject
from answering.relative_years import absolute
from answering.sublevels import left_out_kinds
from library.compose import build
from reportqa.answer import Kind
from reportqa.errors import QuestionError
from reportqa.settings import Settings
from retrieval.question_kind import question_kind
from retrieval.question_scope import document_reference
from retrieval.scope import levels_asked
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


class _Day(datetime.date):
    """Today fixed in 2026: 去年 in the probes means the 2025 reports whichever year CI runs."""

    @classmethod
    def today(cls):
        return cls(2026, 6, 1)


def test_scope_probes(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("answering.service.date", _Day)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa44"],
        DATA / "probes_qa44.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 30
    assert result["overall"]["errors"] == 0
    service = build(Settings(data_dir=tmp_path / "d")).service
    notes = [e.text for e in service.answer("重庆的乡镇哪些聘请了法律顾问？") if e.type == "scope"]
    assert "沙市镇" in notes[0] and "同名地方多处" in notes[0]  # kept, and said to be unsure
    notes = [
        e.text
        for e in service.answer("哪些乡（不算镇和街道）聘请了法律顾问？")
        if e.type == "scope"
    ]
    assert notes == ["检索范围：只含乡（2 份）"]


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("哪些乡（不算镇和街道）开展了普法？", {"乡"}),
        ("乡镇的报告里，街道除外，哪些请了律师", {"乡", "镇"}),
        ("不含街道，有哪些乡镇成立了领导小组", {"乡", "镇"}),
        ("哪些乡开展了普法？", None),  # users say 乡 for the whole rung
        ("除了镇政府，还有哪些单位聘请了法律顾问", None),  # 镇政府 is a body, no kind
    ],
)
def test_a_kind_counted_out(question, kept):
    got = left_out_kinds(question)
    assert (set(got) if got is not None else None) == kept


def test_relative_years_scope_only_where_they_name_the_reports():
    assert absolute("去年的报告里，哪些镇提到了法律顾问？", 2026).startswith("2025年的报告里")
    assert absolute("前年哪些街道开展了普法", 2026) == "2024年哪些街道开展了普法"
    assert absolute("上一年度的报告里哪些写了民法典", 2026).startswith("2025年")
    assert absolute("与去年相比增加了多少", 2026) == "与去年相比增加了多少"
    # in a follow-up 上一年度 steps from the last turn's year (``followup_years``)
    assert absolute("上一年度的呢", 2026, follows=True) == "上一年度的呢"


def test_an_empty_answer_still_has_nothing_to_pick_from():
    empty = [Turn("哪些乡镇组建了无人机执法队？")]
    again = resolve("其中重庆的有哪些？", empty, ["甲镇"])
    assert again.question.startswith("重庆的报告里，哪些乡镇组建了无人机执法队")
    with pytest.raises(QuestionError, match="没有列出任何单位"):
        resolve("其中哪个最多？", empty, ["甲镇"])


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("全部报告里，哪些提到了法律顾问？", " ，哪些提到了法律顾问？"),
        ("县级的报告中哪些写了营商环境", " 哪些写了营商环境"),
        ("在区一级报告里哪些提到民法典", "在 哪些提到民法典"),
        ("哪些乡镇听取了县级报告", "哪些乡镇听取了县级报告"),  # a topic: nothing said in it
        ("安川县级报告里哪些写了营商环境", "安川县级 哪些写了营商环境"),  # 县 ends a name
    ],
)
def test_a_quantifier_or_level_before_the_report_is_scope(question, need):
    assert document_reference(question)[0] == need


@pytest.mark.parametrize(
    ("question", "region", "scope"),
    [
        ("在浙江，哪些街道聘请了法律顾问？", "浙江", True),
        ("浙江全省的乡镇哪些开展了普法", "浙江", True),
        ("上海市内的街道哪些学习了民法典", "上海", True),
        ("哪些街道学习了浙江的经验？", "浙江", False),  # the region is what they learnt from
        ("浙江大学的法律顾问有哪些乡镇请了", "浙江", False),  # a name after the region
    ],
)
def test_a_region_set_off_or_said_whole_is_the_scope(question, region, scope):
    assert bool(_subject(question, region)) is scope


def test_the_county_rung_as_tables_name_it():
    assert levels_asked("县市区的报告里哪些提到了行政复议") == ("区县",)
    # must-not: beside 乡镇 it adds the rung, never takes the towns' reports away
    assert "乡镇" in levels_asked("哪些乡镇参加了县市区组织的培训")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("浙江各街道哪些提到了合法性审查", Kind.WHICH),
        ("各个乡镇里有哪几个成立了领导小组", Kind.WHICH),
        ("各乡镇分别开展了几次普法", Kind.COMPARE),  # each unit's figure
        ("各乡镇中哪个开展普法最多", Kind.COMPARE),  # one picked by its value
        ("各街道开展了多少场普法", Kind.COMPARE),
    ],
)
def test_every_unit_then_which_of_them(question, kind):
    assert question_kind(question, []) == kind
