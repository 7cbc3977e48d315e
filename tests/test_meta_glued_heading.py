"""A numbered heading run into its paragraph (「…推进法治政府建设镇党委、镇政府…」) reads as a
town 建设镇 whose core is a common word of reports; the gazetteer decides: the real 建设镇 only
where the text names a county that holds it."""

from __future__ import annotations

from ingest.metadata import extract

GLUED = (
    "(一)完善制度体系,持续推进法治政府建设镇党委、镇政府每季度听取法治工作汇报，全年4次。\n"
    "(二)严格规范执法。镇综合行政执法队全年办理案件7件，{county}司法局开展评查1次。\n"
    "2025年1月12日\n"
)


def test_a_glued_heading_names_no_town():
    ex = extract(GLUED.format(county="巴南区"), "page.txt")
    assert ex.unit == "" and ex.parent == "巴南区" and ex.level == "乡镇"


def test_the_real_town_of_that_name_in_a_county_the_text_names_stays():
    page = "2024年，建设镇在大田县委、县政府的领导下，扎实推进依法行政，全年召开专题会议5次。\n"
    ex = extract(page + GLUED.format(county="大田县"), "page.txt")
    assert (ex.unit, ex.parent) == ("建设镇", "大田县")
