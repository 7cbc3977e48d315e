"""An event verb and its object written as one word (参加考试, 召开会议) are spelled apart in
reports by the object's modifiers (``retrieval.split_words.verb_object``). Made-up sentences."""

from __future__ import annotations

import pytest

from retrieval.fanout_sentences import Candidates
from retrieval.split_words import split_span


@pytest.mark.parametrize(
    ("word", "sentence"),
    [
        ("参加考试", "全镇46名干部参加年度法治理论网上考试，合格率100%"),
        ("参加考试", "组织机关干部参加2024年度全市法治理论知识学习考试"),
        ("召开会议", "召开党委理论学习中心组会议5次"),
        ("开展活动", "开展“宪法进万家”主题宣传活动8场"),
    ],
)
def test_the_object_keeps_its_modifiers_between(word, sentence):
    assert split_span(sentence, word) is not None
    assert Candidates((word,), (word,))(sentence), "fan-out must read the sentence too"


@pytest.mark.parametrize(
    ("word", "sentence"),
    [
        ("参加考试", "干部参加法治培训，考试合格后上岗"),  # two clauses: a training, then a test
        ("参加考试", "参加省委组织部举办的全省乡镇党委书记法治专题培训班后组织考试"),  # too far
        ("实施方案", "实施乡村振兴战略，制定年度方案"),  # 实施方案 is a noun, not verb+object
    ],
)
def test_not_across_a_clause_nor_for_a_noun_compound(word, sentence):
    assert split_span(sentence, word) is None
