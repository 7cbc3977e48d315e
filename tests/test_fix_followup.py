"""A pronoun follow-up with a topic of its own keeps it (review finding 9), made-up questions.

Only a measure word right after 多少/几 is an asking word: 「它们的人口是多少？」 asks about 人口,
while 「它们各配了多少台？」 names no topic and takes the last question's.
"""

from __future__ import annotations

import pytest

from answering.followup import Turn, resolve
from reportqa.errors import QuestionError
from reportqa.units import UnitIndex

UNITS = UnitIndex(["青山镇", "白水乡"])
PREV = Turn("青山镇和白水乡配备了多少台执法记录仪？", townships=("青山镇", "白水乡"))


def test_a_topic_that_starts_with_a_measure_character_is_kept():
    assert resolve("它们的人口是多少？", [PREV], UNITS).question == "青山镇、白水乡的人口是多少？"
    staff = resolve("它们的人员编制有多少？", [PREV], UNITS).question
    assert staff == "青山镇、白水乡的人员编制有多少？"


def test_a_follow_up_without_a_topic_takes_the_last_one():
    asked = resolve("它们各配了多少台？", [PREV], UNITS).question
    assert "执法记录仪" in asked and asked.startswith("青山镇和白水乡配备了多少台执法记录仪")


def test_the_year_before_needs_a_year_to_count_from():
    with pytest.raises(QuestionError, match="请直接说明年份"):
        resolve("前一年呢？", [Turn("青山镇聘请了几位法律顾问？")], UNITS)
    with pytest.raises(QuestionError, match="请直接说明年份"):
        resolve("那上一年的呢？", [], UNITS)
    moved = resolve("前一年呢？", [Turn("青山镇2023年聘请了几位法律顾问？")], UNITS)
    assert moved.question == "青山镇2022年聘请了几位法律顾问？"
    assert resolve("那2021年呢？", [], UNITS).question == "那2021年呢？"  # a year of its own
