"""Round cell33: people counted by the post they hold, and a post of a level group's committees.

``probes_cell33.jsonl`` asks over three invented reports (``tests/data/probe_reports_cell33``:
two prefecture cities whose county secretaries report on law work, one town that writes only
its own secretary):

- a post held at a group of levels (「县区委书记」「区县委书记」) is one concept spelled as reports
  write it (县(区)委书记, 县（市、区）委书记: ``retrieval.office_titles``), and 县区 before 委
  is no level scope (``retrieval.township_level``): p1a/p1b answer, p1n (a town writing only
  its 镇党委书记, no 述法) stays none;
- a count of post holders in 个 (「7个县(区)委书记」) counts people, so it answers 「多少人」 in a
  comparison's cells (``retrieval.measures``): p2a/p2b; bodies counted in 个 (委员会, 领导小组,
  督察组, 律师事务所) are no people (unit must-nots below);
- who bears a body's work is a body (``answering.who_body``): 「由镇司法所承担日常工作」 is the
  first quote of p3a/p3b (p3a quoted the committee's own sentence first, p3b never reached the
  agent: 哪个部门 was no who-question); p3n (谁讲的) still names the person, not the organiser;
- the body that coordinates a work, asked by its kind (「靠什么机构来统筹」), is named by its own
  head (领导小组, 委员会: ``answering.who_body.with_coordinators``): p4a/p4b (were a law firm's
  sentence and 未提及); p4n (哪家机构合作) still asks a firm.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.measures import counts_with
from retrieval.office_titles import titles_in
from retrieval.township_level import without_level_nouns
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_cell33.jsonl"


def test_cell33_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cell33"],
        PROBES,
        ["--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
    answers = {q["id"]: q["answer"] for q in result["questions"]}
    for pid in ("p3a", "p3b"):
        assert "司法所" in answers[pid].split("」")[0]
    assert "李明远" in answers["p3n"].split("」")[0]


@pytest.mark.parametrize(
    "text", ["7个县(区)委书记逐一述法", "2个部门负责人", "12名干部", "14个镇(街道)党委书记"]
)
def test_post_holders_in_ge_count_people(text):
    assert counts_with("人").search(text)


@pytest.mark.parametrize(
    "text",
    [
        "设立5个委员会",
        "成立3个领导小组",
        "4个律师事务所",
        "5个法治督察组",
        "6个村",
        "27个部门建立了领导干部应知应会法律清单",
    ],
)
def test_bodies_in_ge_are_no_people(text):
    assert not counts_with("人").search(text)


def test_group_post_is_one_concept_and_group_scope_stays():
    (_, _, concept), *_ = titles_in("有几个区县委书记述法")
    assert "县(区)委书记" in concept.alternatives and "县（市、区）委书记" in concept.alternatives
    assert "县区" not in without_level_nouns("哪些县区开展了述法")
    assert "县区委" in without_level_nouns("几个县区委书记述法")
