"""A boundary word inside a unit's name: 经 opens 「经…批准」 (a preposition) but is the first
character of 经济 in 「XX经济技术开发区」, whose name the opening sentence must give whole."""

from __future__ import annotations

import pytest

from ingest.metadata import extract


@pytest.mark.parametrize(
    ("opening", "unit"),
    [
        (
            "2023年,青山经济技术开发区党工委、管委会在市委、市政府坚强领导下,扎实推进法治建设。",
            "青山经济技术开发区",
        ),
        (
            "2024年，白河经济开发区管委会认真贯彻落实上级部署，现将有关情况报告如下。",
            "白河经济开发区",
        ),
    ],
)
def test_a_development_zone_keeps_its_whole_name(opening, unit):
    text = (
        opening
        + "\n一、主要举措和成效\n（一）健全依法决策机制。全年召开主任办公会研究重大事项12次。\n"
    )
    assert extract(text, "x.txt").township == unit


def test_the_preposition_still_bounds_a_name():
    text = (
        "2024年，经区委同意，红石镇扎实推进法治政府建设。\n一、主要举措\n全年开展普法活动20场。\n"
    )
    assert extract(text, "x.txt").township == "红石镇"


@pytest.mark.parametrize(
    "head",
    ["对于县政府的其他规范性文件不满如何申请行政救济", "由于镇政府未及时答复，可以申请复议吗"],
)
def test_a_preposition_ending_in_yu_is_no_place(head):
    """对于县政府, 由于镇政府: the 于 belongs to the preposition, so no 「于县」「于镇」 is read
    from another page's heading above the report (a question-and-answer site's title)."""
    text = (
        head
        + "\n\n2019年,柳塘县法治政府建设工作以习近平法治思想为指导,全面推进依法行政。\n一、主要举措\n全年开展普法活动20场。\n"
    )
    assert extract(text, "x.txt").township == "柳塘县"
