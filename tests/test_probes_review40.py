"""Review of round 40: 「出了成绩」 is read as what was won, never as 「成效」 said of a shortfall.

Three invented township reports (``tests/data/probe_reports_review40``), ingested by the CLI:
石门镇 获评 a 普法 honour; 云溪镇 writes 「普法宣传成效不明显」 in its problems section; 柳河镇
says nothing of 普法 results. The register's 「成效」 rows match by words, so a bare 成效 (or
成效明显, whose words 「成效不明显」 also holds) counted the shortfall as a result: only the
affirmative 「取得…成效」 spellings stay.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import compare_cells, ingest_and_eval

REPORTS = Path(__file__).parent / "data" / "probe_reports_review40"
PROBES = Path(__file__).parent / "data" / "probes_review40.jsonl"


def test_review40_results_not_shortfalls(tmp_path, monkeypatch, capsys):
    # int39 (d1f8703): 1a/1b got 云溪镇 too (成效不明显), 1c filled 云溪镇's cell; branch: all right
    data = tmp_path / "d"
    ingest_and_eval(monkeypatch, capsys, data, [REPORTS], PROBES, ["--min-f1", "1.0"])
    assert compare_cells(data, PROBES)["r40_1c"]["云溪镇"] == "未提及"
