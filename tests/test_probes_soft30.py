"""Verbs of issuing a document are light: a list, rule or catalogue is released by whichever of
印发 / 发布 / 公布 / 出台 / 下发 / 编制 its writer chose, so a which-question's verb before a
document's name must not be a term the report has to write (``retrieval.vocabulary.SOFT_VERBS``).

``probes_soft30.jsonl`` asks over three invented reports (``tests/data/probe_reports_soft30``):
the document asked with another issuing verb than its report's (two paraphrases and the rule's
own case), and a must-not whose document no report names although one report 公布 something else.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_soft30_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_soft30"],
        DATA / "probes_soft30.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert [q["got"] for q in result["questions"] if q["id"] == "s1x"] == [[]]
