"""A region said as the question's subject that no report of the library lies in is refused
by name (「库中没有北京、上海的报告」), as a county spelled with its parent is: the user learns
the library's reach instead of reading 「没有找到」 as "no township there did it". A region
inside the need (「学习了上海的经验」) stays a word to search, and a region some report lies in
keeps answering (``answering.region_scope``, ``answering.search_scope.places``)."""

from __future__ import annotations

import pytest

from reportqa.errors import QuestionError


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("北京和上海的乡镇里哪些聘请了法律顾问？", "北京、上海"),
        ("广东的乡镇有哪些开展了普法宣传？", "广东"),
    ],
)
def test_a_region_with_no_report_is_refused_by_name(seed_app, question, said):
    with pytest.raises(QuestionError, match=f"库中没有{said}的报告"):
        seed_app.service.ask(question)


def test_a_region_inside_the_need_and_a_region_with_reports_still_answer(seed_app):
    learned = seed_app.service.ask("哪些乡镇学习了上海的经验？")
    assert learned.answer
    there = seed_app.service.ask("重庆的乡镇里哪些聘请了法律顾问？")
    assert "峡口镇" in there.answer
