"""Round reach58: a province said as the topic is met by the places inside it (h58_14: 「跟广西
那边搞对口帮扶」 answered by reports naming 隆林县, 西林县, 靖西 but never 广西).

The made-up district reports in ``tests/data/probe_reports_reach58`` name real counties, since
the division list is what tells a county's province:

- q1 (青岚区) helps 那坡县 and 西林县 by their full names;
- q2 (白鹭区) names 靖西 without its kind, a short name the tagger reads as a place;
- q3 (柏溪区) helps 紫金县 of 广东 and writes 扩大新兴 (the characters of 大新, a 广西 county's
  short name that is no word): it must meet neither 广西 nor 江西.

Questions (``probes_reach58.jsonl``): reach58a, reach58b list q1 and q2; the must-not reach58n
asks of 江西, which no report names.
"""

from __future__ import annotations

from pathlib import Path

from ingest.gazetteer import counties
from reportqa.text import Tokenizer
from retrieval.region_members import _members
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_reach58_questions(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_reach58"],
        DATA / "probes_reach58.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not [q["id"] for q in result["questions"] if q["error"]]


def test_members_are_the_names_that_say_one_place():
    tagged = Tokenizer().tagged
    gx = _members(counties(), tagged)["广西"]
    assert {"西林县", "靖西市", "靖西", "河池市"} <= set(gx)
    assert "大新" not in gx  # no word: the characters of 扩大新兴
    assert not any(n.endswith("区") for n in gx)  # districts are named by common words
    assert "紫金县" not in gx and "紫金县" in _members(counties(), tagged)["广东省"]
