"""Round diag34r: a question asking *which report* says something (held34's diagnosis).

``probes_diag34r.jsonl`` asks over three invented reports (``tests/data/probe_reports_diag34r``):

- 「哪份报告」「哪篇报告」 is 「哪一份报告」 with its 一 left out (as 哪个 is 哪一个): over a
  library it asks for the reports that say the thing, each judged on its own evidence — it
  was read as one fact, answered from whatever ranked first, so a question no report answers
  quoted a near sentence as its answer (``retrieval.question_kind``); two paraphrases and two
  must-nots (nothing written: refused);
- 「有没有报告」「有无报告」 asks whether any report says it: the reports that do (same rule
  as 有没有地方/单位); two paraphrases and a must-not;
- quoted examples then a kind word and a label (「“A”或“B”这类治理品牌」「“C”等执法监督指标」):
  the label is the asker's class for the examples, which reports seldom write beside them, so
  it leaves the need (``retrieval.quoted_kinds``); d3a failed before, d3b a second wording, must-nots
  d3n (the example written nowhere) and d3m (no kind word: 受众 stays a need);
- a 街道 is named X街 as well (天津's street-level units: 新河街): a question asking only when
  「北岸街和南湖街的报告」 were issued is frame and names (``answering.frame_only.frame_only``);
  d4a d4b failed before, must-not 街面整治 (a topic) in ``test_a_street_named_x_jie_is_a_name``.
- a side of 「把A纳入B」 named with a generic noun after it (法治建设成效, 平安建设工作) names the
  work itself, as the question's reading drops that noun (``retrieval.relation._named``): d5a
  d5b (they passed before on this small library's weights; held34_12 failed on its own),
  must-not d5n (普法 and 考核 apart are no answer).

A unit's own 「哪份文件」 stays a fact about that unit (``test_a_units_document_stays_a_fact``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.answer import Kind
from retrieval.question_kind import question_kind
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_diag34r.jsonl"


def test_diag34r_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_diag34r"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0", "--min-compare", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    "question",
    [
        "哪份报告提到了人民调解委员会",
        "案卷评查是哪篇报告里写的",
        "哪几份报告写了送法下乡",
        "有没有报告提到风险评估",
    ],
)
def test_asking_for_reports_is_which(question):
    assert question_kind(question, []) == Kind.WHICH


@pytest.mark.parametrize(
    ("question", "townships"),
    [
        ("青石镇依据哪份文件开展重大行政决策", ["青石镇"]),
        ("青石镇的报告有没有提到风险评估", ["青石镇"]),
        ("哪份文件规定了合法性审查的程序", []),
    ],
)
def test_a_units_document_stays_a_fact(question, townships):
    assert question_kind(question, townships) == Kind.FACT


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("哪些报告提到“枫桥经验”或“街乡吹哨”这类治理品牌？", ("治理品牌",)),
        ("写了“三项制度”等执法监督指标的有哪些单位？", ("执法监督指标",)),
        ("有没有提到「两随机」之类的抽查方式", ("抽查方式",)),
        ("哪些报告提到“八进”普法的受众人数？", ()),  # no kind word: 受众 stays a need
        ("哪些报告提到“最多跑一次”改革", ()),
    ],
)
def test_the_label_after_quoted_examples(question, labels):
    from retrieval.quoted_kinds import kind_labels

    assert kind_labels(question) == labels


@pytest.mark.parametrize(
    ("question", "frame"),
    [
        ("北岸街和南湖街的报告各是的？", True),  # X街 is the 街道's name
        ("北岸街、南湖街道的报告分别是的", True),
        ("北岸街和南湖街的街面整治各是的", False),  # 街面整治 is a topic, never a name
    ],
)
def test_a_street_named_x_jie_is_a_name(question, frame):
    from types import SimpleNamespace

    from answering.frame_only import frame_only as _frame_only

    units = SimpleNamespace(townships=("北岸街道", "南湖街道"), counties=())
    assert _frame_only(question, units) is frame


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("哪些单位把法治建设成效纳入了考核", "法治建设"),
        ("把平安建设工作纳入年度考核的有哪些地方", "平安建设"),
        ("哪些镇把禁毒宣传纳入了考核", "禁毒宣传"),  # no generic noun: the side as written
    ],
)
def test_a_sides_generic_noun_is_no_need(question, side):
    from retrieval.relation import _named, relation_sides

    a, _b, _verb = relation_sides(question)
    assert [_named(i) for i in a] == [side]
