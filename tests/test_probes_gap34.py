"""Round gap34: a multi-word term a report writes with a short modifier between its words.

``probes_gap34.jsonl`` asks over four invented reports (``tests/data/probe_reports_gap34``):
a year word (党政主要负责人**年度**述法), a parallel noun (法律**法规**知识考试) and the
unit's own name (成立**石桥街道**法治政府建设工作领导小组) written inside a term, quoted or
not (``retrieval.term_words``, read through ``retrieval.split_words``); two paraphrases each,
and must-nots where the words stand a comma apart (柳林镇: 党政主要负责人…，…述法报告) or are
joined by 和 (法治宣传阵地和文化广场建设 is no 法治文化建设). g4b: 常务会 for 常务会议 stays
``retrieval.locatives``' (a quoted meeting name keeps its literal spelling).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.split_words import held_whole, read_apart, split_span
from retrieval.term_words import boundaries, words_of
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_gap34.jsonl"


def test_gap34_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_gap34"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("镇党委书记进行党政主要负责人年度述法", "党政主要负责人述法"),
        ("组织干部参加法律法规知识考试", "法律知识考试"),
        ("成立高陵区法治政府建设工作领导小组", "法治政府建设工作领导小组"),
        ("推进法治乡村建设", "法治建设"),
    ],
)
def test_a_modifier_between_words(text, term):
    assert split_span(text, term) is not None


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("党政主要负责人认真履行职责，每年听取述法报告", "党政主要负责人述法"),  # a comma
        ("法治宣传阵地和文化广场建设", "法治文化建设"),  # 和 joins two things
        ("法治宣传教育和基层治理建设", "法治建设"),  # far apart, and joined
        ("法治理念深入人心的新时代建设", "法治建设"),  # far apart in one clause
        ("主要负责人述职述廉述法", "主要负责人述法"),  # nothing inside a word: 述…法
        ("为企业提供法律风险排查服务", "提供法律服务"),  # four characters: another service
    ],
)
def test_no_term_across_a_clause_or_far_apart(text, term):
    assert split_span(text, term) is None


def test_words_and_their_boundaries():
    assert words_of("党政主要负责人述法") == ["党政", "主要", "负责人", "述法"]
    assert boundaries("法律顾问") == frozenset()  # one word: nothing goes inside
    assert held_whole("党政主要负责人述法", ["党政主要负责人述法"]) == ["负责人"]
    assert held_whole("学法", ["学法", "学习习近平法治思想"]) == []


def test_a_quoted_term_is_read_apart_only_between_its_words():
    assert read_apart("党政主要负责人述法", ("党政主要负责人述法",))
    assert not read_apart("述法", ("述法",))
    assert not read_apart("法律顾问", ("法律顾问",))
    assert read_apart("述法", ())


def test_a_quoted_term_takes_nothing_inside_its_words():
    # 「“法治进村”」: 法治进乡村 puts 乡 inside 进村, as only a freely worded term may
    assert split_span("开展法治进乡村活动", "法治进村") is not None
    assert split_span("开展法治进乡村活动", "法治进村", between=True) is None
    assert split_span("开展党政主要负责人年度述法", "党政主要负责人述法", between=True)
