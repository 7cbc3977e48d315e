"""Round meta28 (issue 15, metadata): page shapes the blind12 set showed the extractor
missing, on invented pages (柳荫/榆荫/兰台/桂香/柳岸/桐溪/鹿鸣/望川街道 of the invented 青川区,
澄岭区 and 雁屿县, 苇溪镇 and 云杉彝族乡 of 青禾县, 苇塘镇 of 汀兰市) and on real prefectures and
real towns whose division-list namesake sits elsewhere.

``probes_meta28/`` (35 pages with portal furniture) holds, each with pages that must read and
pages that must not: a 街道 its portal writes X街 in the title (year first, county first, year in
汉字), a field, an index table, a breadcrumb, an opening after stacked adverbials or under a
numbered heading, a 落款 (but never 步行街, 美食街, 中山路街); a 自治州 by its one-character
short form (克州, 博州, 红州; never the ambiguous 黔州 or the district 凉州区); an untitled
prefecture report (全市 + 各县区 + its own documents; never two issuers, never a county-level
city's 全市 + 各乡镇); a prefecture's or league's province; a town whose list namesake is under a
市 while the report names 区委 above it; an addressee 「县委、县政府：」; a title over a span of
years. Held at 1.0."""

from __future__ import annotations

from pathlib import Path

from cli.main import main
from ingest.clean import clean_text
from ingest.gazetteer import gazetteer
from ingest.meta_eval import evaluate
from ingest.meta_parent import _other_kind_above
from ingest.meta_prefecture import expand_short
from ingest.meta_year import _title_range_end
from ingest.metadata import extract
from ingest.street_names import street_spelled, street_subject

PROBES = Path(__file__).parent / "data" / "probes_meta28"
BODY = (
    "坚持以习近平法治思想为指导，全面落实法治政府建设实施纲要，压紧压实责任，"
    "推动法治政府建设迈上更高水平，现将有关情况报告如下：\n一、主要工作\n"
    "（一）依法决策。重大事项均经集体讨论决定，全年审查规范性文件和合同12件。\n"
    "（二）严格执法。开展执法检查21次，办理行政处罚案件33件。\n二、下一步打算\n持续推进法治建设。\n"
)


def _read(text: str):
    return extract(clean_text(text), "x.txt")


def test_every_meta28_page_reads_right():
    score = evaluate(PROBES / "meta_gold.jsonl", PROBES)
    assert len(score.rows) >= 30
    assert score.accuracy("all") == 1.0, [r.source for r in score.misses()]
    assert main(["eval-metadata", str(PROBES / "meta_gold.jsonl"), "--min", "all=1.0"]) == 0


def test_a_street_written_x_jie_is_spelled_whole_only_where_it_names_a_unit():
    assert (
        street_spelled("2022年柳荫街法治政府建设工作总结") == "2022年柳荫街道法治政府建设工作总结"
    )
    assert (
        street_spelled("青川区榆荫街2023年度法治政府建设") == "青川区榆荫街道2023年度法治政府建设"
    )
    assert street_spelled("番禺区市桥街2023年法治政府建设情况报告").startswith("番禺区市桥街道")
    assert street_spelled("桂香街") == "桂香街道"  # a field value: 来源：桂香街
    for road in ("中山路街法治宣传", "步行街2023年夜市", "美食街法治宣传活动", "解放大街2023年"):
        assert street_spelled(road) == road


def test_a_street_subject_after_stacked_adverbials_or_a_heading():
    clause = "2022年，区委区政府的正确领导下，在区依法治区办的精心指导下，柳荫街认真贯彻"
    assert "柳荫街道认真" in street_subject(clause)
    assert "柳岸街道深入" in street_subject("一、主要工作 2023年，柳岸街深入推进")


def test_a_one_character_prefecture_only_when_one_autonomous_prefecture_fits():
    gaz = gazetteer()
    if not gaz.loaded:
        return
    assert expand_short(gaz, "巴", "巴州党委") == "巴音郭楞蒙古自治州"
    assert expand_short(gaz, "克", "") == "克孜勒苏柯尔克孜自治州"
    assert expand_short(gaz, "黔", "") == ""  # three 自治州 begin with 黔
    assert expand_short(gaz, "德", "") == ""  # 德州市 is spoken of as 德州
    assert expand_short(gaz, "凉", "凉州区委") == ""  # the page writes 凉州 as a district


def test_a_list_namesake_of_another_kind_is_no_parent():
    assert _other_kind_above("在区委、区政府的领导下", "高邮市", "乡镇")
    assert not _other_kind_above("在市委、市政府的领导下", "高邮市", "乡镇")
    assert not _other_kind_above("认真落实县委依法治县办部署", "万荣县", "乡镇")
    assert not _other_kind_above("", "高邮市", "乡镇")  # nothing named above: the list decides
    assert not _other_kind_above("社区委员会", "高邮市", "乡镇")  # 社区 is no 区


def test_a_prefectures_province_and_a_county_committees_addressee():
    ex = _read("固原市2023年法治政府建设情况报告\n2023年，固原市" + BODY)
    if gazetteer().loaded:
        assert (ex.unit, ex.parent, ex.level) == ("固原市", "宁夏回族自治区", "地市")
    ex = _read(
        "苇溪镇人民政府关于2023年度法治政府建设情况的报告\n青禾县委、县政府：\n2023年，苇溪镇"
        + BODY
    )
    assert (ex.unit, ex.parent) == ("苇溪镇", "青禾县")


def test_a_title_over_a_span_of_years_covers_its_last():
    assert _title_range_end("苇溪镇2021—2023年法治政府建设工作总结") == 2023
    assert _title_range_end("二〇二一至二〇二三年苇溪镇法治建设工作总结") == 2023
    assert _title_range_end("苇溪镇法治政府建设规划（2021—2025年）") is None
    assert _title_range_end("贯彻《法治政府建设实施纲要（2021—2025年）》情况") is None
    ex = _read("苇溪镇2021—2023年法治政府建设工作总结\n近三年来，苇溪镇" + BODY)
    assert ex.year == 2023
