"""Chinese-numeral dates are read in one place (``reportqa.text``) for the 落款 at ingest and
the issue dates of an answer: the two readings cannot drift apart."""

from __future__ import annotations

import pytest

from answering.issue_date import _ymd
from ingest.meta_signature import year_month
from reportqa.text import cn_small, cn_year


@pytest.mark.parametrize(
    ("written", "value"),
    [("九", 9), ("十", 10), ("十二", 12), ("二十", 20), ("三十一", 31), ("〇一", 1)],
)
def test_a_month_or_day_in_chinese_numerals(written, value):
    assert cn_small(written) == value


def test_ingest_and_answers_read_the_same_day():
    assert cn_year("二〇二四") == cn_year("二○二四") == 2024
    assert _ymd("二〇二三年十二月二十六日") == (2023, 12, 26)
    assert year_month("二〇二三年十二月二十六日") == (2023, 12)
    assert _ymd("2024年2月6日") == (2024, 2, 6)


@pytest.mark.parametrize(
    ("said", "value"),
    [("两", 2), ("二", 2), ("3", 3), ("十", 10), ("十二", 12), ("二十", 20), ("个", 0)],
)
def test_small_counts_said_in_questions(said: str, value: int) -> None:
    """第二个 / 近两年 / 十二年: the counts questions say are read by the same function as dates."""
    assert cn_small(said) == value
