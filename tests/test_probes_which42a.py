"""Probes of round which42a (made-up reports under ``tests/data/probe_reports_which42a``):
words of a which-question that are the asker's framing, not concepts a report must hold.

- a negated which-question naming the reports by their classifier (哪几份报告, 哪篇) with an
  emphatic adverb before the negator (压根, 根本) asks for the silent reports
  (``retrieval.polarity``);
- a first clause turning the talk (反过来说, 换个角度问问, 还有个问题) asks nothing
  (``retrieval.asker_words``);
- the spoken 纳进/放到…考核 is the reports' 纳入, and 纳入 ~ 列入 (``retrieval.inclusion_verbs``);
- 「法律顾问帮政府把关」 describes the adviser's role (``retrieval.adviser_role``);
- 开会 (and 开过会) offered beside another deed (开会或者审议) is written 召开…会议, and 文件
  after 审议 is an empty object (``retrieval.question_scope.SEPARABLE``,
  ``retrieval.locatives.meeting_offered``, ``retrieval.filler_objects``);
- striving offered beside receiving an honour (「拿到或者正在争创…称号」) is frame too
  (``retrieval.honours``); 专门 before 成立/设立 is manner, and 「作为一项工作来写」 how the
  report treats the topic (``retrieval.asking_frames``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.adviser_role import without_adviser_help
from retrieval.asker_words import without_asker
from retrieval.asking_frames import without_frames
from retrieval.honours import honours_in
from retrieval.inclusion_verbs import written_inclusion
from retrieval.polarity import positive
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_which42a.jsonl"


def test_which42a_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_which42a"],
        PROBES,
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
    assert all(q["none_ok"] for q in result["questions"] if q["kind"] == "none")


@pytest.mark.parametrize(
    ("asked", "plain"),
    [
        ("哪几份报告压根没提“X”？", "哪几份报告提“X”？"),
        ("哪篇报告根本没有写X？", "哪篇报告有写X？"),
        ("哪几份报告提到了X？", None),  # not negated
    ],
)
def test_reports_asked_by_classifier_are_negated(asked, plain):
    assert positive(asked) == plain


@pytest.mark.parametrize(
    ("asked", "left"),
    [
        ("反过来问一下，哪些报告写了X？", "哪些报告写了X？"),
        ("还有个问题，哪几家搞了X？", "哪几家搞了X？"),
        ("还有问题清单的，哪些报告写了？", "还有问题清单的，哪些报告写了？"),  # a topic
    ],
)
def test_a_turning_clause_is_no_topic(asked, left):
    assert without_asker(asked) == left


@pytest.mark.parametrize(
    ("asked", "written"),
    [
        ("把法治建设纳进考核", "把法治建设纳入考核"),
        ("把普法列到了年度计划", "把普法列入年度计划"),
        ("把法治建设放到考核里", "把法治建设纳入考核里"),
        ("把视频放到网上", "把视频放到网上"),  # no scheme: a place
    ],
)
def test_spoken_inclusion_is_written_as_reports_do(asked, written):
    assert written_inclusion(asked) == written


@pytest.mark.parametrize(
    ("asked", "left"),
    [
        ("律师或者法律顾问帮政府把关的", "律师或者法律顾问的"),
        ("顾问替镇里出主意？", "顾问？"),
        ("法律顾问给重大决策把关", "法律顾问给重大决策把关"),  # what is reviewed is asked
        ("请律师帮忙把关？", "请律师帮忙把关？"),  # a pivot: the review is the deed
    ],
)
def test_an_advisers_role_is_no_deed(asked, left):
    assert without_adviser_help(asked) == left


@pytest.mark.parametrize(
    ("asked", "name"),
    [
        ("拿到或者正在争创法治政府建设示范称号的", "法治政府建设示范"),
        ("获得或申报了全国文明单位称号", "全国文明单位"),
        ("拿到过全国法治政府建设示范称号", "全国法治政府建设示范"),
    ],
)
def test_striving_beside_receiving_is_no_name(asked, name):
    ((*_, concept),) = honours_in(asked)
    assert concept.term == name


@pytest.mark.parametrize(
    ("asked", "kept"),
    [
        ("专门成立了领导小组", "成立了领导小组"),
        ("把营商环境单独作为一项工作来写的", "把营商环境的"),
        ("设有专门委员会", "设有专门委员会"),  # a kind of committee
        ("把法治建设作为重点工作", "把法治建设作为重点工作"),  # a rank, stays
    ],
)
def test_manner_and_report_parts_are_frames(asked, kept):
    assert without_frames(asked).replace(" ", "") == kept
