"""Rules for everyday wording, on made-up questions (no corpus question is reused here)."""

from __future__ import annotations

import pytest

from answering.metadata_qa import _town_kind
from answering.places import unknown_places
from reportqa.units import UnitIndex
from retrieval.query import QuestionAnalyzer, counted_noun


def _units(*names):
    return UnitIndex(names), UnitIndex(())


@pytest.mark.parametrize(
    "question",
    [
        "除了镇政府以外，还有谁请了律师？",
        "是乡不是镇的有几个？",
        "哪些是乡？",
        "这个镇有没有普法？",
        "哪些乡（不算镇和街道）学习了习近平法治思想？",  # broad19 s08: 不算镇 had been refused
        "哪几个乡请了法律顾问，不计镇的",  # own paraphrase
        "列一下乡的情况，包括镇",  # own paraphrase
    ],
)
def test_function_words_before_town_are_no_place(tok, question):
    assert unknown_places(question, _units("花溪镇"), tok.tagged) == []


def test_a_proper_stem_is_still_a_place(tok):
    assert unknown_places("白马镇有没有请律师？", _units("花溪镇"), tok.tagged) == ["白马镇"]
    # must-not of the counting words: a name whose stem only starts like one stays a place
    assert unknown_places("含山镇有没有请律师？", _units("花溪镇"), tok.tagged) == ["含山镇"]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("哪些是乡？", "乡"),
        ("是乡不是镇的有哪些", "乡"),
        ("这些报告里有几个镇", "镇"),
        ("哪些乡镇开展了下乡普法", ""),
        ("城乡一体化的报告有哪些", ""),
    ],
)
def test_town_kind(question, kind):
    assert _town_kind(question) == kind


def test_counted_noun():
    assert counted_noun("白马镇下面有多少个村？") == "村"
    assert counted_noun("白马镇有多少名调解员？") == ""


def _terms(tok, question):
    analysis = QuestionAnalyzer(tok, {}).analyze(question, [], (UnitIndex(()),) * 2)
    return [c.term for c in analysis.concepts]


def test_measure_word_after_how_many_leaves_the_noun(tok):
    assert "纠纷" in _terms(tok, "一年调处了多少起纠纷？")


def test_youmeiyou_keeps_the_words_after_it(tok):
    assert "录像" in _terms(tok, "执法有没有录像？哪些乡镇写了")


def test_measure_word_after_a_pointer_is_no_topic(tok):
    assert _terms(tok, "培养的那批人叫什么？") == ["培养"]
