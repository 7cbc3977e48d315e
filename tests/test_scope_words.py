"""The question's own ground is no need: 「辖区内」「范围内」 say where (the unit asked about),
and a noun the question counts (「多少个村」) is one need even when it is also a village word.

Made-up questions: two wordings that must drop the scope word, one where the same
characters are a real need and must stay."""

from __future__ import annotations

import pytest

from reportqa.units import UnitIndex
from retrieval.query import QuestionAnalyzer

TOWNS = UnitIndex(["白桦镇", "青柳乡"])


def _terms(analyzer: QuestionAnalyzer, q: str) -> list[str]:
    return [c.term for c in analyzer.analyze(q, [], (TOWNS, UnitIndex([]))).concepts]


@pytest.mark.parametrize(
    "question",
    ["白桦镇辖区内一共有多少个村", "青柳乡全乡范围内有几个调解室", "白桦镇辖区内建了几个调解室"],
)
def test_the_units_own_ground_is_no_need(analyzer, question):
    terms = _terms(analyzer, question)
    assert "辖区" not in terms and "范围" not in terms
    assert terms  # the thing asked about stays


def test_a_counted_village_is_one_need(analyzer):
    terms = _terms(analyzer, "白桦镇辖区内一共有多少个村")
    assert terms.count("村") == 1


def test_a_jurisdiction_that_is_the_topic_stays(analyzer):
    # 「辖区企业」: the firms are the need; 辖区 alone was never one, 企业 must stay
    assert "企业" in _terms(analyzer, "白桦镇为辖区企业开展了几次法治体检")
