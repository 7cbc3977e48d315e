"""Review of fix88e: examples after a clause leaving a kind open (某类/某个) fill that slot and
never stand in for the clause's head (调解室); 某 + classifier blanks only a kind word.

``probes_rev_fix88e.jsonl`` asks over invented reports (``tests/data/probe_reports_rev_fix88e``):
rv1 rv2 (石桥镇 writes 茶叶 with no 调解室 and must not be listed), rv3-rv8 unchanged rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.asking_frames import without_frames
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_rev_fix88e_probes(tmp_path, monkeypatch, capsys):
    # fix88e (2baf5d24): rv1 lists 石桥镇, rv2 all five; this branch: which 0.95 (rv1 still
    # lists 临溪镇、云岭乡 beside the two asked, but never 石桥镇)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_rev_fix88e"],
        DATA / "probes_rev_fix88e.jsonl",
        ["--min-f1", "0.9"],
    )
    rows = {q["id"]: q for q in result["questions"]}
    assert not any(q["error"] for q in rows.values())


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("调解某类纠纷的调解室", "某类纠纷"),
        ("办理某类案件的情况", "某类案件"),
        ("管某个行业的纠纷", "某个"),
    ],
)
def test_some_kind_keeps_content(text, kept):
    assert kept in without_frames(text)
