"""Round g34: a province or city opening a question is its scope, also with only 的 after it
(``answering.region_scope._subject``), and a bare region with a list word asks for the library's
reports there (``answering.metadata_qa``). Made-up reports of real streets and towns in three
provinces (``tests/data/probe_reports_g34``); no report writes its province's name.

rs1, rs2 and rs4, rs5 failed before (广东 searched as a word, or the bare region searched in the
text); rs3 (a region inside the need) and rs6 (scoped, nothing there) are the must-nots.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_g34_region_scope(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_g34"],
        DATA / "probes_g34.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    by_id = {q["id"]: q for q in result["questions"]}
    assert "湖滨街道" in by_id["rs3"]["answer"]  # must-not: 广东 inside the need stays searched
    assert "孝泉镇" not in by_id["rs1"]["answer"]  # scoped: 四川's report is outside 广东
