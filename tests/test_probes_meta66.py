"""Round meta66: which unit a report is, which year 「X年那份」 means, report-level filters.

``probes_meta66.jsonl`` asks over four invented reports (``tests/data/probe_reports_meta66``):
an untitled district work report that names 粤港澳大湾区 six times and itself (澄岭区) twice, a new
district's first work report delivered by its 政府筹备组 (霁溪区, reviews 2016, delivered 2017), a
province's work report and a city's 法治 report:

- a region's or strategy's name is never a unit (``ingest.region_names``): paraphrases m1a/m1b,
  and the unit asked by name (m1c);
- a report's year is a span [reviewed, delivered]: 「2017年作的」「霁溪2017那份」 name the delivered
  end (m2a, m2b), and 「2018年作的」 lists no report that only reviews 2018 (m2c, must-not);
- province and city reports are not 区一级 (m3a/m3b), the province is not 不是省一级 (m3c);
- 「X年的报告有吗」 asks the list, and 「那Y年的呢」 asks the library again (m4a/m4b; m4c must-not);
- must-nots: 粤港澳大湾区's reports (none), 荔湾区 still a unit (refused), a topic before 报告有吗.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.meta_frame import ANY_REPORTS
from answering.plan_years import DELIVERED
from answering.sublevels import asked_kinds
from ingest.admin_names import is_generic
from ingest.region_names import is_region
from ingest.work_report import is_work_report
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_meta66.jsonl"


def test_meta66_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_meta66"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    # the one refusal is m5b's: 「荔湾区的报告有吗」 over a library without 荔湾区 — a unit still
    by_id = {q["id"]: q for q in result["questions"]}
    assert [q["id"] for q in result["questions"] if q["error"]] == ["m5b"]
    assert "荔湾区" in by_id["m5b"]["error"]


@pytest.mark.parametrize(
    "name",
    ["粤港澳大湾区", "大湾区", "长江经济带", "海峡西岸经济区", "成渝地区双城经济圈", "珠三角"],
)
def test_a_region_is_no_unit(name):
    assert is_region(name) or not name.endswith(("区", "县", "市"))
    assert is_generic(name) or not name.endswith(("区", "县", "市"))


@pytest.mark.parametrize("name", ["荔湾区", "金湾区", "龙湾区", "沙湾区", "盐田区", "前海区"])
def test_a_bay_district_is_a_unit(name):
    assert not is_region(name) and not is_generic(name)


def test_a_preparatory_group_delivers_a_work_report():
    assert is_work_report("各位代表：\n现在，我代表霁溪区政府筹备组向大会作工作报告，请予审议。")
    assert not is_work_report("我代表筹备组向领导汇报活动筹备情况如下。")


def test_not_the_county_rung_keeps_province_and_nation():
    assert {"省", "国家", "地市"} <= asked_kinds("哪些不是区一级的报告？")
    assert "省" not in asked_kinds("哪些不是省一级的报告")
    # review66: 不是国家级 leaves the national rung out, it does not keep it alone
    assert asked_kinds("不是国家级的报告有哪些") == frozenset(
        {"乡", "镇", "街道", "区县", "地市", "省"}
    )
    assert asked_kinds("哪些报告提到国家级开发区") is None


@pytest.mark.parametrize("q", ["2019年的报告有吗", "街道的报告有没有？", "有2019年的报告吗"])
def test_whether_there_are_reports_asks_the_list(q):
    assert ANY_REPORTS.search(q)


@pytest.mark.parametrize(
    "q", ["2019年的报告有提到法律顾问吗", "报告有吗这个词在哪", "哪些报告有法律顾问"]
)
def test_a_topic_in_the_reports_is_no_list(q):
    assert not ANY_REPORTS.search(q)


@pytest.mark.parametrize(
    ("q", "delivered"),
    [
        ("2017年作的报告有哪些", True),
        ("2017年初开大会做的报告", True),
        ("2017年的报告有哪些", False),
        ("总结2017年工作的报告", False),
    ],
)
def test_the_delivered_year_is_said_with_delivering(q, delivered):
    assert bool(DELIVERED.search(q)) == delivered
