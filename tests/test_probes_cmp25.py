"""Round cmp25: a comparison's cell in the asked measure, re-read as well as the first search.

``probes_cmp25.jsonl`` asks over three invented reports of the invented 青岚县
(``tests/data/probe_reports_cmp25``). 白鹭镇 writes 镇政府常务会议…会前学法6次, 集体学法10次
and, under the heading 「深化普法宣传」, 全年开展12场集中宣传活动; 桂岭乡 writes 开展常务会
学法活动4次 (no 政府), 会前学法15次 and 送法下乡活动9场; 溪口街道 counts its 常务会议's
议题5个, 参训干部260人次 and 群众5000余人 — no 次 or 场 of any of these deeds. Three classes,
each with two paraphrases and a must-not (溪口街道 「未提及」, never a borrowed count of another
measure): a holder word (政府) is no part of the deed a unit's report must repeat; 学习法治 is
written 学法; a topic named in a section heading is counted in the sentence below it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.cell_reread import deed_concepts, wrong_count
from reportqa.answer import Kind
from retrieval.concept import Concept
from retrieval.query import Analysis
from tests.probe_kit import compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_cmp25.jsonl"


def test_compare_reread_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cmp25"],
        PROBES,
        ["--min-compare", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    cells = compare_cells(tmp_path / "d", PROBES)
    # the must-nots: the unit whose report gives no count of the measure asked says so
    for probe in ("h1x", "s1x", "g1x"):
        assert cells[probe]["溪口街道"] == "未提及", cells[probe]
    assert "常务会学法活动4次" in cells["h1a"]["桂岭乡"]
    assert "12场集中宣传活动" in cells["g1a"]["白鹭镇"]
    assert "学法" in cells["s1a"]["桂岭乡"]


def _analysis(question: str, terms: list[tuple[str, bool]]) -> Analysis:
    concepts = tuple(Concept(t, (t,), req) for t, req in terms)
    terms_only = tuple(t for t, _ in terms)
    return Analysis(question, Kind.COMPARE, concepts=concepts, search_terms=terms_only)


@pytest.mark.parametrize(
    ("question", "terms", "deed"),
    [
        (
            "甲镇政府常务会学法几次",
            [("政府", True), ("常务会", True), ("学法", True)],
            ["常务会", "学法"],
        ),
        ("甲镇领导学习法治几次", [("领导", True), ("学习", False), ("法治", True)], ["学法"]),
        ("甲镇学习法治思想几次", [("学习", False), ("法治思想", True)], ["学习", "法治思想"]),
        ("甲镇领导几次", [("领导", True)], ["领导"]),  # holders alone stay: nothing else to read
    ],
)
def test_the_deed_a_unit_is_read_for(question, terms, deed):
    assert [c.term for c in deed_concepts(_analysis(question, terms))] == deed


@pytest.mark.parametrize(
    ("quote", "measure", "wrong"),
    [
        ("开展专项活动15场，弥补农村法治服务短板。", "人次", True),  # occasions for people
        ("建有1个便民服务中心及21个便民服务站。", "件", True),  # the topic's own places
        ("网上普法考试参考率和合格率均达100%。", "场", False),  # a share counts nothing
        ("制定年度普法计划。", "场", False),  # on the topic, no count: stays a cell
        ("开展普法宣传活动12次。", "场", False),  # one class of occasions
    ],
)
def test_which_first_cells_are_dropped(quote, measure, wrong):
    assert wrong_count(quote, measure, [Concept("便民服务站", ("便民服务站",), True)]) is wrong
