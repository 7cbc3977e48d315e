"""Round cmp28: a document asked is its title; 行政 before a government's own act.

``probes_cmp28.jsonl`` asks over three invented reports of the invented 岚溪市
(``tests/data/probe_reports_cmp28``). 青禾镇 follows 《…法治政府建设工作要点》 and quotes a
责任清单 too; 柳塘街道 follows 《…实施方案(2021—2025年)》 and writes its enforcement as
综合执法/多头执法, never 行政执法, and a 公益诉讼 but no 行政诉讼; 石门乡 quotes only
《民法典》. Two classes, each with two paraphrases and a must-not: a document asked is the
title holding the topic (D), 行政 before an act only a government does names no other
practice (A).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.cell_practice import bare_act, said_of_work
from answering.doc_title import asks_document
from tests.probe_kit import compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_cmp28.jsonl"


def test_document_and_practice_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cmp28"],
        PROBES,
        ["--min-compare", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    cells = compare_cells(tmp_path / "d", PROBES)
    for probe in ("d1a", "d1b"):
        assert "《岚溪市2024年法治政府建设工作要点》" in cells[probe]["青禾镇"], cells[probe]
        assert "安全生产" not in cells[probe]["青禾镇"]
        assert "实施方案(2021—2025年)》" in cells[probe]["柳塘街道"]
    assert cells["d1x"]["石门乡"] == "未提及"  # 《民法典》 is no title on the topic
    assert cells["d1y"]["青禾镇"] == "未提及"  # a 方案 asked: its 工作要点 is another kind
    for probe in ("a1a", "a1b"):
        assert "多头执法" in cells[probe]["柳塘街道"], cells[probe]
    assert cells["a1x"]["柳塘街道"] == "未提及"  # 公益诉讼 is no 行政诉讼
    assert cells["a1y"]["石门乡"] == "未提及"  # a slogan and a list of fields: nothing done


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("甲镇和乙镇分别是对照哪个文件推进法治建设的", True),
        ("甲镇、乙镇依据的是什么文件", True),
        ("甲镇和乙镇落实的是哪个规划文件", True),
        ("甲镇和乙镇的文件清理工作各做了什么", False),
        ("甲镇和乙镇各办了几期培训", False),
    ],
)
def test_a_document_is_asked_by_which_file(question, asked):
    assert asks_document(question) is asked


@pytest.mark.parametrize(
    ("term", "act"),
    [
        ("行政执法", "执法"),
        ("行政处罚", "处罚"),
        ("行政复议", "复议"),
        ("行政诉讼", ""),
        ("行政村", ""),
    ],
)
def test_only_a_governments_own_acts_read_bare(term, act):
    assert bare_act(term) == act


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("推行“一业一查”，规范街道综合执法队伍执法行为。", True),
        ("组织执法人员进行专题培训。", True),
        ("落实“谁执法谁普法”普法责任制。", False),
        ("贯穿决策、执法、治理、普法各环节。", False),
    ],
)
def test_a_bare_act_is_said_of_work(sentence, said):
    assert said_of_work(sentence, ["执法"]) is said
