"""Stop 82's merge: n82 answers one unit's 哪年 with its report's year only when the rest of the
question is frame, and three ways users point at that unit's report were read as topics —
a pointer (「那它是哪一年的报告」「这家的报告是哪年的」), a report picked by its date (「最新的一份」),
and a plan's year (「讲的是哪年的工作安排」, tests/test_probes_time72). The topic beside them
must still be one (「它开展了哪些普法活动」)."""

import pytest

from answering.meta_fields import without_fields
from answering.meta_frame import has_topic


@pytest.mark.parametrize(
    "q",
    [
        "那它是哪一年的报告",
        "这家的报告是哪年的",
        "那家是哪一年的",
        "最新的一份是哪一年的报告",
        "最早的一篇是哪年的",
    ],
)
def test_pointers_and_picks_are_frame(q):
    assert not has_topic(without_fields(q))  # as ``frame_only`` reads what names leave


@pytest.mark.parametrize(
    "q",
    ["它开展了哪些普法活动", "最新的普法活动是哪年", "这家的法律顾问是谁", "那它的复议案件有几件"],
)
def test_a_topic_beside_them_stays(q):
    assert has_topic(without_fields(q))
