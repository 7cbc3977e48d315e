"""Probes of round which42b (made-up reports under ``tests/data/probe_reports_which42b``).

- a report of a congress's later years lists every session so far (``retrieval.party_sessions``):
  「十九届二中、三中、四中、五中全会」 names the fifth session, not only lists of two or three.
- the study of the law is written verb first (``retrieval.legal_spellings``): 法治学习 is
  学法, 学习法律, 学习(贯彻)习近平法治思想 in a report.
- where or how a thing is done names no kind of it (``retrieval.compounds.HOW``): 实地督察 in a
  sentence about 法治建设 is a 法治督察; 专项 ranks like 重点 (the word before it is the kind:
  环保专项督察 is another kind).
- a body is named by what it does (``retrieval.compounds.BODY_HEADS``): 协调小组 is no 领导小组.
- a thing written once before a list of what is done to it (``retrieval.shared_modifier``):
  「规范性文件备案审查、制定程序」 is 规范性文件's 备案审查 and 规范性文件's 制定程序.
- a deed offered beside receiving an honour is frame (``retrieval.honours``): 「争创或者已经
  拿到了…示范的称号」 asks the honour's name alone.
- a cut-off line under a heading is no sentence (``retrieval.under_headings.said``): a mention
  question is answered by the heading itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.honours import honours_in
from retrieval.party_sessions import sessions_in
from retrieval.shared_modifier import shared_modifier, written_once
from retrieval.under_headings import said
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_which42b.jsonl"


def test_which42b_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_which42b"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("asked", "text", "found"),
    [
        ("十九届五中全会", "党的十九大和十九届二中、三中、四中、五中全会精神", True),
        ("十九届三中全会", "十九届一中、二中、三中、四中和五中全会", True),
        ("十九届六中全会", "十九届二中、三中、四中、五中全会精神", False),  # not in the run
        ("二十届四中全会", "十九届二中、三中、四中、五中全会精神", False),  # another congress
    ],
)
def test_a_long_run_of_sessions_names_each(asked, text, found):
    ((*_, spellings),) = sessions_in(asked)
    assert any(s in text for s in spellings) is found


@pytest.mark.parametrize(
    ("items", "once"),
    [
        (["规范性文件备案审查", "制定程序"], "规范性文件"),
        (["村规民约合法性审查", "修订程序"], "村规民约"),
        (["中心组学法", "学习习近平法治思想"], "中心组"),  # a doer (``shared_subject``)
        (["依法治区委员会会议", "推进会"], ""),  # a body holds the meetings: no thing done to
        (["电子证照", "掌上办"], ""),  # things, no deeds
    ],
)
def test_what_is_written_once(tagged, items, once):
    assert written_once(items, tagged) == once


def test_a_thing_needs_a_longer_first_item(tagged):
    assert shared_modifier("备案审查", ["制定程序"], tagged) == ""


@pytest.mark.parametrize(
    ("line", "sentence"),
    [("街道", False), ("镇", False), ("\n", False), ("全年报备3件。", True), ("无。", True)],
)
def test_a_cut_off_line_is_no_sentence(line, sentence):
    assert said(line) is sentence


@pytest.mark.parametrize(
    ("question", "span"),
    [
        (
            "在争创或者已经拿到了法治政府建设示范的称号的地方",
            "争创或者已经拿到了法治政府建设示范的称号",
        ),
        ("申报或者获评过法治政府建设示范称号的", "申报或者获评过法治政府建设示范称号"),
        ("正在宣传并且获得了法治示范称号的", "获得了法治示范称号"),  # no disjunction: 宣传 stays
    ],
)
def test_a_deed_offered_beside_the_honour_is_frame(question, span):
    ((start, end, concept),) = honours_in(question)
    assert question[start:end] == span
    assert concept.required
