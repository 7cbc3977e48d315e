"""Probes of the review of round one, stop 42 (made-up reports under
``tests/data/probe_reports_review42``).

- the reports' 组织领导 (``register.txt``) is spelled by the leadership set up — 领导小组,
  第一责任人, 负总责 — and a report is about the rule of law: a body named for another matter
  (安全生产领导小组, 防汛抗旱领导小组) leads that matter, in a which, a fact or a compare answer
  (``retrieval.bodies``); a spelling naming no body (组织领导, 第一责任人) has no name before it
  to judge, so 「加强组织领导」 counts; 「组织领导干部参加考试」 is 组织 + 领导干部.
- a manner word (集中, 实地) leaves the head bare, and a bare head is the asked kind only in a
  sentence that speaks of that kind (``retrieval.compounds.HOW``): 「集中学习6次，围绕乡村振兴…」
  is no 法治学习.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from retrieval.bodies import another_body_only
from retrieval.compounds import other_kind
from retrieval.concept import Concept
from tests.probe_kit import compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "probe_reports_review42"
PROBES = DATA / "probes_review42.jsonl"
CELLS = DATA / "probes_review42_cells.jsonl"
LEADERSHIP = Concept(
    "组织领导",
    ("组织领导", "领导小组", "协调小组", "领导体制", "第一责任人", "负总责", "任组长", "担任组长"),
    True,
)


def test_review42_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", [REPORTS], PROBES, ["--min-f1", "1.0"]
    )
    assert result["overall"]["none_correct"] == 1.0
    assert result["overall"]["facts"] == 1.0


def test_a_compare_cell_is_no_body_of_another_matter(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path))
    assert main(["ingest", str(REPORTS)]) == 0
    cells = compare_cells(tmp_path, CELLS)
    assert cells["o1m"]["松岭镇"] == "未提及"
    assert "第一责任人" in cells["o1m"]["梅溪乡"]


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("加强组织领导，压实第一责任人职责。", False),  # no body: the verb is no remit
        ("调整充实镇法治政府建设领导小组，由镇党委书记任组长。", False),
        ("成立了由书记任组长的领导小组。", False),  # a body left unnamed may be it
        ("成立安全生产领导小组，由镇长任组长。", True),
        ("调整防汛抗旱领导小组成员，落实汛期值班制度。", True),
        ("组织领导干部参加行政执法资格考试。", True),  # 组织 + 领导干部
        ("法治建设委员会新设立执法、普法2个协调小组。", False),  # the committee's fields
        ("新设立征地拆迁协调小组，统筹推进项目建设。", True),
    ],
)
def test_the_leadership_set_up_is_the_reports_own(sentence, other):
    assert another_body_only(sentence, [LEADERSHIP]) is other


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("组织督察组开展实地督察，对法治建设重点任务实行清单化管理。", False),
        ("中心组集中学习法律法规6次。", False),  # 法律 ~ 法治: one kind
        ("中心组全年集中学习6次，围绕乡村振兴开展专题研讨。", True),
    ],
)
def test_a_manner_word_leaves_the_kind_to_the_sentence(tagged, sentence, other):
    assert (
        other_kind(
            "集中" if "集中" in sentence else "实地", "法治", ("法治",), "", "", tagged, sentence
        )
        is other
    )
