"""Pages whose chrome or running text misleads (made-up texts; real gazetteer): the hosting
site's identity lines above the title, a 我镇 report that names its township only in passing,
and a street office named after its road (古柏路街道 filed as 古柏街道).

Each rule has its negatives: a county's own organ title is the title; a township visited, worked
with, or one of several named is no unit; two spellings the division list both holds are two units."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean_text
from ingest.metadata import extract
from ingest.page_chrome import read_chrome

PROBES = Path(__file__).parent / "data" / "probes_meta"
BODY = (
    "2024年，{unit}在区委、区政府的领导下，深入推进法治政府建设，现将有关情况报告如下。\n"
    "一、加强组织领导。党工委专题研究法治建设工作3次。\n"
)


def _read(text: str):
    return extract(clean_text(text), "x.txt")


@pytest.mark.parametrize(
    "site",
    [
        "中文域名:青禾县人民政府.政务",
        "主办单位：青禾县人民政府办公室  网站标识码：3411220009",
        "版权所有：青禾县人民政府 皖ICP备05018812号",
    ],
)
def test_a_site_identity_line_above_the_title_is_chrome_not_the_title(site):
    text = f"{site}\n雁鸣街道2024年法治政府建设情况报告\n" + BODY.format(unit="雁鸣街道")
    ex = _read(text)
    assert (ex.unit, ex.level, ex.county) == ("雁鸣街道", "乡镇", "青禾县")
    assert "青禾县人民政府" not in ex.title
    assert read_chrome(clean_text(text)).sites  # kept as a hint of the host


def test_the_county_organ_title_under_a_site_line_is_still_the_title():
    text = (
        "主办单位：松陵县人民政府办公室\n青禾县人民政府关于2024年法治政府建设情况的报告\n"
        "2024年，青禾县坚持依法行政，县政府常务会议学法6次，现将有关情况报告如下。\n"
    )
    ex = _read(text)
    assert (ex.unit, ex.level) == ("青禾县", "区县")


def test_a_report_line_about_hosting_is_no_site_line():
    text = "承办单位：县司法局负责具体落实，全年完成审查32件。"
    assert not read_chrome(text).sites
    assert not read_chrome("主办方积极开展普法活动").lines


@pytest.mark.parametrize(
    ("body", "unit", "parent"),
    [
        ("我镇将集镇改造项目纳入了棣花镇发展总体规划，镇党委专题研究4次。", "棣花镇", "丹凤县"),
        ("本镇党委组织完成棣花镇便民服务中心改造，全镇调处纠纷30件。", "棣花镇", "丹凤县"),
        ("望江县司法局指导我乡建成雷池乡法治文化广场，乡党委专题研究5次。", "雷池乡", "望江县"),
    ],
)
def test_the_one_township_a_self_named_report_names_is_its_unit(body, unit, parent):
    ex = _read(f"县委、县政府：\n2024年，我们坚持依法行政。\n{body}\n")
    assert (ex.unit, ex.county) == (unit, parent)
    assert ex.sources["unit"].confidence < 0.6  # shown 待确认


@pytest.mark.parametrize(
    "body",
    [
        "我镇组织班子成员赴棣花镇学习法治建设经验，镇党委专题研究4次。",
        "本镇与棣花镇联合开展矛盾纠纷排查，镇党委专题研究4次。",
        "我镇在棠口镇、棣花镇召开片区联调会议，镇党委专题研究4次。",
        "我镇推进法治政府建设镇党委、镇政府高度重视。",  # 建设镇 is real, but a heading run on
        "我镇持续推进小城镇建设，镇党委专题研究4次。",  # 小城镇 is real, but a class of towns
        "我镇争创省级卫生镇，镇党委专题研究4次。",  # 省级|卫生镇: no 级卫生镇
    ],
)
def test_a_township_visited_worked_with_or_one_of_several_is_no_unit(body):
    ex = _read(f"县委、县政府：\n2024年，我们坚持依法行政。\n{body}\n")
    assert ex.unit == "" and ex.level == "乡镇"


@pytest.mark.parametrize(
    ("unit", "parent"),
    [("大渔路街道", "呈贡区"), ("凌云街道", "徐汇区"), ("真新路街道", "嘉定区")],
)
def test_a_street_office_named_after_its_road_finds_its_parent_either_way(unit, parent):
    ex = _read(f"{unit}2024年法治政府建设工作报告\n" + BODY.format(unit=unit))
    assert (ex.unit, ex.county) == (unit, parent)


def test_two_spellings_the_list_both_holds_are_never_merged():
    # 友谊路街道 and 友谊街道 are both listed, in different counties: no parent from the other
    ex = _read("友谊路街道2024年法治政府建设工作报告\n" + BODY.format(unit="友谊路街道"))
    assert ex.unit == "友谊路街道" and ex.county == ""


def test_probe_pages_p133_to_p143_read_as_their_gold():
    from ingest.meta_eval import evaluate

    score = evaluate(PROBES / "meta_gold.jsonl", PROBES)
    new = [r for r in score.rows if r.source[:4] in {f"p{n}" for n in range(133, 144)}]
    assert len(new) == 11 and all(r.right["all"] for r in new)


SITE = "主办单位：青禾县人民政府办公室 网站标识码：3411220009\n"


def test_a_county_report_with_no_title_still_takes_the_site_owner_weakly():
    # cleaning runs the report on to a long site line: the site code ends it
    ex = _read(
        SITE + "2024年，我县坚持依法行政，县政府常务会议学法6次，县直部门落实执法三项制度。\n"
    )
    assert (ex.unit, ex.level) == ("青禾县", "区县")
    assert ex.sources["unit"].confidence <= 0.6


def test_a_township_report_on_a_county_site_keeps_the_county_as_its_parent_only():
    ex = _read(SITE + "2024年，我镇坚持依法行政，镇党委专题研究4次，镇政府落实决策程序。\n")
    assert (ex.unit, ex.county, ex.level) == ("", "青禾县", "乡镇")


def test_a_site_line_with_the_title_run_on_to_it_is_never_cut_away_as_chrome():
    line = (
        "主办单位：青禾县人民政府办公室承办单位：青禾县数据资源管理局雁鸣街道2024年法治建设情况报告"
    )
    chrome = read_chrome(line + "\n2024年，雁鸣街道坚持依法行政。\n")
    assert not chrome.sites and 0 not in chrome.lines
