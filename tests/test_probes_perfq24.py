"""Round perfq24: BM25 scores read straight off the weight columns, the scope mask set by
the scope's report rows, and the collector's young objects frozen when an answer's pause
ends — speed-ups that must not change which units a which-answer lists.

``probes_perfq24.jsonl`` asks over three invented reports (``tests/data/probe_reports_perfq24``):
枫林镇 and 石门乡 of the invented 云溪县, 柳湾镇 of 河阳县. 枫林镇 and 柳湾镇 both hired a legal
adviser; a question scoped to 云溪县 (two paraphrases) lists 枫林镇 alone, the unscoped one
both; the must-not (法律知识讲座) stays with 石门乡 alone.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_scope_and_rank_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_perfq24"],
        DATA / "probes_perfq24.jsonl",
        ["--min-f1", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    assert all(q["f1"] == 1.0 for q in result["questions"]), [
        (q["id"], q["miss"], q.get("extra")) for q in result["questions"] if q["f1"] != 1.0
    ]
