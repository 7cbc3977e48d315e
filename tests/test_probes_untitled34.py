"""Round untitled34: the writer of a page without its title line.

An untitled page (a portal's copy) names its writer in running text; a level word there after a
verb, adverb, preposition or time word is that word's object or the self-word, not a place
(「通过镇党委会」「推动街道…」「积极配合新区管委会」「今年镇党委」). Before this round each of those
was read as a unit named 通过镇, 推动街道, 积极配合新区, 今年镇 — a wrong unit answers for someone
else, where an unknown one asks the user (``report_reading.read_name``, used by the opening
subject, the lone township and the frequent county).

Must-not: a real name that jieba cuts with a verb inside or a lone character tagged a verb
(繁|阳镇, 兴隆湾街道) stays the writer.
"""

from __future__ import annotations

import pytest

from ingest.metadata import extract

GLUED = {
    "通过镇": "以“八五”普法为抓手，通过镇党委会、中心组学习、主题党日等形式开展习近平法治思想"
    "专题学习4场。\n（二）健全制度\n全镇聘请法律顾问1名，审查合同12份。",
    "推动街道": "2024年，推动街道法治建设走深走实，坚持以习近平法治思想为指导，扎实推进依法行政。"
    "\n一、主要工作\n全街道开展普法活动20场，街道党工委学法6次。",
    "积极配合新区": "2024年，紧扣区委、区政府决策部署，积极配合新区管委会推进依法行政。"
    "\n一、主要工作\n全街道开展普法活动20场。",
    "今年镇": "今年镇党委、政府坚持以习近平法治思想为指导，全面推进依法行政。"
    "\n一、主要工作\n全镇聘请法律顾问1名。",
}


@pytest.mark.parametrize("glued", sorted(GLUED))
def test_a_level_word_after_a_verb_is_no_unit(glued):
    assert extract(GLUED[glued], "x.txt").unit != glued


@pytest.mark.parametrize(
    "text, unit",
    [
        (
            "2023年，繁阳镇坚持以习近平法治思想为指导，全面推进依法行政。\n一、主要工作\n"
            "全镇聘请法律顾问1名。",
            "繁阳镇",
        ),
        (
            "2023年，兴隆湾街道坚持以习近平法治思想为指导，全面推进依法行政。\n一、主要工作\n"
            "全街道聘请法律顾问1名。",
            "兴隆湾街道",
        ),
    ],
)
def test_a_name_with_a_verb_inside_stays(text, unit):
    assert extract(text, "x.txt").unit == unit


def test_a_city_praised_by_its_short_name_is_no_town():
    # 「新镇江」: the 镇 starts the city's short name; before this round 新镇 (a real town
    # elsewhere) outranked the city as the writer
    text = (
        "2024年，在省委、省政府的坚强领导下，镇江市坚持以习近平法治思想为指导，"
        "奋力谱写“强富美高”新镇江现代化建设新篇章。\n一、主要工作\n全市开展普法活动。"
    )
    assert extract(text, "x.txt").unit == "镇江市"


def test_the_unit_a_merger_made_writes():
    # before this round the first unit merged away (原白鹭镇) was read as the writer
    text = (
        "因行政区划调整，2024年6月原白鹭镇、柳溪镇合并为青石街道。根据县委部署，现将有关情况报告如下。"
        "\n一、主要工作\n全街道开展普法活动20场。"
    )
    assert extract(text, "x.txt").unit == "青石街道"


def test_a_street_written_short_before_its_working_committee():
    # 「X街工委」 is the street's party working committee; before this round the district
    # named later in the opening was read as the writer
    text = (
        "2024年，青石街工委、办事处坚持以习近平新时代中国特色社会主义思想为指导，"
        "全面落实《天津市法治政府建设实施纲要》，服务滨海新区发展大局。\n一、主要工作\n"
        "全街道开展普法活动20场。"
    )
    assert extract(text, "x.txt").unit == "青石街道"
