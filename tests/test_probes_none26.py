"""Stop 26: three readings of a which-question that lures an answer from a near sentence.

- 「有没有地方/单位…」 asks whether any unit did it: a which over the library, not one fact.
- 「每个村都…」「所有社区都…」「村村都…」 claim the whole group: one village's act is no answer.
- 率 cut off by jieba (败诉|率) closes a rate: the rate is one required noun.

Over three invented 柳塘县 reports (``tests/data/probe_reports_none26``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.answer import Kind
from retrieval.question_kind import question_kind
from retrieval.spoken import spoken_tags, totality_in
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_lured_which_questions(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_none26"],
        DATA / "probes_none26.jsonl",
        ["--min-f1", "1.0"],
    )
    assert result["overall"]["errors"] == 0


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("有没有地方用微信公众号普法？", Kind.WHICH),
        ("有无单位建立了法律顾问制度", Kind.WHICH),
        ("报告里有没有写得不好的地方？", Kind.FACT),  # 地方 of the work, not a unit
        ("岚桥镇有没有地方设了调解室", Kind.FACT),  # a unit named: inside it
    ],
)
def test_any_place_asks_units(question, kind):
    assert question_kind(question, ["岚桥镇"] if question.startswith("岚桥镇") else []) == kind


@pytest.mark.parametrize(
    ("question", "whole"),
    [
        ("哪些镇每个村都有法律顾问", True),
        ("哪些乡村村都通了广播", True),
        ("所有社区都建了调解室的街道", True),
        ("哪些镇给村里配了法律顾问", False),
        ("每个村有几名调解员", False),  # a count per village, no claim of all
    ],
)
def test_every_member_is_a_claim_of_the_whole(question, whole):
    assert bool(totality_in(question)) == whole


@pytest.mark.parametrize(
    ("question", "joined"),
    [
        ("哪些地方行政诉讼败诉率下降了", True),
        ("复议纠错率降低的镇", True),
        ("执法人员持证上岗率做到百分百的有哪几家", False),  # its value asked: read by it
    ],
)
def test_a_lone_rate_suffix_closes_a_noun(tagged, question, joined):
    words = [w for w, _ in spoken_tags(tagged(question), tagged, question)]
    assert any(w.endswith("率") and len(w) > 1 for w in words) == joined
