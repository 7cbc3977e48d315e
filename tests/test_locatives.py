"""A meeting's locative (``retrieval.locatives``): 「常务会上学法」 asks about 学法 at the 常务会,
on wordings and two reports made up here; 「会上报」 (will report) keeps its verb."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.locatives import meeting_place
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("政府常务会上学法几次", "政府常务会，学法几次"),
        ("在党委会议上学过法吗", "在党委会议，学过法吗"),
        ("班子会中研究了法治工作", "班子会，研究了法治工作"),
        ("镇里会上报给县里吗", "镇里会上报给县里吗"),  # 会 will, 上报 report
        ("会议上网直播了吗", "会议上网直播了吗"),  # 上网 is a verb
    ],
)
def test_meeting_place_cuts_only_a_locative(question, read):
    assert meeting_place(question) == read
    assert len(meeting_place(question)) == len(question)


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("哪些地方在常务会议上学过法", {"常务会议", "学法"}),
        ("在周例会上学法的有哪些镇", {"例会", "学法"}),
    ],
)
def test_the_meeting_and_the_deed_are_the_need(analyzer, question, terms):
    got = {c.term for c in analyzer.analyze(question, []).concepts}
    assert terms <= got
    assert not got & {"会上", "上学"}


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # before retrieval.locatives: which F1 0.33 (m1a, m1b found nothing), facts 0.00 (m1c)
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_locatives"],
        DATA / "probes_locatives.jsonl",
        "--min-f1 1.0 --min-facts 1.0".split(),
    )


@pytest.mark.parametrize(
    ("word", "other"),
    [
        # read68: the enlarged meeting (党委(扩大)会议) is the body's meeting too
        ("党委会议", ("党委会", "党委(扩大)会议", "党委（扩大）会议", "党委扩大会议")),
        ("常务会", ("常务会议", "常务(扩大)会议", "常务（扩大）会议", "常务扩大会议")),
        ("社会", ()),
        ("法学会", ()),
        ("开会", ()),
    ],
)
def test_a_meeting_is_spelled_with_or_without_yi(word, other):
    from retrieval.locatives import meeting_spellings

    assert meeting_spellings(word) == other
