"""Round cmp26: the sentence that answers, among several a unit's report writes on the topic.

``probes_cmp26.jsonl`` asks over three invented reports of the invented 云溪县
(``tests/data/probe_reports_cmp26``). 松林镇 writes its own 按计划学法11次 beside
推动各部门学法73次, and its own 普法宣传活动18场 beside 指导各村（社区）…64场; 桃源乡 names
学法 twice (纳入计划, 学法制度) before 全年集体学法9次, and 组织学法考试1次 right after its only
mention; 竹山街道 counts only its departments' 学法40次. Two classes, each with paraphrases
and a must-not: a count stands after any mention of its topic, not only the first (M); the
unit's own count beats its parts' sum unless the question names the parts (O).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.doer import by_parts
from reportqa.answer import Kind
from tests.probe_kit import asked, compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_cmp26.jsonl"


def test_the_sentence_that_answers_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cmp26"],
        PROBES,
        ["--min-compare", "1.0", "--min-facts", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    cells = compare_cells(tmp_path / "d", PROBES)
    for probe in ("o1a", "o1b"):
        assert "按计划学法11次" in cells[probe]["松林镇"], cells[probe]
        assert "集体学法9次" in cells[probe]["桃源乡"], cells[probe]
    assert "学法40次" in cells["o2x"]["竹山街道"]  # the parts' count, when it is all there is
    assert "18场" in cells["m2a"]["松林镇"]
    # a fact answer quotes the asked count first
    firsts = {
        item["id"]: answer.citations[0].quote
        for item, answer in asked(tmp_path / "d", PROBES)
        if answer.kind == Kind.FACT and answer.citations
    }
    assert "11次" in firsts["o1c"]
    assert "73次" in firsts["o1x"]  # the parts asked: their count
    assert "9次" in firsts["m1c"]
    assert "45人" in firsts["m1x"]


@pytest.mark.parametrize(
    ("sentence", "question", "parts"),
    [
        ("今年以来，推动各政府部门学法116次。", "甲县政府学法几次", True),
        ("镇党委集体学法8次，指导各村开展学法活动46场。", "甲镇学法几次", True),
        ("今年以来，推动各政府部门学法116次。", "甲县各部门学法几次", False),  # asked
        # members of a group named in another clause: the count is the unit's own
        ("成立由各职能部门负责人为成员的领导小组，全年召开专题会议4次。", "甲镇专题会几次", False),
        ("宣传民法典和各单位、各领域法律法规，覆盖辖区25个社区。", "甲镇普法几场", False),
        ("全年开展各类普法活动20场。", "甲镇普法几场", False),  # 各类: kinds, not parts
    ],
)
def test_a_count_of_the_units_parts(sentence, question, parts):
    assert by_parts(sentence, question) is parts
