"""Fact answers, follow-ups and name questions on wordings made up here, end to end.

``probes_qa8.jsonl`` asks about the five seed reports plus five invented web-page copies
(``tests/data/probe_reports_qa8``: page chrome, one in traditional characters, one naming its
law firm and one that does not, a county report beside its townships) through the real CLI:
ingest, then ``reportqa eval``. Each category has two paraphrases that must be answered and
one question that must not be (a ``none`` item).
"""

from __future__ import annotations

import json
from pathlib import Path

from cli.main import main

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(ROOT / "corpus"), str(DATA / "probe_reports_qa8")]) == 0
    capsys.readouterr()
    floors = ["--min-facts", "0.95", "--min-compare", "0.95", "--min-none", "0.95"]
    code = main(["eval", str(DATA / "probes_qa8.jsonl"), "--json", *floors])
    result = json.loads(capsys.readouterr().out)
    misses = [(q["id"], q["miss"]) for q in result["questions"] if q["miss"]]
    assert code == 0, misses
    assert result["overall"]["citation_faithfulness"] == 1.0
