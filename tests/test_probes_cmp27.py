"""Round cmp27: whose count a number is, a zone by its short kind, 干什么 as a question word.

``probes_cmp27.jsonl`` asks over four invented reports of the invented 沧河市
(``tests/data/probe_reports_cmp27``). 青屏镇 names 宣传宣讲活动 in a sentence whose count is
of 专题学习 (14场次) and counts its 宣讲 elsewhere (27场); 白石乡 writes only the first kind
of sentence; 沧河经济技术开发区 is asked as 沧河经开区. Three classes, each with paraphrases
and a must-not: a count answers for the deed right before it (B), a development zone is
named by its short kind (Z), 干什么/做什么 ask what is done and are no topic (Q).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.count_beside import counted_beside
from reportqa.units import zone_name
from retrieval.concept import Concept
from tests.probe_kit import compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_cmp27.jsonl"


def test_whose_count_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cmp27"],
        PROBES,
        ["--min-compare", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    cells = compare_cells(tmp_path / "d", PROBES)
    for probe in ("b1a", "b1b", "b1c"):
        assert "开展宣讲27场" in cells[probe]["青屏镇"], cells[probe]
    assert "专题学习14场次" in cells["b1x"]["青屏镇"]  # 学习 asked: its own count stays
    assert "1560条" in cells["z1a"]["沧河经济技术开发区"]


_PUFA = [Concept("普法", ("普法", "法治宣讲"), True), Concept("宣讲", ("宣讲",), False)]


@pytest.mark.parametrize(
    ("sentence", "beside"),
    [
        ("在田间地头开展宣讲27场，受众3100余人次。", True),
        ("面向企业开展“法治进园区”宣讲活动11场。", True),
        ("开展法治宣传宣讲活动，推动法律进村。组织干部集中学习，全年开展专题学习9场次。", False),
        ("全年开展宣讲活动，共计学习会议12场。", False),  # another clause, another deed
    ],
)
def test_a_count_stands_after_its_deed(sentence, beside):
    assert counted_beside(sentence, "场", _PUFA) is beside


@pytest.mark.parametrize(
    ("name", "spoken"),
    [
        ("十堰经济技术开发区", "十堰经开区"),
        ("沧河高新技术产业开发区", "沧河高新区"),
        ("经济技术开发区", "经济技术开发区"),  # no place left: no short form
        ("青屏镇", "青屏镇"),
    ],
)
def test_a_zone_by_its_short_kind(name, spoken):
    assert zone_name(name) == spoken
