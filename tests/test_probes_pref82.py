"""Round pref82: a sentence announcing the report's own parts is quoted as their content.

A report opens 「现将…2021年度…工作及2022年工作计划报告如下」 (or closes 「特此报告」): the clause
names the parts and tells none of their content, so it is never the answer to what a plan, a
deed or a figure is (``answering.announced_parts``; q81 h81_58 quoted it as the plan).
``probes_pref82.jsonl`` asks over three invented reports (``tests/data/probe_reports_pref82``):

- pf1 pf1b: 松岭街道's preface announces 2024年工作计划, the report gives no plan part: none.
- pf2 pf2b: 石湾乡's preface announces 2023年重点工作安排 over a 2022 review only: none.
- must-nots: 桐溪镇's plan part gives the plan (pf1n), the bodies give the years' deeds the
  prefaces announce (pf1m fact, pf4n compare); whether a report HAS a plan part is read by the
  which path as before (pf3).
- ``probes_pref82_cells.jsonl`` pf4: a comparison's cell of 松岭街道 is 未提及, not its preface.

Figures (``reportqa eval probes_pref82.jsonl``): main (7364dde3) which 1.00, facts 1.00,
compare 1.00, none 0.25 (pf1 pf1b pf2 quote the preface; pf4's 松岭街道 cell is the preface);
branch 1.00 / 1.00 / 1.00 / 1.00.

Review (rev_pref82), ``probes_rev_pref82.jsonl`` over ``probe_reports_rev_pref82``, what the
first cut missed or broke:

- rv1 rv1b: a traditional-character text (現將…2023年工作計劃報告如下), asked in either script: none.
- rv2: the other word order 「现就…及2024年工作打算作如下报告」: none (the first cut answered it).
- rv3 rv3b: 「实现对全镇15个村居…全覆盖，具体情况总结如下」: 实现对 is no 「现对…如下」, the count is
  read (the first cut dropped the sentence up to 实, rv3b answered 未提到).
- rv4: 「现将梅林乡2024年法治建设工作计划报告如下：一是开展“法治夜校”培训…」: a clause naming one
  part heads the content after it in its sentence, quoted for the plan (the first cut lost it).
- rv1m: a traditional text's body still answers.

Figures: main facts 1.00 none 0.00; pref82 (79c5af7b) facts 0.50 none 0.67; rev 1.00 / 1.00.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.announced_parts import only_announces, without_announcement
from retrieval.concept import Concept
from tests.probe_kit import compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "probe_reports_pref82"
PROBES = DATA / "probes_pref82.jsonl"
REV_PROBES = DATA / "probes_rev_pref82.jsonl"


def test_pref82_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
    cells = compare_cells(tmp_path / "d", DATA / "probes_pref82_cells.jsonl")
    assert cells["pf4"]["松岭街道"] == "未提及"


def test_rev_pref82_probes(tmp_path, monkeypatch, capsys):
    floors = ["--min-facts", "1.0", "--min-none", "1.0"]
    reports = [DATA / "probe_reports_rev_pref82"]
    result = ingest_and_eval(monkeypatch, capsys, tmp_path / "d", reports, REV_PROBES, floors)
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("现将虹桥街道2021年度法治政府建设工作及2022年工作计划报告如下:", ""),
        ("按照要求,现将一年来法治政府建设情况报告如下:", "按照要求,"),
        ("现对2023年所做工作总结如下：", ""),
        ("现就有关情况汇报如下。", ""),
        ("特此报告。", ""),
        # what a sentence tells before its announcing clause stays read
        ("全镇扎实推进法治政府建设,现将工作开展情况报告如下。", "全镇扎实推进法治政府建设,"),
        # an opening with its first item on the same line: the item is content, read with
        # the clause when it names one part (the clause heads it), alone when it names several
        ("2023年工作情况报告如下：开展普法20场。", None),
        ("现将2024年工作计划报告如下：一是开展法治夜校培训", None),
        ("现将2023年工作及2024年计划报告如下：一、加强组织领导", "一、加强组织领导"),
        # 实现对/发现将: 现 ends a word, is no 'now'; what the sentence tells stays read
        (
            "司法所实现对全镇15个村法律顾问全覆盖，具体情况总结如下：",
            "司法所实现对全镇15个村法律顾问全覆盖，",
        ),
        ("现就我镇2022年度工作及2023年打算作如下报告：", ""),
        ("主要做法如下：一是加强学习", None),  # 做法如下 introduces content, announces no part
        ("开展普法宣传20场。", None),
    ],
)
def test_without_announcement(sentence, rest):
    assert without_announcement(sentence) == rest


def test_only_announces():
    plan = [Concept("计划", ("计划", "工作计划"), required=True)]
    assert only_announces("现将松岭街道2023年度工作及2024年工作计划报告如下：", plan)
    assert only_announces(
        "現將松嶺街道2023年度工作及2024年工作計劃報告如下：", plan
    )  # read simplified
    assert not only_announces("现将2024年工作计划报告如下：一是开展法治夜校培训", plan)
    assert not only_announces("2024年工作计划：开展法治夜校4期，现将有关情况报告如下", plan)
    assert not only_announces("制定2024年普法工作计划", plan)
