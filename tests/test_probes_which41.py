"""Probes of round which41 (made-up reports under ``tests/data/probe_reports_which41``).

- a coordinated list of plenary sessions names each session (``retrieval.party_sessions``):
  「二十届二中、三中全会」 is the second and the third session of the twentieth congress, and
  not a session of the nineteenth or a fourth session.
- a rank names no kind (``retrieval.compounds.RANK``): 「列入县委党校必修课程」 is a 党校 course
  whatever its rank; the reader looks past the rank to the word before it, so
  「乡村振兴重点课程」 is still another kind of course than a 法治课程.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.party_sessions import sessions_in
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_which41.jsonl"


def test_which41_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_which41"],
        PROBES,
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("asked", "text", "found"),
    [
        ("二十届三中全会", "党的二十大和二十届二中、三中全会精神", True),
        ("二十届二中全会", "二十届一中和二中全会精神", True),
        ("二十届三中全会", "二十届一中、二中、三中全会", True),
        ("二十届三中全会", "十九届二中、三中全会精神", False),  # another congress
        ("二十届四中全会", "二十届二中、三中全会精神", False),  # not in the list
    ],
)
def test_a_listed_session_is_named(asked, text, found):
    ((*_, spellings),) = sessions_in(asked)
    assert any(s in text for s in spellings) is found
