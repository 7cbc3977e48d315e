"""Short head lines that belong to a report's title, not to the portal's menus.

A portal's menu items are short lines (「首页」「乡镇动态」「2023年」), and the page reader takes
any line of six characters or fewer for one. Two kinds of short line are the title's own:

- the covered year on a line of its own above a title broken in two (「二〇二三年度」 /
  「砚泉镇法治政府建设」 / 「工作情况报告」): 年度 names the year a report covers, and a menu
  files its archive by calendar year (「2023年」), never by 年度 alone;
- the writer's place written as its chain (「澄岭县砚泉镇」) above a title that names no unit:
  a menu names one section each, never a town under its county.

A third line is the site's, however long: a banner of the organ with its romanised name
(「澄岭县人民政府 CHENGLING COUNTY PEOPLE'S GOVERNMENT」) — reports never write English names,
so the line is whole and never runs on into the title under it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ingest import admin_names as an
from ingest.page_header import NAMES_REPORT, SENTENCE

_YEAR_LINE = re.compile(r"[（(]?(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年度[）)]?")
_ENGLISH_BANNER = re.compile(
    r"(?:中共)?[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|办事处|管委会|管理委员会)"
    r"[ \u3000]+[A-Z][A-Za-z'’ .·,\-]{6,80}"
)


def title_year_line(line: str) -> bool:
    """「二〇二三年度」「2023年度」 alone on a line: the covered year of a title broken in two."""
    return bool(_YEAR_LINE.fullmatch(line.strip()))


def place_chain_line(line: str) -> bool:
    """「澄岭县砚泉镇」: a town under its county, the whole line, with names of places (not 乡镇
    or 城区): the first line of a title block, never a menu item."""
    line = line.strip()
    parts = an.parse_chain(line)
    if not (parts.get("county") and parts.get("town")):
        return False
    if "".join(parts.get(k, "") for k in ("prov", "city", "county", "town")) != line:
        return False
    return not any(p in an.GENERIC_NAMES for p in parts.values())


def english_banner(line: str) -> bool:
    """An organ's banner with its romanised name: the site's header, a line of its own."""
    return bool(_ENGLISH_BANNER.fullmatch(line.strip()))


def title_heads(lines: list[tuple[int, str]], furniture: set[int]) -> set[int]:
    """The short lines read as menu items that head a title: the next line is no furniture
    and no sentence, and either the line is a place (「澄岭县砚泉镇」) over a line naming a
    report, or the covered year (「二〇二三年度」) not under another year. The same place over
    a breadcrumb or a field is the banner of the town's own site, and years listed one under
    another (「2022年度」 / 「2023年度」) are an archive's menu: furniture like the rest."""
    heads = set()
    for i, ((start, line), (after, following)) in enumerate(pairwise(lines)):
        if start not in furniture or after in furniture or SENTENCE.search(following):
            continue
        place = place_chain_line(line) and NAMES_REPORT.search(following)
        year = title_year_line(line) and not (i and title_year_line(lines[i - 1][1]))
        if place or year:
            heads.add(start)
    return heads
