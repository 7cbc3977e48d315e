"""Review of fix88f: the rules it added must not touch neighbouring questions.

``probes_rev_fix88f.jsonl`` over two invented reports (``tests/data/probe_reports_rev_fix88f``):

- compare._exact_measure: disputes counted in 起/宗 keep their own clause when 件 or 起 is asked
  (rv1 rv2), never an application's or a case's 件 nearby; 人 and 人次 keep the training
  clause (rv3 rv4).
- issued years: 「2024年发布了哪些规范性文件」 (a deed) and 「提到2023年发布的条例」 (a topic)
  are questions of the text (rv5 rv6); 「2024年印发的报告」 is dated by the signature (rv7).
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_rev_fix88f_probes(tmp_path, monkeypatch, capsys):
    # int88 (b44ec03e): which 0.00 (rv7), compare 1.00, none 1.00; branch all 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_rev_fix88f"],
        DATA / "probes_rev_fix88f.jsonl",
        ["--min-f1", "0.99", "--min-compare", "0.99", "--min-none", "0.99"],
    )
    assert result["questions"]
