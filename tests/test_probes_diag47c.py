"""Probes of round diag47c: comparisons that were never made (made-up reports under
``tests/data/probe_reports_diag47c``).

Four facts about how people ask a comparison over government reports:

1. 「多大规模」 asks a size: the segmenter cuts it 多/大规模, and the 大规模 left over is part
   of the asking, no topic a report writes (``answering.value_kinds``).
2. 「条数」「项数」 are nouns of a count in 条 or 项, as 次数 and 件数 are: they name the
   measure, never the deed (``answering.cell_measure``).
3. A demonstrative with a count of units (「青溪县那三个乡镇」「这两个街道」「2021年的那两份
   报告」) points at a set the question scopes — a county's townships, a year's reports — and
   asks a row each (``retrieval.question_kind``); a county named with its streets is their
   scope, not one of the units compared.
4. 「哪个时期的纲要」 asks the years the named document's title spans, as 「覆盖哪几年」 does
   (``answering.shaped``).

Must-not: a size or a count asked of a thing no report names stays 未提及 (no other count
fills the cell); 「这两个村」「这两个月」 count no units compared, and 「这几个镇里头，哪些…」
picks among the set (a which); 「什么时期开展了…」 with no document named is no period of a
title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.shaped import asked_shape
from cli.main import main
from reportqa.answer import Kind
from retrieval.question_kind import question_kind
from tests.probe_kit import compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "probe_reports_diag47c"
PROBES = DATA / "probes_diag47c.jsonl"
CELLS = DATA / "probes_diag47c_cells.jsonl"


def test_diag47c_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", [REPORTS], PROBES, ["--min-compare", "1.0"]
    )
    assert result["overall"]["compare"] == 1.0


def test_a_thing_no_report_names_stays_unmentioned(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path))
    assert main(["ingest", str(REPORTS)]) == 0
    cells = compare_cells(tmp_path, CELLS)
    assert set(cells["m1"].values()) == {"未提及"}  # 信访积案: named by neither report
    assert cells["m2"]["柳岸乡"] == "未提及"  # 横幅40条 is no 权责清单
    assert "126" in cells["m2"]["白石镇"]


@pytest.mark.parametrize(
    "question",
    [
        "这两个村哪些建了人民调解室？",
        "这两个月哪些乡镇开展了普法宣传？",
        "这几个镇里头，哪些在报告里写了聘请法律顾问的？",  # 哪些 picks among the set
    ],
)
def test_a_count_of_units_asked_which_is_no_comparison(question):
    assert question_kind(question, []) == Kind.WHICH


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("甲镇和乙镇各自照着哪个时期的普法规划在做？", True),
        ("甲镇和乙镇在什么时期开展了专项整治？", False),  # no document: no title's years
    ],
)
def test_an_era_is_asked_of_a_document(question, period):
    shape = asked_shape(question)
    assert (shape is not None and shape.kind == "period") is period
