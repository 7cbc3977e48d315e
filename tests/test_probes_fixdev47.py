"""Round fixdev47: a list closed by a kind word after a comma exemplifies the clause before it.

``probes_fd47.jsonl`` asks over three invented reports (``tests/data/probe_reports_fd47``).
「群众打电话反映的诉求，12345、便民热线这种，…」: the list names, by what reports call them, the
thing the clause before the comma describes, as 「比如…」 after a clause does
(``retrieval.item_lists._clause_before``, ``retrieval.clause_examples``). 白沙镇's 「联动便民热线
…办理群众案件」 handled the 诉求 though it never writes the word (f47h1 f47h2); the examples
still have to be said: 东坡街道's 处罚案件 is no 人民来信 (f47h3, must-not).
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fd47.jsonl"


def test_fd47_probes(tmp_path, monkeypatch, capsys):
    # main (23636d1) and int44 (fa399f6): which F1 0.33 (f47h1 f47h2 found nothing); branch 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fd47"],
        PROBES,
        ["--min-f1", "1.0"],
    )
    got = {q["id"]: sorted(q["got"]) for q in result["questions"]}
    assert got["f47h1"] == got["f47h2"] == ["白沙镇", "青禾乡"]
    assert got["f47h3"] == []
