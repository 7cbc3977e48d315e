"""Probes of round diag44a (made-up reports under ``tests/data/probe_reports_diag44a``): the
year and scope of district and county work reports (政府工作报告).

- a district's report that says 我区 and names itself only by its short name (香洲港区, 香洲湾)
  is that district under the city it names (``ingest.short_self``);
- an untitled work report is titled by the year it is delivered and plans
  (``ingest.work_report``), and a year asked of a unit without a report covering it is the plan
  year of its work report covering the year before (``answering.plan_years``);
- 「总结2021年工作的有哪几个」 asks for the reports covering 2021 (``answering.metadata_qa``);
- a level noun inside a quoted term is part of the term, not the scope (``retrieval.scope``);
- a word right before a nominalised programme head (殡葬|改革) names its kind
  (``retrieval.kind_modifier``), and 「X有区提到吗」 asks which units say X
  (``retrieval.question_kind``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.plan_years import planned_year
from ingest.metadata import extract
from ingest.report_reading import tokenizer
from ingest.work_report import is_work_report, plan_year, work_title
from reportqa.answer import Kind
from reportqa.errors import QuestionError
from reportqa.types import ReportInfo
from retrieval.kind_modifier import names_kind
from retrieval.question_kind import question_kind
from retrieval.scope import levels_asked
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "probe_reports_diag44a"
PROBES = DATA / "probes_diag44a.jsonl"


def test_diag44a_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("name", "unit", "parent"), [("x1", "香洲区", "珠海市"), ("x2", "缙云县", "丽水市")]
)
def test_short_named_county_is_the_writer(name, unit, parent):
    got = extract((REPORTS / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")
    assert (got.unit, got.parent, got.level) == (unit, parent, "区县")


def test_two_siblings_named_alike_leave_the_unit_unknown():
    text = (
        "各位代表：\n现在，我代表区人民政府向大会报告政府工作。\n一、2021年工作回顾\n"
        "我区在市委、市政府领导下稳步发展。香洲港区、香洲湾、香洲渔港完成改造，"
        "斗门大桥、斗门新城、斗门古街同步推进，珠海西部发展提速。\n"
    )
    assert extract(text, "y.txt").unit not in ("香洲区", "斗门区")


def test_work_report_titled_by_its_delivery_year():
    got = extract((REPORTS / "x1.txt").read_text(encoding="utf-8"), "x1.txt")
    assert (got.year, got.title) == (2021, "香洲区2022年政府工作报告")
    legal = "2021年，我区推进法治政府建设。\n一、主要成效\n二、下一步工作打算\n2022年将继续推进。\n"
    assert not is_work_report(legal)  # an annual 法治 report plans no next year's programme


def test_a_year_neither_covered_nor_planned_is_refused(tmp_path, monkeypatch):
    from cli.main import main
    from library.compose import build
    from reportqa.settings import Settings

    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(REPORTS)]) == 0
    service = build(Settings(data_dir=tmp_path / "d")).service
    with pytest.raises(QuestionError):
        service.ask("香洲区2023年的报告里，地区生产总值打算增长多少？")


def test_quoted_level_noun_alone_is_still_scope():
    assert levels_asked("哪些报告提到“街道综合行政执法”？") == ()
    assert levels_asked("哪些“街道”提到了综合行政执法") == ("街道",)


def test_a_soft_verb_or_a_count_before_a_reform_is_no_kind():
    tagged = tokenizer().tagged
    assert names_kind("哪些区提到殡葬改革", "殡葬", ["殡葬", "改革"], tagged)
    assert not names_kind("哪些区提到推进改革", "推进", ["推进", "改革"], tagged)
    assert not names_kind("最突出的一项改革是什么", "一项", ["一项", "改革"], tagged)


def test_any_unit_saying_asks_which_but_a_named_unit_stays_a_fact():
    assert question_kind("殡葬改革有区提到吗", []) == Kind.WHICH
    assert question_kind("宝安区的报告有没有提到十五运会", ["宝安区"]) == Kind.FACT


def test_plan_year_only_from_the_reports_own_frame():
    speech = "各位代表：\n现在，我代表区人民政府，向大会报告政府工作。\n过去一年，我区稳步发展。\n"
    assert is_work_report(speech)
    assert work_title(speech, "香洲区") == "香洲区政府工作报告"  # no dated headings: no year
    framed = speech + "一、2021年工作回顾\n我区稳步发展。\n二、2022年工作安排\n"
    assert plan_year(framed) == 2022


def test_a_title_year_the_library_dates_by_is_no_plan_year():
    def info(title: str, year: int) -> ReportInfo:
        return ReportInfo("r", "r.txt", title, "大鹏新区", "深圳市", "区县", year, "h")

    assert planned_year(info("大鹏新区2017年管委会工作报告", 2017)) is None  # delivery year
    assert planned_year(info("大鹏新区2017年管委会工作报告", 2016)) == 2017
    assert planned_year(info("莲都区2022年法治政府建设情况报告", 2021)) is None  # other genre
