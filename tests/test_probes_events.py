"""A verb that names the event asked (coordinator, stop 18).

「开展了行政复议听证」: jieba tags 听证 (and 超市 of 积分超市) as a verb, and a verb no report spells
used to leave the need as the asker's framing — so the answer listed every unit whose report
names 行政复议 at all, a claim no report makes. A verb-tagged word that ends the object of an
earlier verb, right after that object's nouns, is the thing asked: in no report, it makes the
answer 「没有」. The asker's framing stays soft: a predicate after its subject
(「法律顾问聘请到位」) is no part of an object."""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_event_nouns_no_report_spells(tmp_path, monkeypatch, capsys):
    # before: e1a, e1b listed 甲镇 (行政复议 alone), e1c 乙乡 (法治积分 alone); e1n already right
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_events"],
        DATA / "probes_events.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 5
