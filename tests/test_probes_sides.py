"""A relation's sides are as loose as the need they were (coordinator, stop 17).

「把法治表现跟干部考核挂钩」: the side in the user's own word (法治表现, in no report) is named
by the word it is about, and a side named by its kind only must not borrow the words of the
other side (the 宣传 of 禁毒宣传 is no 法治宣传)."""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_sides_are_as_loose_as_their_words(tmp_path, monkeypatch, capsys):
    # before: s1a and s1b found nobody (which F1 0.33)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_sides"],
        DATA / "probes_sides.jsonl",
        ["--min-f1", "1.0"],
    )
    assert len(result["questions"]) == 3
