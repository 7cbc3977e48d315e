"""A report that never spells its unit out: the unit comes from its self-word plus its own
slogans or document titles, only when they agree (made-up texts; real gazetteer).

A wrong unit costs every question about it, so each rule has its negatives: a neighbour
mentioned in passing, a campaign about a sphere of life, the slogan of a larger place, two
names that disagree, a single mention of an invented name."""

from __future__ import annotations

import pytest

from ingest.clean import clean_text
from ingest.metadata import extract
from ingest.self_name import self_kind


def _unit(text: str) -> tuple[str, str]:
    ex = extract(clean_text(text), "x.txt")
    return ex.unit, ex.level


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # two slogans of the same short name + the self-word 乡
        ("2023年，我乡围绕“法治桐岭”“平安桐岭”目标，乡党委研究法治工作3次。\n一、做法", "桐岭乡"),
        # a slogan and the unit's own document title
        (
            "2024年，街道党工委持续打造“善治柏塘”品牌。\n一、做法\n制定《柏塘街道议事规则》。",
            "柏塘街道",
        ),
        # a county report: 县人民政府 + its own documents
        (
            "现将县人民政府2023年法治政府建设情况报告如下：\n一、工作\n全县出台《芦溪县行政规范性文件"
            "管理办法》，修订《芦溪县重大行政决策程序规定》。",
            "芦溪县",
        ),
        # one document title of a real township (the gazetteer knows it at that level)
        (
            "2023年，我镇依法行政。\n一、做法\n印发《齐云山镇村规民约指导意见》，镇政府审查合同8份。",
            "齐云山镇",
        ),
    ],
)
def test_self_word_and_own_names_that_agree_give_the_unit(text, unit):
    assert _unit(text)[0] == unit


@pytest.mark.parametrize(
    "text",
    [
        # a neighbour named three times in running text
        "2023年，我镇与柳溪镇联调纠纷，与柳溪镇联合普法，柳溪镇派员参加镇政府培训。\n一、做法",
        # campaigns about spheres, not places
        "2023年，我镇推进“法治中国”“法治社会”“平安校园”建设，镇党委专题学法。\n一、做法",
        # the province's slogan, twice
        "2023年，我镇融入“平安湖南”“法治湖南”建设，镇党委专题学法。\n一、做法",
        # the county's slogan beside the county's document
        "2023年，我镇按照《砚川县法治政府建设实施方案》，助力“法治砚川”“平安砚川”建设，镇政府依法行政。",
        # two names that disagree
        "2023年，我乡打造“法治桐岭”“平安桐岭”，印发《梅岭乡调解办法》，乡党委专题学法。",
        # one mention of an invented name
        "2023年，我乡打造“法治桐岭”品牌，乡党委专题学法。\n一、做法",
        # the slogan's kind is not the report's own kind (a county slogan in a 乡 report)
        "2023年，我乡融入“法治芦溪”“平安芦溪”，乡党委专题学法。\n一、做法",
    ],
)
def test_evidence_that_does_not_agree_leaves_the_unit_unknown(text):
    assert _unit(text) == ("", "乡镇")


def test_the_self_word_gives_the_kind_or_nothing():
    assert self_kind("我乡乡党委乡政府", "乡镇") == "乡"
    assert self_kind("街道党工委、办事处", "乡镇") == "街道"
    assert self_kind("现将县人民政府工作报告如下，全县", "区县") == "县"
    assert self_kind("各乡镇按照要求", "乡镇") == ""


def test_a_county_site_hosting_an_untitled_township_page_is_its_parent_not_its_unit():
    page = (
        "来源：砚川县人民政府 发布时间：2024-01-20 09:00\n2023年法治政府建设工作总结\n"
        "2023年，在县委、县政府的领导下，我镇坚持依法行政，镇党委、镇政府统筹推进法治建设。\n一、做法"
    )
    ex = extract(clean_text(page), "x.txt")
    assert (ex.unit, ex.level, ex.parent) == ("", "乡镇", "砚川县")
    assert ex.sources["parent"].origin == "publisher" and "unit" not in ex.sources
    county = "来源：砚川县人民政府 发布时间：2024-01-20 09:00\n2023年，全县坚持依法行政，县政府常务会议学法6次。"
    assert extract(clean_text(county), "x.txt").unit == "砚川县"  # the county's own page
