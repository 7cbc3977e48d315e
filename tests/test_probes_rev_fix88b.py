"""Reviewer rev_fix88b: misfires of fix88b on questions and report sentences of its own.

``probes_rev_fix88b.jsonl`` over ``probe_reports_rev_fix88b``: a modifier's characters in the
other order (汉藏 for 藏汉) name the same pair, not a sibling (rv1); a recap in the plan part
before 下一步将 is a count done (rv7); 法制 for 法治, 网上办 for 网上办理, 线上 for 在线, and
「未发生重大X，…X N件」 keep their counts; 未发生行政复议案件 answers "none".
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_rev_fix88b_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_rev_fix88b"],
        DATA / "probes_rev_fix88b.jsonl",
        ["--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
