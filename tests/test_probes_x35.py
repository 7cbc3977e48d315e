"""Round x35: an exam on the law named by its subject, and 「什么时候」 asking a date.

``probes_x35.jsonl`` asks over three invented reports (``tests/data/probe_reports_x35``):

- a test whose subject is the law in any of its names (习近平法治思想在线测试, 民法典专题知识
  测验) is the exam on the law (``retrieval.law_exams``): two paraphrases, 枫林街道's
  行政执法资格考试 (a certification) is none, and a must-not (an exam on another subject);
- 「什么时候」「哪个月」 ask a date, not a list (``answering.when_asked``): the quote holds the
  month, never the items of a section whose heading only shares an optional verb (强化组织领导
  for 组织); a list question whose heading holds its required concept still lists.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from retrieval.law_exams import law_exams_in
from retrieval.split_words import split_span
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_x35.jsonl"


def test_x35_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_x35"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
    # the eval's fact check reads the cited report; the answer itself must date the deed
    for question in ("白溪镇什么时候组织了合法性审查培训？", "白溪镇何时举办合法性审查培训？"):
        capsys.readouterr()
        assert main(["ask", question]) == 0
        out = capsys.readouterr().out
        assert "2023年6月" in out and "一是" not in out, out


@pytest.mark.parametrize(
    ("sentence", "exam"),
    [
        ("组织干部参加习近平法治思想在线测试", True),
        ("开展民法典专题知识测验", True),
        ("组织宪法知识答题活动", True),
        ("参加全省行政执法资格考试", False),
        ("开展年终考核，将法律知识运用情况纳入述职", False),
    ],
)
def test_an_exam_named_by_its_subject(sentence, exam):
    spellings = law_exams_in("法律知识考试")[0][2].alternatives
    assert any(a in sentence for a in spellings) is exam


@pytest.mark.parametrize(
    ("sentence", "exam"),
    [
        ("完成年度学法用法学习计划，年终考试成绩全部合格", True),
        ("宪法学习月活动中组织干部答题", True),
        ("组织执法人员集中学法，5名执法人员参加行政执法资格考试", False),
        ("开展普法宣传，公务员考试录用工作顺利完成", False),
        ("开展法律知识学习培训、执法证件申领考试", False),
        ("完成学法计划。考试安排在明年", False),
    ],
)
def test_an_exam_a_clause_after_its_subject(sentence, exam):
    assert bool(split_span(sentence, "学法考试") or split_span(sentence, "宪法答题")) is exam
