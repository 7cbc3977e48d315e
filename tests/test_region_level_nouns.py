"""A region said right before any level noun of two characters is the question's scope.

Users write the township rung as 乡镇, 镇街 or 街镇 alike (level_words reads all three); after a
region only 乡镇/街道 made it a scope, so 「上海的街镇…」 kept 上海 as a required word of the need
and found nothing (broad19 s11). The must-not: a region inside the need is no scope.
"""

import pytest

from answering.region_scope import _subject


@pytest.mark.parametrize(
    ("question", "region"),
    [
        ("上海的街镇里哪些提到了法律顾问", "上海"),  # broad19's wording
        ("浙江这边的镇街有哪些开展了普法宣传", "浙江"),  # own paraphrase
        ("请问重庆的县市区哪些讲了行政复议", "重庆"),  # own paraphrase, county rung
    ],
)
def test_a_region_before_a_level_noun_is_the_scope(question, region):
    assert _subject(question, region)


@pytest.mark.parametrize(
    ("question", "region"),
    [
        ("哪些镇街学习了上海的街镇治理经验", "上海"),  # the region is what they learnt from
        ("上海人民广场那边有哪些街道", "上海"),  # a place after the region, not a level noun
    ],
)
def test_a_region_inside_the_need_is_no_scope(question, region):
    assert not _subject(question, region)
