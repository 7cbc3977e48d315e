"""An honour told received by its outcome: 「全市建成省级民主法治示范村14个」 (villages built into
model villages hold the title) and a target/result row 「争创…1个　已完成，北沟村获评」 (the
result cell tells the aim's outcome). n82's received-only reading dropped both units from
「有村子被评上民主法治示范村的有哪些地方」 (held84 h84_19, measured before this mend); an aim,
a plan's 建成 and a row not done still tell nothing received."""

import pytest

from retrieval.honour_received import tells_received

NAMES = ["民主法治示范村"]


@pytest.mark.parametrize(
    "text",
    [
        "5　　争创市级民主法治示范村1个　　已完成，北沟村获评",
        "全市建成省级民主法治示范村（社区）14个，培育法律明白人5800余名",
        "北沟村获评市级民主法治示范村",
        "2021年2月,省委依法治省办命名我市为“民主法治示范村”",
        "市委授予该村“民主法治示范村”称号",
    ],
)
def test_received(text):
    assert tells_received(text, NAMES)


@pytest.mark.parametrize(
    "text",
    [
        "积极争创市级民主法治示范村",
        "争创省级民主法治示范村，计划2025年完成",
        "争创市级民主法治示范村1个　　未完成，北沟村正在申报",
        "下一步将建成民主法治示范村3个",
        "力争市委命名我村为民主法治示范村",
    ],
)
def test_not_received(text):
    assert not tells_received(text, NAMES)
