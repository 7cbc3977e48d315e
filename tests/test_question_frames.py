"""Question understanding on wordings made up here (no dev question is reused).

Each rule: two paraphrases that must give the topic, one wording that must not.
"""

from __future__ import annotations

import pytest

from reportqa.settings import Settings
from reportqa.text import Tokenizer
from reportqa.units import UnitIndex
from retrieval.query import QuestionAnalyzer, read_synonyms


@pytest.fixture(scope="module")
def analyzer() -> QuestionAnalyzer:
    """The shipped synonym list: these tests check its lines too."""
    return QuestionAnalyzer(Tokenizer(), read_synonyms(Settings().synonyms_file))


def _concepts(analyzer: QuestionAnalyzer, q: str):
    return analyzer.analyze(q, [], (UnitIndex([]), UnitIndex([]))).concepts


@pytest.mark.parametrize(
    ("question", "synonym"),
    [
        ("哪些镇请了公职律师、律所？", "律师事务所"),
        ("哪些乡搞过宪法宣传或者防骗宣讲？", "防诈骗"),
        ("哪些镇请了律所或者公职律师？", "律师事务所"),
    ],
)
def test_both_sides_of_a_listed_pair_keep_their_synonyms(analyzer, question, synonym):
    merged = [c for c in _concepts(analyzer, question) if "/" in c.term]
    assert merged and synonym in merged[0].alternatives


def test_the_right_side_that_grows_keeps_its_whole_word(analyzer):
    merged = [c for c in _concepts(analyzer, "哪些镇做了河道保洁、垃圾清运？") if "/" in c.term]
    assert merged and "垃圾清运" in merged[0].alternatives
    assert "垃圾" not in merged[0].alternatives
