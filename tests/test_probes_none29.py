"""Stop 29: lures whose bound is met only by another deed's count in the same sentence, and
lures naming a person engaged (法官, 检察官, 公证员) where the report names another (律师).

Reports count several deeds in one sentence (「召开党委会集体学法28次，开展中心组学法9次」
「共召开16次党政联席会议、31次镇长办公会议」); a bound asked of one deed is met only by
that deed's count (``retrieval.count_deeds``); a profession invited, hired or organised is a
condition of the practice (``answering.lure_words``). Each lure with its twin (the bound its report
does meet) as the must-not, over two invented reports (``tests/data/probe_reports_none29``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from answering.lure_words import conditioned
from retrieval.concept import Concept
from retrieval.count_bounds import bound_asked
from retrieval.count_deeds import topic_counts
from retrieval.measures import counts_with
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_none29.jsonl"


def test_lure_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_none29"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    ids = [json.loads(line)["id"] for line in PROBES.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == result["overall"]["questions"]


@pytest.mark.parametrize(
    ("sentence", "topics", "counts"),
    [
        ("召开党委会集体学习33次，开展理论中组学习11次", [("理论",), ("学习",)], ["11次"]),
        ("共召开27次主任办公会、24次工委会", [("工委会",)], ["24次"]),
        ("开展法治学习18场，旁听庭审1场", [("旁听",), ("庭审",)], ["1场"]),
        ("开展法治宣传进村活动，全年共计22场", [("法治宣传",)], ["22场"]),  # its one deed
        ("举办讲座3次，开展宣讲5次", [("培训",)], []),  # each count another deed's
        ("普法宣讲团开展巡讲120多场次", [("培训",)], []),  # 巡讲 is no word asked
        ("举办讲座3次，开展宣讲5次", [], ["3次", "5次"]),  # no topic given: as before
    ],
)
def test_topic_counts(sentence, topics, counts):
    assert topic_counts(sentence, counts_with("次"), topics) == counts


@pytest.mark.parametrize(
    ("question", "sentence", "topics", "met"),
    [
        (
            "哪个乡开展中心组学习超过30次",
            "党委会集体学习33次，中心组学习11次",
            [("中心组",)],
            False,
        ),
        ("哪个乡开展中心组学习超过10次", "党委会集体学习33次，中心组学习11次", [("中心组",)], True),
        ("哪个镇调处纠纷超过50起", "调处矛盾纠纷58起", [("纠纷",)], True),
    ],
)
def test_bound_of_the_deed(question, sentence, topics, met):
    bound = bound_asked(question)
    assert bound is not None
    assert bound.met_in(sentence, topics) is met


def _words(*terms: str) -> list[Concept]:
    return [Concept(t, (t,), True) for t in terms]


@pytest.mark.parametrize(
    ("question", "unsaid", "conditions"),
    [
        ("哪个镇组织检察官在院坝开展宣讲", ("检察官",), ("检察官",)),
        ("哪个镇邀请资深法官授课", ("法官",), ("法官",)),
        ("哪个街道聘请公证员担任法律顾问", ("公证员",), ("公证员",)),
        ("哪个镇组织公职人员旁听庭审", ("公职人员",), ()),  # the unit's own staff
        ("哪个镇的检察官参加了培训", ("检察官",), ()),  # no one engaged: not this frame
    ],
)
def test_person_engaged(question, unsaid, conditions):
    assert conditioned(question, _words(*unsaid)) == conditions
