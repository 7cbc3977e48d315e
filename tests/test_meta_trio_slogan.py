"""A county report with no title names itself in the national trio as it localises it
(「法治X、法治政府、法治社会」): X县 when the gazetteer holds it at county level; 法治中国 and a
province (法治甘肃) name no unit."""

from __future__ import annotations

import pytest

from ingest.metadata import extract

PAGE = (
    "2025年，全县上下在县委的坚强领导下，奋力推进法治{x}、法治政府、法治社会一体建设。\n"
    "一、主要工作\n县政府全年审查规范性文件6件，我县行政应诉案件全部出庭应诉。\n"
)


def test_the_trio_names_the_county():
    ex = extract(PAGE.format(x="山丹"), "page.txt")
    assert (ex.unit, ex.parent, ex.level) == ("山丹县", "张掖市", "区县")


@pytest.mark.parametrize("x", ["中国", "甘肃", "青柳"])  # the nation, a province, no county
def test_a_trio_without_a_county_of_that_name_names_none(x):
    ex = extract(PAGE.format(x=x), "page.txt")
    assert ex.unit == "" and ex.level == "区县"
