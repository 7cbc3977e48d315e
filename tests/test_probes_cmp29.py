"""Round cmp29: 哪几 asks which ones by name; a one-word topic is held by its own spelling.

``probes_cmp29.jsonl`` asks over three invented reports of the invented 澄川县
(``tests/data/probe_reports_cmp29``). 白沙镇 was formed of 东坪乡 and 西岭乡 (that sentence
counts nothing) and counts its 法制宣传 activities beside their names; 青石街道 names its two
law firms and counts its 法治宣传活动; 柳林乡 names 普法宣传 only as a duty and counts
安全生产宣传活动. Two classes, each with two paraphrases and a must-not: 「哪几个乡」「哪几家
律师事务所」 ask names, never a count (W; 「一共辖几个村」 still asks a count); a topic of one
word is all a span must hold beside a count, in any era's spelling (L; 安全生产宣传 holds only
its head 宣传, so 柳林乡's 6次 is never its cell).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.fact import _wants_number as wants_number
from answering.value_kinds import asked_value
from answering.valued import Term, _two_words, topic_terms
from retrieval.concept import Concept
from retrieval.measures import asked_measure
from retrieval.query import Analysis
from tests.probe_kit import compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_cmp29.jsonl"


def test_which_ones_and_one_word_topic_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cmp29"],
        PROBES,
        ["--min-facts", "1.0", "--min-compare", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    cells = compare_cells(tmp_path / "d", PROBES)
    for probe in ("l1a", "l1b"):
        assert "8次" in cells[probe]["白沙镇"], cells[probe]
    assert "6次" not in cells["l1x"]["柳林乡"]  # 安全生产宣传 is no 普法宣传


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("白沙镇是由哪几个乡合并设立的", False),
        ("青石街道的法律顾问是哪几家律师事务所", False),
        ("白沙镇一共辖几个村", True),
        ("白沙镇哪几个村开展了几次普法宣传", True),  # 几次 is still a count
    ],
)
def test_which_ones_ask_no_count(question, number):
    assert wants_number(question) is number
    assert bool(asked_measure(question)) is number
    assert (asked_value(question) is not None) is number


def _terms(*concepts: Concept) -> list[Term]:
    analysis = Analysis(question="甲镇的普法宣传搞了几次", kind="fact", concepts=concepts)
    return topic_terms(analysis, analysis.question, {c.term: 3.0 for c in concepts})


def test_one_word_topic_is_held_in_any_spelling():
    terms = _terms(Concept("普法宣传", ("普法宣传", "法治宣传"), True))
    present = [(t, 3.0) for t in terms]
    assert _two_words("开展法制宣传“五进”活动，开展“法润乡村”活动8次", present, 1)
    assert not _two_words("开展安全生产宣传活动6次", present, 1)  # its head alone
    two = _terms(Concept("行政", ("行政",), True), Concept("官司", ("官司",), True))
    assert not _two_words("行政诉讼案件3件", [(t, 3.0) for t in two])  # one word of two
