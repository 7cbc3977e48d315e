"""A pronoun follow-up with a topic of its own keeps it (review finding 9), made-up questions.

Only a measure word right after 多少/几 is an asking word: 「它们的人口是多少？」 asks about 人口,
while 「它们各配了多少台？」 names no topic and takes the last question's.
"""

from __future__ import annotations

from answering.followup import Turn, resolve
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
