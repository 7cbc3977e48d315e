"""Round fig70: reading the value a fact question asks for.

``probes_fig70.jsonl`` asks over three invented reports (``tests/data/probe_reports_fig70``).
Each rule states a general fact:

- 「秒批事项有多少个」: the counted noun written before 多少+量词 is counted before it in the
  report (86个|政务服务|事项“秒批”) (``answering.count_subject``; s1a s1b; must-not s1n: a count
  of the same noun for another deed).
- 「最后是多少」「最终突破了没」: 最后/最终 asks the outcome, never a target or a 预计 figure
  (``retrieval.result_asked``; r1a r1b; must-not r1n: 最后 beside 计划/定的 is still the plan).
- 「十一五末」: a five-year plan's end is its last calendar year (2010), written so beside the
  figure (``answering.plan_end``; e1a e1b; must-not e1n, and a ratio's figure is never the
  total's: ``test_a_ratio_after_the_year_is_not_the_total``).
- 「新增养老床位各是多少」: a count cell quoting a neighbour of the topic only is read again from
  the unit's report (``answering.cell_whole``; c1a c1b; must-not: 白鹭 says no 养老床位).
- 「罗湖和坪山24年那份」: 那份 after the last unit's year points at that unit's one report; the
  other units keep theirs, and their review is still preferred to their plan
  (``retrieval.pinned_years``, ``retrieval.periods.unit_periods``; p1a p1b).

- 「增长6—6.5%」: a target set as a range is read whole (``answering.value_range``; v1a v1b
  quote it; must-not v1n: a month span 1—11月 is no range of the figure).

main (b13b9656): facts 0.71, compare 0.50, none 0.33 (r1a r1b e1a c1a c1b p1a p1b missed);
branch 1.00 / 1.00 / 1.00.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.plan_end import end_value, plan_end_year
from answering.value_range import with_range
from retrieval.result_asked import asks_result
from tests.probe_kit import compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fig70.jsonl"


def test_fig70_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fig70"],
        PROBES,
        ["--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"],
    )
    assert result["questions"]
    probes = tmp_path / "c.jsonl"
    probes.write_text('{"id": "c", "question": "新增养老床位，青岚区和白鹭市各是多少"}', "utf-8")
    cells = compare_cells(tmp_path / "d", probes)["c"]
    assert "张" not in cells.get("白鹭市", ""), cells  # 白鹭 counts no 养老床位


def test_fig70b_year_before_one_report(tmp_path, monkeypatch, capsys):
    """review70: 「枫林和苇川2021年那份」 — 枫林 has a report of 2021 too and reads it, never its
    other one. Apart from the main probes: two more reports on 养老床位 change what the search
    finds for c1a/c1b (``cell_whole`` then keeps the neighbour's cell, as main does)."""
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fig70", DATA / "probe_reports_fig70b"],
        DATA / "probes_fig70b.jsonl",
        ["--min-compare", "1.0"],
    )
    assert result["questions"]


@pytest.mark.parametrize(
    ("question", "year"),
    [("十一五末GDP计划达到多少", 2010), ("“十四五”期末目标", 2025), ("十三五最后一年", 2020)],
)
def test_plan_end_years(question, year):
    assert plan_end_year(question) == year


@pytest.mark.parametrize("question", ["十一五期间GDP年均增长多少", "2010年末GDP多少", "五年末"])
def test_no_plan_end(question):
    assert plan_end_year(question) is None


def test_a_ratio_after_the_year_is_not_the_total():
    s = "——全市生产总值年均增长11%左右，2010年达到2600亿元，人均生产总值达到5万元。"
    assert end_value(s, "十一五末生产总值达到多少", ["生产总值"]) == "2600亿元"
    assert end_value(s, "十一五末人均生产总值达到多少", ["人均生产总值"]) == ""
    # review70 must-not (深圳 2006 「十一五末生产总值增速/年均增长目标」): a growth asked is the
    # rate before the year, never the level reached at the plan's end
    assert end_value(s, "十一五末生产总值年均增长目标是多少", ["生产总值"]) == ""
    assert end_value(s, "十一五末生产总值增速要达到多少", ["生产总值"]) == ""
    far = "财政收入增长10%，人口控制在300万，2010年达到2600亿元"
    assert end_value(far, "十一五末财政收入达到多少", ["财政收入"]) == ""


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("2024年规上工业总产值最后是多少", True),
        ("GDP最终突破10万亿了没", True),
        ("GDP计划最后定的增长多少", False),
        ("最后一项任务是什么", False),
        # review70 must-nots: a modal before the threshold verb is the plan; 报告最后 a place
        ("坪山区十四五规划GDP最终要突破多少", False),
        ("深圳市2017年报告最后有几项重点工作", False),
    ],
)
def test_outcome_words(question, result):
    assert asks_result(question) is result


@pytest.mark.parametrize(
    ("sentence", "value", "read"),
    [
        ("地区生产总值增长6—6.5%，突破10万亿元大关", "6.5%", "6—6.5%"),
        ("城镇登记失业率控制在3%-3.5%", "3.5%", "3%-3.5%"),
        ("1—11月规上工业总产值超4500亿元", "4500亿元", "4500亿元"),  # a month span before
        ("增长6.5%", "6.5%", "6.5%"),
        # review70 must-nots (real 龙华 2022 sentence): a share cut down to a level, a change
        ("将原需2小时才能完成的“三区”围合时间大幅压缩75%至30分钟", "30分钟", "30分钟"),
        ("万元GDP能耗下降3%至0.45吨标准煤", "0.45吨", "0.45吨"),
        ("公交分担率从60%到85%", "85%", "85%"),
        ("新增市级总部企业5-8家", "8家", "5-8家"),
        ("工作专班由3至5人组成", "5人", "3至5人"),
    ],
)
def test_a_range_is_read_whole(sentence, value, read):
    assert with_range(sentence, value) == read
