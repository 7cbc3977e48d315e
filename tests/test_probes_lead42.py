"""Stop 42, the lead's fix at merge: a stage word alone is no campaign.

ans42 spelled a campaign for a designation (创建, 争创) by its stages when progress is asked
(「走到哪一步了」): 申报, 候选, 验收, 命名, 入选, 获评, 创成, 授予. review42 found that a stage
word alone then answered — 「为12名执法人员授予行政执法证件」「新建道路被命名为法治路」 are
conferrals of other things. The fact (``retrieval.progress_asks``): a stage spells the campaign
only in a sentence that names what is earned (示范, 称号, 荣誉, 先进, 试点); asked across units
that designation is a condition every quoted sentence meets, and a fact question about one
unit keeps the campaign as written (its passages are ranked by their words, where a stage
alone would rank).

``probes_lead42.jsonl`` over four invented reports (``tests/data/probe_reports_lead42``):
s1a s1b (paraphrases, which), s1c (one unit), must-not s1n (柳岸县: no campaign).
int42m before the fix: s1a, s1b list the lure 柳岸县 and s1n quotes it; after, all pass.
"""

from __future__ import annotations

from pathlib import Path

from retrieval.concept import Concept
from retrieval.progress_asks import with_stages
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_lead42_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_lead42"],
        DATA / "probes_lead42.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )


def test_stages_need_a_designation():
    campaign = Concept("创建", ("创建",), required=True)
    staged = with_stages("创建工作走到哪一步了", [campaign])
    assert "授予" in staged[0].alternatives
    assert staged[-1].must and "示范" in staged[-1].alternatives
    named = with_stages("示范创建走到哪一步了", [Concept("示范", ("示范",), True), campaign])
    assert named[0].must and len(named) == 2
    assert with_stages("创建工作走到哪一步了", [campaign], across=False) == [campaign]
    assert with_stages("哪些县开展了创建工作", [campaign]) == [campaign]
