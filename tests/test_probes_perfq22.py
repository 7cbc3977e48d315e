"""Round perfq22: fan-out keeps each chunk's heading sentences and looks for the question's
heading strings in them alone, keeps the scope's silent verdicts as one list, and a unit
with one supporting sentence is quoted without ranking — speed-ups that must not change
which units a which-answer lists.

``probes_perfq22.jsonl`` asks over three invented reports of the invented 青岚县
(``tests/data/probe_reports_perfq22``): 白鹭镇 says what its legal adviser did only under
the heading 「二、法律顾问工作」, 松溪乡 names 法律顾问 in the sentence itself, 柳岸街道 holds
法律 in a sentence under no such heading. Two paraphrases find 白鹭镇 through its heading; the
must-not (法律知识讲座) stays with 柳岸街道 alone.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_heading_path_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_perfq22"],
        DATA / "probes_perfq22.jsonl",
        ["--min-f1", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    assert all(q["f1"] == 1.0 for q in result["questions"]), [
        (q["id"], q["miss"]) for q in result["questions"] if q["f1"] != 1.0
    ]
