"""A portal's disclosure block in bracketed labels without colons (「[ 索引号 ]… [ 有效性 ]」)
above a report whose first heading runs its words together (「…推进法治政府建设镇党委…」): the
block is chrome, the title run on after its last label is a title line, and an empty cell
takes no report title as its value, so the title's town beats the glued 「建设镇」."""

from __future__ import annotations

from ingest.clean import clean_text
from ingest.metadata import extract
from ingest.page_chrome import read_chrome

BODY = (
    "(一)健全工作机制,全力推进法治政府建设镇党委、镇政府把法治建设列入重要议程，全年专题研究5次。\n"
    "(二)规范执法行为。镇综合行政执法办公室全年办理案件8件，无行政复议案件。\n"
)
RUN_ON = (
    "[ 索引号 ]11500113MB0000001X/2025-00007 [ 发文字号 ] [ 发布机构 ]巴南区 "
    "[ 成文日期 ]2025-01-15 [ 有效性 ] 重庆市巴南区木洞镇人民政府2024年度法治政府建设情况报告\n"
)
EMPTY_CELL = (
    "索引号：11500113MB0000001X/2025-00007\n发文字号：\n"
    "重庆市巴南区木洞镇人民政府关于2024年度法治政府建设工作情况的报告\n"
)
FIELDS = (
    "[ 主题分类 ] 综合政务 [ 体裁分类 ] 报告\n[ 发布机构 ] 巴南区木洞镇 [ 有效性 ]\n"
    "[ 发布日期 ] 2025-01-20\n巴南区木洞镇人民政府2024年度法治政府建设情况报告\n"
)


def _unit_year(page: str) -> tuple[str, str, int | None]:
    ex = extract(clean_text(page + BODY), "page.txt")
    return ex.unit, ex.parent, ex.year


def test_a_title_run_on_after_bracketed_labels_names_the_town():
    assert _unit_year(RUN_ON) == ("木洞镇", "巴南区", 2024)


def test_an_empty_cell_takes_no_report_title_as_its_value():
    assert _unit_year(EMPTY_CELL) == ("木洞镇", "巴南区", 2024)


def test_bracketed_field_lines_are_chrome_and_their_publisher_counts():
    text = clean_text(FIELDS + BODY)
    chrome = read_chrome(text)
    assert "巴南区木洞镇" in [v for _, v in chrome.publishers]
    assert text.index("巴南区木洞镇人民政府2024") not in chrome.lines
    assert _unit_year(FIELDS) == ("木洞镇", "巴南区", 2024)


def test_a_title_cell_still_takes_the_title_and_a_genre_value_is_no_title():
    text = clean_text(
        "标题：\n巴南区木洞镇2024年法治政府建设工作总结\n[ 体裁分类 ] 工作报告\n" + BODY
    )
    chrome = read_chrome(text)
    assert [v for _, v in chrome.titles] == ["巴南区木洞镇2024年法治政府建设工作总结"]
    assert text.index("[ 体裁分类 ]") in chrome.lines  # its value 工作报告 is no title line
