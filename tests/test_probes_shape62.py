"""Round shape62: questions about the reports as documents.

``probes_shape62.jsonl`` asks over five invented reports (``tests/data/probe_reports_shape62``):

- a part read off the document's structure (``retrieval.doc_parts``): the term review (a top
  heading 本届政府工作回顾, or a sentence opening the five-year plan just ended) and the
  glossary (a line of its own 名词解释); must-nots: a plan ended years before or still to come,
  名词解释 inside a sentence;
- the deliverer asked with 代表 before the verb (「报告是谁代表作的」, ``answering.meta_deliverer``);
- a refused organ alone (「哪份不是区政府作的」, ``answering.meta_deliverer_kind``), the positive
  as must-not;
- a refused rung said after the list (「乡镇的不要」「不含乡镇」, ``answering.meta_select``) and a
  法治 genre that no 政府工作报告 answers; 乡镇 asked as must-not;
- a sibling district of the library's city said by its short name (龙岗, 南山 beside 深圳市苇塘区,
  ``answering.sibling_places``): refused; the library's own district by its short name answers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.sibling_places import district_cities, sibling_by_short_name
from reportqa.answer import Kind
from reportqa.types import ReportInfo
from reportqa.units import UnitIndex
from retrieval.analysis import Analysis
from retrieval.concept import Concept
from retrieval.doc_parts import glossary_line, plan_years
from retrieval.part_presence import part_asked
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_shape62.jsonl"


def test_shape62_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_shape62"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    # a place the library lacks is refused by name (「库中没有「龙岗区」的报告」), which eval
    # records as the question's error: the only error a probe may have
    for q in result["questions"]:
        assert not q["error"] or (q["kind"] == "none" and "库中没有" in q["error"]), q


def test_plan_years():
    assert plan_years("十二") == (2011, 2015)
    assert plan_years("十三") == (2016, 2020)
    assert plan_years("九") == (1996, 2000)


@pytest.mark.parametrize("line", ["名词解释", "名词解释：", "附件：《政府工作报告》名词、术语注释"])
def test_a_glossary_line(line):
    assert glossary_line(line)


@pytest.mark.parametrize("line", ["开展政策名词解释宣讲活动12场。", "对有关名词解释如下，供参考。"])
def test_no_glossary_in_a_sentence(line):
    assert not glossary_line(line)


def _which(question: str, *terms: str) -> Analysis:
    concepts = tuple(Concept(t, (t,), True) for t in terms)
    return Analysis(question, Kind.WHICH, concepts=concepts)


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("哪些报告提到了五年规划", ("五年规划",)),
        ("哪些报告回顾了五年来的法治建设", ("回顾", "五年", "法治建设")),
        ("哪些报告写了未来五年的目标", ("未来", "五年", "目标")),
        ("哪些报告开展了名词解释宣讲", ("名词解释", "宣讲")),
    ],
)
def test_a_topic_beside_the_part_is_no_part(question, terms):
    assert part_asked(_which(question, *terms)) is None


def _info(unit: str, parent: str, level: str) -> ReportInfo:
    return ReportInfo(
        unit, f"{unit}.txt", f"{unit}2023年政府工作报告", unit, parent, level, 2023, ""
    )


_SZ = (_info("南山区", "深圳市", "区县"), _info("龙岗区", "深圳市", "区县"))


@pytest.mark.parametrize(
    ("reports", "question", "tagged"),
    [
        # review62: a lone district of a city in a mixed library frames nothing (中原 the region)
        ((_info("郑东新区", "郑州市", "区县"),), "中原经济区建设情况", False),
        ((_info("阎良区", "西安市", "区县"),), "长安的发展", False),
        # the city's own report speaks for every district of it
        ((*_SZ, _info("深圳市", "广东省", "地市")), "光明科学城进展如何", False),
        # the short name opens a longer word: a river, a farming term
        (
            (_info("郑东新区", "郑州市", "区县"), _info("中原区", "郑州市", "区县")),
            "金水河治理进展",
            True,
        ),
        (
            (_info("建宁县", "三明市", "区县"), _info("永安市", "三明市", "区县")),
            "大田作物种植面积多少",
            True,
        ),
    ],
)
def test_no_sibling_read(tok, reports, question, tagged):
    units = (UnitIndex(i.township for i in reports), UnitIndex(i.county for i in reports))
    cities = district_cities(reports)
    assert (
        sibling_by_short_name(question, units, cities, tagged=tok.tagged if tagged else None) == []
    )


def test_a_sibling_of_a_district_collection(tok):
    units = (UnitIndex(i.township for i in _SZ), UnitIndex(("深圳市",)))
    cities = district_cities(_SZ)
    assert sibling_by_short_name("光明科学城进展如何", units, cities, tagged=tok.tagged) == [
        "光明区"
    ]
