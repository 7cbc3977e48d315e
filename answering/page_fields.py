"""「X镇报告页面表格里写的发布机构和发文日期是什么」: the page's own fields, asked where they stand.

A portal page puts a disclosure block above a report (a table or list of 索引号, 发布机构,
发文日期…, ``ingest.page_chrome``). A user who read a field there says where they saw it —
「页面上那个表格里」「网页信息栏中写的」 — and may ask two fields at once, the publisher beside the
day. Where the field stands names no topic of the report: the place words are frame of a
question asking a page field, as the field's own name is. The publisher is the page's
发布机构/发文机关/来源 (``ReportInfo.publisher``), never an organ a sentence of the report names.
"""

from __future__ import annotations

import re

__all__ = ["PAGE_PLACE", "PUBLISHER_FIELD", "without_page_place"]

_SAID = r"(?:写的|写着的|所写的?|列的|显示的|标的|注明的|给的)?"
# where on the page: the page (页面, 网页, 页头) with a locative, maybe its table or field bar,
# or the table or bar alone with a locative (「表格里写的」)
PAGE_PLACE = re.compile(
    r"(?:在|从)?(?:这个|那个)?(?:页面|网页|页头|页首)(?:上面|上方|顶部|最上面|上|里|中)?"
    rf"(?:的|那个|那张|这个|这张)?(?:(?:信息)?(?:表格|信息栏|信息表|表)(?:里面|里|中|上|内)?)?{_SAID}"
    rf"|(?:表格|信息栏|信息表)(?:里面|里|中|上|内){_SAID}"
)
# the page's field naming who put the report up: 发布机构, 发文机关, 发布单位, 信息来源, 来源
PUBLISHER_FIELD = re.compile(r"(?:发布|发文)(?:机构|机关|单位)|信息来源|来源单位|(?<![资案])来源")


def without_page_place(q: str) -> str:
    """``q`` without the words telling where on the page a field was read."""
    return PAGE_PLACE.sub("", q)
