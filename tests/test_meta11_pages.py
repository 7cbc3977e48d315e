"""Real page shapes that lost a unit, parent or year (made-up texts; the real division list):
a breadcrumb or site line that cleaning ran the report on to, a county portal's banner over a
township's report, and the towns of a prefecture city that has no counties (东莞, 中山, 儋州).

Each rule has its negatives: a paragraph broken mid-sentence still joins; a banner over a
county's own report, or an organ line above a report title, stays the report's own; a town in
a county stays under its county when the text names only the city."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean_text
from ingest.gazetteer import gazetteer
from ingest.meta_eval import evaluate
from ingest.metadata import extract
from ingest.page_chrome import read_chrome

PROBES = Path(__file__).parent / "data" / "probes_meta"
OPENING = "2024年，在县委、县政府的正确领导下，白鹭镇坚持以习近平法治思想为指导，全面推进依法行政。"


def _read(text: str):
    return extract(clean_text(text), "x.txt")


@pytest.mark.parametrize(
    "chrome",
    [
        "首页 > 青禾县人民政府门户网站 > 专题专栏 > 青禾县法治政府建设年度报告公开 > 2024年",
        "您当前所在的位置：首页>>政务公开>>乡镇街道>>白鹭镇>>法治政府建设年度报告专栏",
        "主办单位：青禾县人民政府办公室承办单位：青禾县数据资源管理局",
        "网站首页 政务公开 政务服务 互动交流 走进青禾 专题专栏 无障碍浏览 长者模式",
    ],
)
def test_a_long_breadcrumb_or_site_line_keeps_its_own_line(chrome):
    text = clean_text(f"{chrome}\n{OPENING}\n一、强化组织领导。")
    assert text.split("\n")[:2] == [clean_text(chrome), OPENING]
    ex = extract(text, "x.txt")
    assert (ex.unit, ex.year) == ("白鹭镇", 2024)


@pytest.mark.parametrize(
    "piece",
    [
        "全镇在重点路口等位置安装高清监控探头120个，当前位置信息已全部接入综治中心平台并",
        "主办单位负责落实场地，承办单位做好宣传，全年联合开展法治宣传进村入户活动并",
        "全镇依托微信公众号和微博平台开展线上普法宣传活动共计发布普法信息并分享典型案例",
    ],
)
def test_a_paragraph_broken_mid_sentence_still_joins(piece):
    assert clean_text(f"{piece}\n实现全天候巡查。") == f"{piece}实现全天候巡查。"


def test_a_browser_title_with_spaced_dashes_is_page_chrome():
    line = "白鹭镇2024年度法治政府建设情况报告 - 规划计划 - 青禾县政府门户网站"
    chrome = read_chrome(f"{line}\n{OPENING}")
    assert chrome.titles == [(0, "白鹭镇2024年度法治政府建设情况报告")]
    assert not read_chrome("法治政府建设 - 本年度重点，全年完成 - 项目 - 12个").lines


def test_no_town_sits_under_the_lists_direct_placeholder():
    gaz = gazetteer()
    assert not [n for n in gaz.counties if n.endswith("直辖行政区划")]
    assert {p.county for p in gaz.towns["石排镇"]} == {"东莞市"}
    assert gaz.parent_of("那大镇", "乡镇") == "儋州市"
    assert gaz.parent_of("平东镇", "乡镇") == "海丰县"  # a town in a county keeps its county


def test_a_town_of_a_city_without_counties_has_the_city_above_it():
    ex = _read(
        "2024年，石排镇在东莞市委、市政府的坚强领导下，全面推进法治政府建设。\n一、主要举措。"
    )
    assert (ex.unit, ex.county, ex.level) == ("石排镇", "东莞市", "乡镇")
    # a town in a county names only its city: the county is still the unit above
    ex = _read(
        "2024年，平东镇在汕尾市委、市政府的正确领导下，全面推进法治政府建设。\n一、主要举措。"
    )
    assert (ex.unit, ex.county) == ("平东镇", "海丰县")


def test_a_county_banner_over_a_township_report_is_the_host():
    body = "2023年，分水镇在县委、县政府的正确领导下，有力推进依法行政工作深入开展。\n一、主要举措。镇党委专题学法3次。"
    ex = _read(f"桐庐县人民政府\n热门搜索：\n{body}")
    assert (ex.unit, ex.county, ex.level, ex.year) == ("分水镇", "桐庐县", "乡镇", 2023)
    assert "桐庐县人民政府" not in ex.title


@pytest.mark.parametrize(
    "text",
    [
        "桐庐县人民政府\n热门搜索：\n2023年，桐庐县在市委、市政府的坚强领导下，县政府常务会议专题学法6次。\n一、主要举措。",
        "桐庐县人民政府\n关于2023年度法治政府建设情况的报告\n2023年，我县在市委领导下，县政府常务会议学法6次。\n一、主要举措。",
    ],
)
def test_a_county_organ_over_its_own_report_stays_the_unit(text):
    ex = _read(text)
    assert (ex.unit, ex.level) == ("桐庐县", "区县")


def test_organ_line_over_a_report_title_is_part_of_the_title():
    ex = _read((PROBES / "p153_organ_line_over_report_title.txt").read_text(encoding="utf-8"))
    assert ex.title.startswith("分水镇人民政府")
    assert (ex.unit, ex.county) == ("分水镇", "桐庐县")


def test_the_meta11_probes_all_read_right():
    score = evaluate(PROBES / "meta_gold.jsonl")
    mine = [r for r in score.rows if r.source[:4] in {f"p{n}" for n in range(144, 163)}]
    assert len(mine) == 19
    assert [r.source for r in mine if not r.right["all"]] == []


@pytest.mark.parametrize(
    ("clause", "county"),
    [
        ("配合桐庐县司法局开展送法下乡活动12场。", "桐庐县"),
        ("协助万州区人民法院开展巡回审判2次。", "万州区"),
    ],
)
def test_a_department_of_the_county_names_a_namesake_towns_parent(clause, county):
    text = (
        "分水镇2023年法治政府建设情况报告\n"
        "2023年，我镇在上级党委政府的正确领导下，全面推进依法行政，现将有关情况报告如下。\n"
        f"一、主要举措。镇党委专题学法3次，{clause}\n"
    )
    ex = _read(text)
    assert (ex.unit, ex.county) == ("分水镇", county)


def test_an_unlisted_township_ending_in_a_listed_one_stays_whole():
    ex = _read((PROBES / "p157_unlisted_street_with_listed_tail.txt").read_text(encoding="utf-8"))
    assert ex.unit == "梧桐大街街道"


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("p158_county_banner_over_unnamed_title.txt", "梅陇镇"),
        ("p160_county_banner_over_county_report_naming_town.txt", "桐庐县"),
        ("p161_lone_banner_county_report_naming_town.txt", "海丰县"),
    ],
)
def test_a_banner_over_a_title_naming_no_unit_is_the_host_only_over_a_township(name, unit):
    ex = _read((PROBES / name).read_text(encoding="utf-8"))
    assert ex.unit == unit
    assert "人民政府" not in ex.title or ex.level == "区县"


def test_a_departments_banner_is_a_hint_of_the_host_not_the_title():
    ex = _read(
        (PROBES / "p162_department_banners_over_town_report.txt").read_text(encoding="utf-8")
    )
    assert (ex.unit, ex.county, ex.level) == ("光福镇", "吴中区", "乡镇")
    # a line naming a report stays the title even when it ends like a department's name
    ex = _read(
        "吴中区综合行政执法局\n吴中区综合行政执法局2024年法治政府建设年度报告\n"
        "2024年，区综合行政执法局坚持依法行政，全面落实行政执法三项制度，现将有关情况报告如下。\n"
    )
    assert ex.title == "吴中区综合行政执法局2024年法治政府建设年度报告"
