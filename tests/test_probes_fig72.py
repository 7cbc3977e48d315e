"""Round fig72: compare cells and the values they hold.

``probes_fig72.jsonl`` asks over three invented reports (``tests/data/probe_reports_fig72``).
Each rule states a general fact:

- 「甘肃东西部协作，云岫、白溪分别对的哪个县」: a place the question names beside the thing that is
  none of the units (甘肃) says which of a unit's ties is meant; with a place of a rank asked
  (哪个县) the unit's sentence naming the region (and a county) is its cell
  (``answering.cell_place``; g1a g1b; must-not: 青柘 names no 甘肃 tie, its cell stays).
- 「云岫24年报告计划…，跟前一年实际新增的比呢」: a plan and the year before's result can be one
  report's plan part and its own review (``answering.plan_done``; p1a p1b; must-not: the plan
  alone asked gives no result cell).
- 「云岫23年和白溪22年新增学位对比」: every unit with its own year, the last one's is its own
  (``retrieval.pinned_years``); the year a report covers is its review's, so its plan part's
  figure is no cell (``answering.plan_period``; y1a y1b; must-not y1n: 十四五 reaches past the
  year covered, the plan figures stay).
- 「地区生产总值差多少」: a figure asked needs a cell with one (``answering.cell_figure``), and
  the indicator's make-up (三次产业构成) is no amount of it (``answering.ratio_base``; f1a f1b);
  must-not (review72): 「人均地区生产总值差多少」 asks a ratio, the figureless cell stays.

main (03109e9d): compare 0.72 (g1a g1b p1a p1b y1a y1b missed); branch 1.00.
"""

from __future__ import annotations

from pathlib import Path

from answering.cell_place import asked_rank, names_rank
from answering.ratio_base import RatioBase
from retrieval.concept import Concept
from retrieval.pinned_years import listed_years
from tests.probe_kit import asked, compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fig72.jsonl"


def test_fig72_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fig72"],
        PROBES,
        ["--min-compare", "1.0"],
    )
    assert result["questions"]
    probes = tmp_path / "m.jsonl"
    probes.write_text(
        '{"id": "g", "question": "甘肃东西部协作，云岫、青柘分别对的哪个县"}\n'
        '{"id": "p", "question": "云岫24年报告计划新增幼儿园学位多少"}\n'
        '{"id": "f", "question": "云岫和青柘东西部协作投入多少资金"}\n'
        '{"id": "r", "question": "云岫和白溪人均地区生产总值差多少"}\n',
        "utf-8",
    )
    cells = compare_cells(tmp_path / "d", probes)
    qingzhe = cells["g"]["青柘县"]
    assert "甘肃" not in qingzhe and qingzhe != "未提及", cells  # no tie invented, none lost
    # 云岫 states no sum for its 协作: its figureless cell stays, no figure of another thing
    assert not any(ch.isdigit() for ch in cells["f"]["云岫区"]), cells["f"]
    # review72: a ratio of the indicator asked (人均) has no one total sentence to re-read: no
    # make-up shares (三次产业构成) nor a later year's target (16万元) for 云岫's figureless cell
    assert not any(w in cells["r"]["云岫区"] for w in ("构成", "16万元")), cells["r"]
    answers = {item["id"]: ans for item, ans in asked(tmp_path / "d", probes)}
    assert "1800" not in answers["p"].answer, answers["p"].answer  # the plan alone asked


def test_a_place_of_the_rank_is_a_proper_name():
    assert asked_rank("分别对的哪个县") == "县" and asked_rank("对口帮扶情况") == ""
    assert names_rank("继续开展与甘肃岷阳县、宕川县东西部协作", "县")
    assert not names_rank("全县贫困县全部摘帽", "县")


def test_every_unit_with_its_year_keeps_its_own():
    units = ["罗湖区", "福田区"]
    assert listed_years("罗湖19年和福田21年新增学位对比", units) == {"罗湖区": 2019, "福田区": 2021}
    # a year after the last unit alone still dates every unit's measure
    assert listed_years("罗湖和福田2021年新增学位对比", units) == {}


def test_the_make_up_of_an_indicator_is_no_amount():
    gdp = [Concept("生产总值", ("生产总值",), True)]
    ratio = RatioBase(gdp, "深圳2000年生产总值多少")
    assert ratio("2000年国内生产总值的三次产业构成为1．1：52．5：46．4")
    assert not ratio("实现国内生产总值1665．2亿元，比上年增长14．2％")
