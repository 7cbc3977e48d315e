"""Who published a report: the organ a portal page names as its publisher, read at ingest.

A Chinese government portal prints, above the document, who put it on the site: a labelled
field of its disclosure block or its date line (发布机构：县司法局, 来源：铁岭市司法局, 信息来源,
发布单位, 文章来源), or — on a 政府信息公开 page copied without its labels — the organ alone in
one cell of the bulleted list (「• 铜梁区司法局」); a page's browser title joins the document to
the department whose site hosts it (「长沙市司法局_关于…的报告」). A report forwarded under a
request (请示) — 「以上请示妥否，请批示。」, the sender's name and the date, then the report — was
sent up by the organ that signed the request. That organ is often not the reporting unit: the
司法局 drafts and posts its government's report. A field left empty (「来源： 浏览次数：」) names
nobody, and a department a sentence of the report merely mentions is never its publisher.
"""

from __future__ import annotations

import re

from ingest.page_chrome import DATE, OTHER, PUBLISHER, TITLE
from ingest.page_header import header_cells

__all__ = ["read_publisher"]

_HEAD = 2500  # the disclosure block and a forwarding request sit above the report
_CJK = "\u4e00-\u9fff"
# an organ's name ends with what it is: a bureau, a committee, an office, a government, a place
_ORGAN_END = r"(?:局|委员会|委|办公室|办|中心|人民政府|政府|办事处|厅|法院|检察院|街道|镇|乡|县|区|市|旗|州|盟)"
ORGAN = re.compile(rf"[{_CJK}]{{1,30}}?{_ORGAN_END}")
_LABELS = f"{PUBLISHER}|文章来源|稿件来源|发布者"
# 来源 alone opens the page's field where a field starts (after a space, a digit, a bracket, the
# line's start, the date the cleaning joined to it: 「2021年03月19日来源:市司法局」) or after a
# word for the page itself (本文来源); after any other word it is the source of something the
# report counts — 「数据来源：县统计局」「案件来源：县执法局」 in the body
_OWN_SOURCE = (
    r"(?:(?<![\u4e00-\u9fff])|(?<=\d日)|(?<=本文|文章|稿件|新闻|消息|信息|内容|网页|页面))来源"
)
_LONG = "|".join(w for w in _LABELS.split("|") if w != "来源")
# the value stops at a space, a bar or the next label: 「来源:宁乡市灰汤镇 所属单位:…」; in a
# table copied with its grid the label has a cell of its own and the value is in the next
# (「| 发布机构: | 武安镇人民政府 | 发文日期: |」) — one bar crossed, never two (an empty cell)
_FIELD = re.compile(
    rf"(?:{_LONG}|{_OWN_SOURCE})\s*[:：]?[ \t\u3000]*(?P<bar>[|｜][ \t\u3000]*)?"
    r"(?P<v>[^\s:：|｜]{1,40})"
)
# a crossed cell is the value only when it is the whole cell (a bar or the line's end after
# it): 「| 发布机构: | 所属地区: | 怀宁县 |」 has the publisher's cell empty, the next is a label
_CELL_END = re.compile(r"[ \t\u3000]*(?:[|｜]|\n|$)")
# a breadcrumb's step (「来源： | 怀宁县人民政府 > 政府信息公开」): the site's path, no publisher
_CRUMB = re.compile(r"[ \t\u3000]*[>＞›»]")
# a cell naming a kind of place or what a place is to the page (所属地区, 区县, 乡镇) is a column
# label of a header row, never an organ's name
_PLACE_LABEL = re.compile(
    r"(?:所属|所在|隶属|适用|发布)\S*|(?:地区|区县|县区|县市|市县|乡镇|镇街|城区|辖区|行政区)"
)
# an unlabelled disclosure list: its cells open with a bullet, on lines of their own or run
# together on one line when the page was copied (「• 1150…/2022-00002• 法制• 铜梁区司法局」)
_CELLS = re.compile(r"^[ \t\u3000]*[•·].*$", re.M)
# cleaning joins the fields of a line (「来源:铁岭市司法局发布时间:2023年…」): the next label ends it,
# as do the page's buttons printed on the same line (「来源：X街道办事处分享：」「…打印 收藏」「关闭」)
_NEXT = re.compile(
    f"(?:{PUBLISHER}|{TITLE}|{DATE}|{OTHER}|作者|浏览|阅读|点击|访问|字号|字体|所属"
    "|分享|打印|收藏|关闭)"
)
_DAY = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
# a request's closing formula, its signature line and its date, then a line naming a report
_REQUEST = re.compile(
    rf"(?:请示|妥否|请批示|请审定|请审示)[^\n]*\n[ \t\u3000]*(?P<v>[{_CJK}]{{2,30}})[ \t\u3000]*\n"
    rf"[ \t\u3000]*{_DAY}[ \t\u3000]*\n[^\n]*(?:报告|总结)"
)
_DEPARTMENT = re.compile(r"(?:局|委员会|委|办公室|办|中心|厅)$")


def _organ(value: str) -> str:
    if m := _NEXT.search(value, 2):
        value = value[: m.start()]
    value = value.strip(" \t\u3000•·*-【】[]")
    return value if ORGAN.fullmatch(value) and not re.search(_LABELS, value) else ""


def read_publisher(text: str) -> str:
    """The publisher a page names (simplified ``text``), or "" when it names none: a labelled
    field first, then an unlabelled department cell, a department hosting the page, the
    signer of a forwarding request."""
    head = text[:_HEAD]
    for m in _FIELD.finditer(head):
        if m.group("bar") and not _CELL_END.match(head, m.end()):
            continue  # the crossed cell goes on: a label (所属地区:) or a run of text
        if _CRUMB.match(head, m.end()) or _PLACE_LABEL.fullmatch(m.group("v")):
            continue
        if name := _organ(m.group("v")):
            return name
    for m in _CELLS.finditer(head):
        for cell in re.split(r"[•·]", m.group(0)):
            if (name := _organ(cell)) and _DEPARTMENT.search(name):
                return name
    for line in head.split("\n")[:3]:
        for kind, value in header_cells(line.strip()):
            if kind == "publisher" and (name := _organ(value)) and _DEPARTMENT.search(name):
                return name
        first = re.split(r"[_｜|]", line.strip(), maxsplit=1)
        if len(first) == 2 and (name := _organ(first[0])) and _DEPARTMENT.search(name):
            return name  # 「长沙市司法局_关于…的报告」: the hosting department's site
    if m := _REQUEST.search(head):
        return _organ(m.group("v"))
    return ""
