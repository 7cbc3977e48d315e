"""The header line of a portal page: its site's banner, its sections, and the browser title.

A portal heads a document with its own name and channel (「青禾县人民政府 | 政府信息公开专栏」),
and a page saved or copied from a browser often opens with the page's <title>: the document's
name joined to its host by a bar, a dash or an underscore, the site last
(「白鹭镇2023年度…报告_青禾县人民政府」). The organ or site cells name the publisher (often the
county that hosts a township's report), the cell naming a report is the title. Kept apart from
``ingest.page_chrome`` (labelled fields, breadcrumbs, menus) as one concept of its own.
"""

from __future__ import annotations

import re

SITE = re.compile(r"^([\u4e00-\u9fff]{2,30}?)(?:门户网站|官方网站|网站|政务网|政府网)(?:欢迎您)?$")
# a portal's section or channel name, alone in a cell of the page's header line
_SECTION = re.compile(
    r"(?:政府)?信息公开(?:专栏|专题|平台|目录)?|政务公开(?:专栏|专题)?|政务服务|[\u4e00-\u9fff]{0,6}专栏"
)
NAMES_REPORT = re.compile(r"报告|总结|汇报")
_BARE_ORGAN = re.compile(r"[\u4e00-\u9fff]{2,30}(?:人民政府|办事处|委员会|街道|镇|乡|县|区|市)")
_QUOTED = re.compile(r"《([^《》]+)》")
SENTENCE = re.compile(r"[，,。；;！？]")
# the cells of a page header or a browser title: bars, or a dash or underscore set off by spaces
# (「白鹭镇2023年度…报告 - 规划计划 - 青禾县政府门户网站」); a browser title copied as the page's
# first line joins the document to its site with a bare underscore or a dash right after the
# report's name (「白鹭镇2023年度…报告_青禾县人民政府」「…报告-青禾县政府门户网站」): Chinese prose
# never writes an underscore, and a dash after 报告/总结/汇报 starts no range of years
_HEADER_BAR = re.compile(
    r"[|｜]|[ \u3000]+[-—–_][ \u3000]+|_|(?<=报告|总结|汇报)[-—–](?=[\u4e00-\u9fff])"
)


def bare_organs(line: str) -> list[str]:
    """「• 11341822MB1234567X/2024-00031• 青禾县白鹭镇人民政府」 → [青禾县白鹭镇人民政府]."""
    return [v for item in re.split(r"[•·]", line) if _BARE_ORGAN.fullmatch(v := item.strip())]


def _split(line: str) -> list[str]:
    """The cells of a header line; a cell wholly in book-title marks is the document's own
    title quoted (「《白鹭镇2023年度…报告》_青禾县人民政府」), not a document it cites."""
    cells = [c.strip(" \t\u3000•·*-") for c in _HEADER_BAR.split(line)]
    cells = [m.group(1) if (m := _QUOTED.fullmatch(c)) else c for c in cells]
    return [c for c in cells if c]


def header_cells(line: str) -> list[tuple[str, str]]:
    """A page header split by bars: 「青禾县人民政府 | 政府信息公开专栏」 (the host and its
    section) or a browser title 「白鹭镇2023年度…报告 | 青禾县人民政府」 (the document, then the
    host). The organ cells publish, a cell naming a report is the title; a line of prose,
    or bars without a section, site or organ cell, is not a header."""
    if not _HEADER_BAR.search(line) or SENTENCE.search(line):
        return []
    cells = _split(line)
    sections = [c for c in cells if _SECTION.fullmatch(c) or SITE.match(c)]
    organs = [c for c in cells if _BARE_ORGAN.fullmatch(c)]
    titles = [c for c in cells if NAMES_REPORT.search(c) and c not in organs]
    if not sections and not (organs and titles):
        return []
    hosts = [m.group(1) for c in cells if (m := SITE.match(c))]
    return [("publisher", c) for c in organs + hosts] + [("title", c) for c in titles]


def browser_title(line: str) -> bool:
    """A document's name joined to the site that hosts it, the site last: the page's <title>,
    copied as its first line, is a line of its own, never the start of a paragraph."""
    if not header_cells(line):
        return False
    cells = _split(line)
    host = cells[-1] if len(cells) >= 2 else ""
    return (
        bool(NAMES_REPORT.search(cells[0]))
        and len(cells[0]) >= 10
        and bool(SITE.match(host) or _BARE_ORGAN.fullmatch(host))
    )
