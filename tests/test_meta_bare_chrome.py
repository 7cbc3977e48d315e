"""The disclosure table of a portal page copied without grid and colons
(「责任部门 青柳镇 公开形式 主动公开」): its fields are chrome, its 责任部门 publishes, and an empty
last cell (「浏览次数：」) takes no value from the report's first sentence."""

from __future__ import annotations

from ingest.clean import clean_text
from ingest.metadata import extract
from ingest.page_chrome import read_chrome

PAGE = """信息索引号 0015208/2023-0456 文件编号
责任部门 石岭镇 公开形式 主动公开
责任科室 石岭镇 公开范围 面向社会
成文日期 2023-02-14

石岭镇法治政府建设年度报告(2022年度)

来源:综合办   发布时间: 2023-02-14 11:20 浏览次数:

2022年,石岭镇在镇党委、镇政府的领导下,扎实推进依法行政,现将有关情况报告如下。
一、主要工作
"""


def test_a_table_without_colons_is_chrome_and_its_department_publishes():
    text = clean_text(PAGE)
    chrome = read_chrome(text)
    assert ("石岭镇" in [v for _, v in chrome.publishers]) and "2023-02-14" in chrome.dates
    opening = text.index("2022年,石岭镇")
    assert opening not in chrome.lines  # the report's first sentence is no field value
    ex = extract(text, "page.txt")
    assert (ex.unit, ex.level, ex.year) == ("石岭镇", "乡镇", 2022)


def test_a_county_page_department_is_no_unit():
    text = clean_text(PAGE.replace("石岭镇", "司法局", 2).replace("石岭镇", "枫桥县"))
    ex = extract(text, "page.txt")
    assert (ex.unit, ex.level) == ("枫桥县", "区县")


def test_a_title_opening_with_a_label_word_is_no_field():
    for title in ("公开范围扩大工作情况报告", "信息公开工作年度报告", "发布机构改革推进情况"):
        assert (
            read_chrome(title + "\n2023年,我镇扎实推进政务公开,各项工作取得实效。").lines == set()
        )
