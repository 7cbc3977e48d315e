"""A township report names its superior by kind (「在区委、区政府的正确领导下」): an upgraded 乡's
namesake under a county of another kind is no rival (``ingest.gazetteer._fitting_kind``).

高升镇 is listed once (重庆市大足区) and 高升乡 twice under 县 of 四川 (安岳县, 蓬溪县): a 镇 listed as
a 乡 elsewhere may be an upgraded 乡 (撤乡设镇, stop 30), so the list alone names no parent; the
report's own 区委 does. Two phrasings and a must-not (a 县委 page fits two namesakes: no parent)."""

from __future__ import annotations

import pytest

from ingest.gazetteer import gazetteer


@pytest.mark.parametrize(
    "context",
    ["2024年，高升镇在区委、区政府的正确领导下，认真落实", "镇党委政府认真贯彻区委区政府部署"],
)
def test_the_superior_named_by_kind_picks_the_namesake(context):
    assert gazetteer().parent_of("高升镇", "乡镇", context) == "大足区"


def test_a_kind_two_namesakes_share_names_no_parent():
    assert gazetteer().parent_of("高升镇", "乡镇", "在县委、县政府的坚强领导下") == ""


def test_two_listed_namesakes_stay_two_whatever_the_kind():
    """紫荆街道 is listed under 凌河区 and 蒲城县: the list may lack the writer's own street."""
    assert gazetteer().parent_of("紫荆街道", "乡镇", "在区委、区政府的正确领导下") == ""


def test_without_a_kind_the_upgraded_rivals_stand():
    assert gazetteer().parent_of("高升镇", "乡镇", "高升镇认真落实法治政府建设") == ""
