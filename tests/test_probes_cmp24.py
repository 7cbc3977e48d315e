"""Round cmp24: a comparison's cell answers in the measure the question names.

``probes_cmp24.jsonl`` asks over three invented reports of the invented 青川县
(``tests/data/probe_reports_cmp24``). 松石镇 writes 普法宣传活动24场，覆盖群众3600余人次 and
法治培训6场，参训干部300余人次; 柳湾乡 writes 专项活动15场 with no 人次 for it and 法治培训
8场次，参训干部420人次; 鹤鸣街道 writes 普法宣传活动12次 and counts only its service points.
Three classes, each with two paraphrases and a must-not: the measure asked (「多少人次」, or
「参训的人次比一比」 naming it as the thing compared) — a cell quoting 15场 is no answer, so
柳湾乡's 普法 cell is 「未提及」; a count of the topic's own places (9个便民服务站) is no count
of matters handled (5230件); and 「多少场次」 is a measure, no topic word, so 12次 answers it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.cell_measure import answers_measure, compare_measure
from tests.probe_kit import compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_cmp24.jsonl"


def test_compare_cell_measure_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cmp24"],
        PROBES,
        ["--min-compare", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    cells = compare_cells(tmp_path / "d", PROBES)
    # the must-nots: the unit whose report does not give the measure asked says so
    assert cells["m1x"]["柳湾乡"] == "未提及"
    assert cells["o1x"]["鹤鸣街道"] == "未提及"
    assert cells["w1x"]["松石镇"] == "未提及"
    assert "5230件" in cells["o1a"]["松石镇"]
    assert "300余人次" in cells["m1b"]["松石镇"]


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("甲镇和乙乡法治培训覆盖了多少人次", "人次"),
        ("甲镇跟乙乡法治培训覆盖的人次比一比", "人次"),  # named as the thing compared
        ("甲镇和乙乡普法活动各搞了多少场次", "场"),  # 场次 counts in 场
        ("甲镇和乙乡学法的次数对比一下", "次"),
        ("甲镇和乙乡有多少个村", ""),  # a count of things is read by its noun
        ("甲镇和乙乡的数据对比一下", ""),  # 数据 is no measure
        ("甲镇和乙乡网上可办率分别多少", ""),  # a rate has its own rule
    ],
)
def test_the_measure_a_comparison_asks(question, measure):
    assert compare_measure(question) == measure


@pytest.mark.parametrize(
    ("sentence", "measure", "answers"),
    [
        ("开展专项活动15场，弥补农村法治服务短板。", "人次", False),
        ("组织法治培训8场次，参训干部420人次。", "人次", True),
        ("开展普法宣传活动12次。", "场", True),  # one class of occasions
        ("开展普法宣传活动12次。", "", True),  # no measure asked: any cell stands
    ],
)
def test_a_cell_answers_in_the_class_of_the_measure(sentence, measure, answers):
    assert answers_measure(sentence, measure, ()) is answers
