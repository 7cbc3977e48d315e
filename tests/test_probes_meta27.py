"""Round meta27 (issue 15, metadata): page shapes a fresh blind set showed the extractor
missing, on invented pages (青棠镇, 云杉乡, 望川/柳泉/鹿鸣街道 of the invented 澄岭区 and 雁屿县,
苇塘镇 of the county-level 汀兰市, the zones of 雁屿/澜州) and on real prefectures' short forms.

``probes_meta27/`` (69 pages of ~2 000-5 000 characters with portal furniture) holds, each with
pages that must read and pages that must not: untitled reports naming the unit only in the
opening sentence or the 落款; a title in an index table or a 「标题：」/「名称 |」 row; a search
box and a disclosure column's fixed sections over the report; a street's report on a district
portal whose banner or breadcrumb names the district; third-party copies in traditional
characters; development zones named by their city or by two places with a dash; prefectures
and leagues by their short form; a township under a county-level city. Held at 1.0."""

from __future__ import annotations

from pathlib import Path

from cli.main import main
from ingest.clean import clean_text
from ingest.meta_eval import evaluate
from ingest.meta_zone import joined_zone, zone_names
from ingest.metadata import extract
from ingest.page_chrome import read_chrome

PROBES = Path(__file__).parent / "data" / "probes_meta27"
BODY = (
    "坚持以习近平法治思想为指导，全面落实法治政府建设实施纲要，压紧压实责任，"
    "推动法治政府建设迈上更高水平，现将有关情况报告如下：\n一、主要工作\n"
    "（一）依法决策。重大事项均经集体讨论决定，全年审查规范性文件和合同12件。\n"
    "（二）严格执法。开展执法检查21次，办理行政处罚案件33件。\n二、下一步打算\n持续推进法治建设。\n"
)


def _read(text: str):
    return extract(clean_text(text), "x.txt")


def test_every_meta27_page_reads_right():
    score = evaluate(PROBES / "meta_gold.jsonl", PROBES)
    assert len(score.rows) >= 60
    assert score.accuracy("all") == 1.0, [r.source for r in score.misses()]
    assert main(["eval-metadata", str(PROBES / "meta_gold.jsonl"), "--min", "all=1.0"]) == 0


def test_a_zone_is_its_whole_name_never_a_piece_of_it():
    assert zone_names("十堰市经济技术开发区2023年法治政府建设工作报告") == [
        ("十堰市经济技术开发区", "十堰市")
    ]
    assert zone_names("2023年，湘潭经开区坚持依法行政") == [("湘潭经开区", "")]
    assert zone_names("中共十堰经济技术开发区工委")[0][0] == "十堰经济技术开发区"
    # an object of the sentence is no writer, and a bare kind names nothing
    assert zone_names("2023年，雁屿县坚持依法行政，持续优化经济技术开发区营商环境") == []
    assert zone_names("2023年，开发区党工委坚持依法行政") == []
    ex = _read("苇川市经济技术开发区2023年法治政府建设工作报告\n2023年，开发区" + BODY)
    assert (ex.unit, ex.parent, ex.level) == ("苇川市经济技术开发区", "苇川市", "区县")


def test_a_zone_named_after_two_places_keeps_the_dash():
    assert joined_zone("2023年，青川-雁屿经济技术开发区党工委…", "雁屿经济技术开发区") == (
        "青川-雁屿经济技术开发区"
    )
    # a list of two places is no joint name; a zone written alone mostly keeps its name
    assert joined_zone("青棠镇—柳溪镇公路", "柳溪镇") == "柳溪镇"
    alone = "雁屿经济技术开发区…雁屿经济技术开发区…雁屿经济技术开发区…（青川-雁屿经济技术开发区）"
    assert joined_zone(alone, "雁屿经济技术开发区") == "雁屿经济技术开发区"
    ex = _read("2023年，苇川—澜州经济开发区党工委、管委会" + BODY)
    assert ex.unit == "苇川—澜州经济开发区"


def test_a_report_line_under_a_district_banner_speaks_for_its_own_street():
    page = "澄岭区人民政府\n柳泉街道2023年法治政府建设年度报告\n2023年，我街道" + BODY
    assert (_read(page).unit, _read(page).parent) == ("柳泉街道", "澄岭区")
    # the district's own report under its banner stays the district's
    own = "澄岭区人民政府\n澄岭区2023年法治政府建设年度报告\n2023年，我区" + BODY
    assert _read(own).unit == "澄岭区"


def test_a_district_in_the_breadcrumb_hosts_a_street_report_it_does_not_write():
    page = (
        "当前位置：首页>澄岭区>政务公开\n关于2023年度法治政府建设情况的报告\n2023年，我街道" + BODY
    )
    ex = _read(page)
    assert (ex.unit, ex.parent, ex.level) == ("", "澄岭区", "乡镇")
    county = (
        "当前位置：首页>澄岭区>政务公开\n关于2023年度法治政府建设情况的报告\n2023年，我区" + BODY
    )
    assert _read(county).unit == "澄岭区"


def test_search_boxes_and_disclosure_sections_are_furniture():
    text = (
        "澄岭区人民政府\n请输入关键词 搜索\n政府信息公开指南\n法定主动公开内容\n"
        + "2023年，柳泉街道"
        + BODY
    )
    cleaned = clean_text(text)
    menu = {cleaned.index(w) for w in ("请输入", "政府信息公开指南", "法定主动公开内容")}
    assert menu <= read_chrome(cleaned).lines
    assert _read(text).unit == "柳泉街道"
    # a report naming the guide in its title is no menu line
    assert 0 not in read_chrome("澄岭区2023年政府信息公开指南修订情况的报告\n" + BODY).lines


def test_a_banner_with_its_menu_names_the_host_and_a_time_opens_a_label():
    chrome = read_chrome("汀兰市人民政府门户网站首页政务公开互动交流\n" + BODY)
    assert chrome.publishers == [(0, "汀兰市人民政府")]
    stamped = read_chrome("2024年02月03日09:12来源：雁屿市人民政府\n" + BODY)
    assert stamped.publishers and stamped.publishers[0][1] == "雁屿市人民政府"


def test_a_township_under_a_city_that_only_says_shi_wei():
    page = "汀兰市人民政府门户网站首页政务公开\n苇塘镇2023年法治政府建设工作情况报告\n"
    ex = _read(page + "2023年，在市委、市政府的坚强领导下，我镇" + BODY)
    assert (ex.unit, ex.parent) == ("苇塘镇", "汀兰市")
    # under a 区委 the 市 is the prefecture, never the township's parent
    ex = _read(page + "2023年，在市委和区委、区政府的坚强领导下，我镇" + BODY)
    assert ex.parent != "汀兰市"
