"""The lines by which a hosting site names itself, never the report it carries.

A portal's header and footer identify the site and its owner: 「中文域名:青禾县人民政府.政务」,
「主办单位：…」, 「网站标识码：…」, 「版权所有」, 「皖ICP备…号」, 「…公网安备…号」, and a browser tip
(「使用…浏览器获得最佳浏览效果」), and its greeting (「欢迎访问沈阳市法库县人民政府」「欢迎登录X官方网站」),
which opens a page above its menu and runs into the title when the menu is lost. Such a line names the site's owner, often the county hosting a
township's report, so it is a weak hint of the host and never the title or the unit. Kept apart
from ``ingest.page_chrome`` (fields, breadcrumbs, menus) as one concept of its own.
"""

from __future__ import annotations

import re

# the hosting site's header or footer (「中文域名:青禾县人民政府.政务」, 「主办单位：…」, 「网站标识码：…」, 「版权所有」,
# 「皖ICP备…号」, 「…公网安备…号」, a browser tip 「使用…浏览器获得最佳浏览效果」, a greeting 「欢迎访问…人民政府」)
# names the site's owner, never the report; a greeting names a site or its owner (「欢迎来到法治文化公园」 does not)
SITE_ID = re.compile(
    r"^[\[【]?(?:中文域名|网站标识码|网站识别码|(?:主办|承办|协办)(?:单位)?[ \u3000]*[:：]|版权所有|copyright|©)"
    r"|ICP备|ICP证|公网安备|(?:浏览器|分辨率)[^。]{0,40}(?:最佳|浏览效果)"
    r"|^欢迎您?(?:访问|登录|登陆|来到|光临|进入|浏览)[\u4e00-\u9fff]{2,40}?(?:网站|门户|政府|办事处)",
    re.IGNORECASE,
)


def site_id(line: str) -> bool:
    """``SITE_ID`` anywhere in ``line``. Searched as is, its case-blind alternatives cost
    ~20 ns a character over every head line of every report (paragraphs, mostly): only its
    start can match a line holding neither 备, 证 nor a browser tip's words."""
    hint = "备" in line or "证" in line or "浏览" in line or "分辨率" in line
    return bool(SITE_ID.match(line) or (hint and SITE_ID.search(line)))


# where a site line ends when cleaning ran the title or report on to it (a line of 30 characters
# or more without a full stop is taken for a broken paragraph): the site code has 10 characters
SITE_END = re.compile(
    r"(?:网站标识码|网站识别码)[ \u3000]*[:：]?[ \u3000]*[0-9A-Za-z]{10}"
    r"|ICP备[ \u3000]*\d+号(?:-\d+)?|公网安备[ \u3000]*\d+号|\.政务"
)
# an organ in a site line: the owner it names
SITE_OWNER = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|办事处)")
