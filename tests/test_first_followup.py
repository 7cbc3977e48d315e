"""A follow-up that only names a unit (「那峡口镇呢？」) first in a conversation is asked back: it
carries no need of its own, and searching its words answers 「没有找到」 as if the report were silent."""

from __future__ import annotations

import pytest

from answering.followup import Turn, resolve
from reportqa.errors import QuestionError
from reportqa.units import UnitIndex

UNITS = UnitIndex(["峡口镇", "云乐镇", "左岚乡"])


@pytest.mark.parametrize("question", ["那峡口镇呢？", "那么云乐镇的呢", "还有左岚乡怎么样？"])
def test_a_bare_unit_first_is_asked_back(question):
    with pytest.raises(QuestionError, match="第一个问题"):
        resolve(question, [], UNITS)


@pytest.mark.parametrize("question", ["那峡口镇聘请法律顾问了吗", "峡口镇呢称号是什么"])
def test_a_question_with_a_need_is_asked(question):
    assert resolve(question, [], UNITS).question == question


def test_after_a_question_the_unit_takes_the_last_question():
    prev = Turn("云乐镇聘请了法律顾问吗", townships=("云乐镇",))
    resolved = resolve("那峡口镇呢？", [prev], UNITS)
    assert "峡口镇" in resolved.question and "法律顾问" in resolved.question
