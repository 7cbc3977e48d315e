"""Review of fix88d: a region's 「那个县」 names the unit's level; 该篇 is 这篇; 讲稿 a noun.

``probes_rev_fix88d.jsonl`` asks over fix88d's three reports and a county report of 湖南
(``tests/data/probe_reports_rev_fix88d``): 「湖南那个县」 is 攸县, never 青石镇 (lv1 lv3),
「湖南那个镇」 is 青石镇 (lv2); 「该篇是哪个单位发布的」 is the last report's issuer (cs3).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup_pointers import SINGULAR
from answering.meta_frame import THAT_ONE
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_rev_fix88d_probes(tmp_path, monkeypatch, capsys):
    # fix88d: which 0.67, facts 0.80 (lv1 lists 青石镇, cs3 misses); rev_fix88d 1.00, 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_rev_fix88d"],
        DATA / "probes_rev_fix88d.jsonl",
        ["--min-facts", "0.99", "--min-f1", "0.99"],
    )
    assert not [q["id"] for q in result["questions"] if q["error"] and q["kind"] != "none"]


@pytest.mark.parametrize(
    ("q", "pointed"),
    [("这份讲稿是谁写的", False), ("这份讲的是哪一年", True), ("该篇由谁发布", True)],
)
def test_classifier_noun_of_its_own(q, pointed):
    assert bool(SINGULAR.search(q)) is pointed


def test_gai_pian_is_the_one_in_scope():
    assert THAT_ONE.sub("", "该篇是哪个单位发布的") == "是哪个单位发布的"
