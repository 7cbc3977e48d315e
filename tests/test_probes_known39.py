"""Round known39: known defects of stop 38's notes, over invented reports
(``tests/data/probe_reports_known39``).

- A report's negation stands after the whole compound that names the thing
  (「镇政府法律顾问工作制度尚未建立」「行政执法人员缺位」), and its not-done verbs include
  组建, 配齐, 聘用: the unit is not listed for it (n1a n1b n1c); it is still listed for what it
  did (n1n).
- A how-many question is answered by a count stated under the sub-heading naming its topic
  (「（二）规范性文件备案审查」 then 「全年报备4件」: c3a c3b); a unit without one is still 没有找到
  (c3n).
- A document a unit 出台/印发 is a rule, measure or plan it writes, never a contract it reviewed:
  「审查合同15份」 is no count of documents issued (test below), though it still counts the
  documents 审查 (d5a).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.main import main
from retrieval.negated_mention import negated
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_known39.jsonl"


def test_known39_probes(tmp_path, monkeypatch, capsys):
    # main (e281f5b): which F1 0.75 (石坪镇 listed for n1a n1b n1c), facts 0.00 (c3a c3b
    # 没有找到); branch 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_known39"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("sentence", "mention", "denied"),
    [
        ("村级法律顾问全覆盖机制尚未建立。", "法律顾问", True),
        ("专职人民调解员队伍尚未组建。", "人民调解员", True),
        ("尚未组建专职人民调解员队伍。", "人民调解员", True),
        ("公职律师尚未配齐。", "公职律师", True),
        ("执法人员仍缺位。", "执法人员", True),
        ("组建人民调解员队伍。", "人民调解员", False),
        ("法律顾问审查了文件，未出台新规。", "法律顾问", False),
        ("法律顾问参与审查的合同未发现问题。", "法律顾问", False),
    ],
)
def test_a_negation_after_a_compound_reaches_its_first_part(sentence, mention, denied):
    pos = sentence.index(mention)
    assert negated(sentence, pos, pos + len(mention)) is denied


@pytest.mark.parametrize("question", ["松岭乡出台了多少份文件", "松岭乡印发了几个文件？"])
def test_a_document_issued_is_never_a_contract_reviewed(tmp_path, monkeypatch, question):
    # main (e281f5b): 「全年审查合同15份」 quoted as the count of documents 出台 (both)
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path))
    assert main(["ingest", str(DATA / "probe_reports_known39")]) == 0
    monkeypatch.delenv("REPORTQA_DATA_DIR")
    line = tmp_path / "q.jsonl"
    line.write_text(json.dumps({"question": question}, ensure_ascii=False), encoding="utf-8")
    ((_, ans),) = list(asked(tmp_path, line))
    assert "合同" not in ans.answer and "15份" not in ans.answer
