"""Review of stop 39: the page's publisher read only from the page, asked only of the report.

``probes_review39.jsonl`` asks over five invented reports (``tests/data/probe_reports_review39``):

- A body line naming where a figure or a case came from (松林县's 「数据来源：县统计局」, 柏村镇's
  「案件来源：县综合行政执法局」) is no page field: neither report has a publisher, so asking for
  the reports 统计局 or 县综合行政执法局 published finds none (s1 s2). 来源 after a word for
  the page (「本文来源：石岭县司法局」) and the chrome field 「来源:青川区人民政府办公室」 are still
  read (s3 s4).
- A question about a rule an organ issued or a case it sent (「哪些地方的行政规范性文件是由区政府发布
  的」「…规范性文件是区政府印发的」「…行政案件，来源是区政府办公室的」) asks what the reports say,
  answered from the text (q1 q2) — never from 青川区's page publisher (q3).
- 联动机制 is one word, so 联动 ~ 联席 never reached it: 桐溪镇's 「府院联席会议制度」 is the 府院
  联动机制 asked (l1 l2); its 「安全生产联席会议」 names no 安监, which must still be written (l3).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from answering.meta_publisher import asks_publisher
from cli.main import main
from ingest.publisher import read_publisher
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_review39.jsonl"
REPORTS = DATA / "probe_reports_review39"


def test_review39_probes(tmp_path, monkeypatch, capsys):
    # int39 (96a8a79): which 0.33, none 0.25 (s1 s2 q3 list a unit; q1 q2 l1 l2 none); branch 1.00
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    capsys.readouterr()
    assert main(["reports", "--json"]) == 0
    published = {r["source"]: r["publisher"] for r in json.loads(capsys.readouterr().out)}
    assert published == {
        "r1.txt": "",  # 数据来源：县统计局 is a figure's source
        "r2.txt": "",  # 案件来源：县综合行政执法局 is the cases'
        "r3.txt": "石岭县司法局",  # 本文来源：
        "r4.txt": "青川区人民政府办公室",
        "r5.txt": "",
    }


@pytest.mark.parametrize(
    ("page", "publisher"),
    [
        ("某县报告\n全县生产总值增长6%。\n数据来源：县统计局\n现将…", ""),
        ("某镇总结\n查处案件9件。\n线索来源：县纪委监委\n", ""),
        ("某县报告\n本文来源：某县司法局\n2023年…", "某县司法局"),
        ("某县报告\n2024-01-02 09:12来源：某县司法局\n2023年…", "某县司法局"),
        ("某市报告\n2021年03月19日来源:市司法局\n2020年…", "市司法局"),
    ],
)
def test_a_body_source_is_no_publisher(page, publisher):
    assert read_publisher(page) == publisher


@pytest.mark.parametrize(
    ("question", "organs"),
    [
        ("哪些地方的行政规范性文件是由县政府发布的？", ()),
        ("哪些地方的权责清单是由县政府公布的", ()),
        ("哪些地方的行政案件，来源是公安局的？", ()),
        ("这些报告里，哪些是司法局发的", ("司法局",)),
        ("哪几份是由县政府办公室发的？", ("县政府办公室",)),
    ],
)
def test_another_document_asks_the_text(question, organs):
    assert asks_publisher(question) == organs
