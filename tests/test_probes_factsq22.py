"""Round facts22: a fact answer's headline states the asked value — each part's own when the
question asks two (``answering.headline``), and of a sentence's counts the one whose clause
holds the asked act (``answering.acts``).

``probes_factsq22.jsonl`` asks over one invented report of the invented 青岚县松溪镇
(``tests/data/probe_reports_factsq22``): 宣传册1500份、标语40条 (two measures, two verbs),
调处矛盾纠纷128件、调处成功率97% (a count and a rate), 合法性审查64件，其中…行政合同55件 (a total
and a share under 其中), 巡察反馈的18个问题…已完成整改16个 (found and rectified). Each a/b
question's headline must hold every asked value; the must-nots hold one part's value only, the
share rather than the total, the count found rather than the count rectified, and no value
for a part the report gives no count of.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.acts import act_clause, asked_act, item_clause
from answering.headline import asked_parts, part_values
from retrieval.concept import Concept
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_factsq22.jsonl"


def test_headline_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_factsq22"],
        PROBES,
        ["--min-facts", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    by_id = {q["id"]: q for q in result["questions"]}
    assert result["overall"]["fact_headlines"] == 1.0, [
        (i, q["answer"].splitlines()[0]) for i, q in by_id.items() if not q["headline_ok"]
    ]
    head = {i: q["answer"].splitlines()[0] for i, q in by_id.items()}
    assert "40条" not in head["p1x"]  # one part asked: one value
    assert "64件" not in head["p3x"]  # the share under 其中, not the total
    assert "16个" not in head["p4x"]  # the count found, not the one rectified
    assert "；" not in head["p1y"] and "场" not in head["p1y"]  # no count for 讲座: none given
    assert "11名" not in head["p5x"]  # the other item of a list under one verb


SENTENCE = "全年开展合法性审查64件，其中重大行政决策9件，行政合同55件，提出修改意见31条。"


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("一共做了多少件合法性审查，其中重大行政决策多少件", [("64件", 0), ("9件", 0)]),
        ("合法性审查总共几件？行政合同占了几件", [("64件", 0), ("55件", 0)]),
        ("审查了多少件，提了多少条修改意见", [("64件", 0), ("31条", 0)]),
    ],
)
def test_each_part_takes_its_own_count(question, want):
    assert part_values(question, [SENTENCE]) == want


def test_the_verb_between_two_counts_of_one_clause_names_the_second():
    quote = "在镇村干部轮训班等8期班次中安排法治讲座14次。"
    assert part_values("轮训班办了几期，安排了多少次法治讲座", [quote]) == [("8期", 0), ("14次", 0)]
    assert part_values("安排了多少次法治讲座，轮训班办了几期", [quote]) == [("14次", 0), ("8期", 0)]


def test_a_part_no_count_fits_is_left_out():
    quote = "共发放宣传册1500份，接受群众现场咨询260人次。"
    # 干部 is asked in no measure, and nothing ties 260人次 to it: left out, not filled
    assert part_values("发了多少宣传册，培训了多少干部", [quote]) == [("1500份", 0)]
    assert part_values("发了多少宣传册，咨询的人有多少", [quote]) == [("1500份", 0), ("260人次", 0)]


def test_one_part_asked_is_no_part_list():
    assert part_values("合法性审查总共几件？", [SENTENCE]) is None
    assert [p.cue for p in asked_parts("调处了多少件，成功率咋样")] == ["", "成功率"]


def test_the_act_is_the_verb_before_the_question_word():
    assert asked_act("巡察反馈的问题整改了多少个") == "整改"
    watched = (Concept("片子", ("片子",), True),)
    assert asked_act("干部看法治片子看了几回", watched) == "看"  # one character after its object
    assert asked_act("有多少人") == ""  # 有 is no act


def test_a_share_under_its_total_carries_the_totals_verb():
    at = SENTENCE.index("55件")
    assert "审查" in act_clause(SENTENCE, at, at + 3)
    at = SENTENCE.index("64件")
    assert act_clause(SENTENCE, at, at + 3) == "全年开展合法性审查64件"


def test_a_list_item_carries_the_lists_verb():
    text = "为镇政府配备法律顾问2名，村法律顾问11名，实现全覆盖。"
    at = text.index("11名")
    assert "配备" in item_clause(text, at, at + 3)
    at = text.index("2名")
    assert item_clause(text, at, at + 2) == "为镇政府配备法律顾问2名"
