"""What a list answers when its level word empties a scope that does hold reports.

「上海的报告有几份，是哪个镇？」 names the level the asker expects of 上海's answer; asked again of
another region (「那重庆的呢？」) or first asked of a region whose only report is a 街道, the
level word is a guess about the answer, not a filter the region must pass. 「库中没有符合条件的
报告」 would then read as if the region held nothing, which is false: the honest answer says the
level is not there and lists what is (「重庆的报告中没有镇；有 1 份：文龙街道（街道）」) — nothing
lost, nothing invented, each report still cited by the caller.
"""

from __future__ import annotations

import re

from answering.extractive import CitationBook, _label
from answering.meta_parts import framed, paragraph, plain
from answering.meta_select import county_cities, town_kind
from reportqa.answer import Answer, Bullets, Kind, Text
from reportqa.types import ReportInfo
from retrieval.scope import asks_only_streets, named_levels

_COUNTY = re.compile(r"区县|县区|(?:哪些|哪几个|哪个|几个|各)(?:县|区|旗)(?![委政])|是[县区旗]的")


def asked_level(q: str) -> str:
    """The level word the question asks for, as it would say it (镇, 乡, 街道, 区县, 乡镇), or
    「所问级别」 when the filter came from words this cannot name back. 县级市 is named as
    said: the 区县 reports it left out are of that rung, so 「没有区县」 would be false."""
    if county_cities(q):
        return "县级市"
    if kind := town_kind(q):
        return kind
    if asks_only_streets(q):
        return "街道"
    if named := named_levels(q):
        return "、".join(named)
    if _COUNTY.search(q):
        return "区县"
    if re.search(r"乡镇|街道", q):
        return "乡镇"
    return "所问级别的报告"


def kind_of(info: ReportInfo) -> str:
    """A township report's own kind (镇, 乡, 街道) by its name's ending, else its level; an
    unread level is said to be unread rather than guessed."""
    if info.level == "乡镇":
        for end in ("街道", "镇", "乡"):
            if info.township.endswith(end):
                return end
    return info.level or "级别未识别"


def emptied_pool(infos, where: dict[str, str], keep_level, keep_year) -> list[ReportInfo]:
    """The reports of the narrowed scope that only the level word left out, when it left out
    all of them; empty when the year (or nothing) emptied it, so no level is corrected."""
    inside = [i for i in infos if not where or i.report_id in where]
    if any(keep_level(i) for i in inside):
        return []
    return [i for i in inside if keep_year(i.year)]


def emptied_answer(q: str, level: str, scope: str, pool, cite, searched: int) -> Answer:
    """「X的报告中没有镇；有 N 份：」 and each report of the scope, its kind said and cited, when
    the level was a guess (they are the answer); when it was a filter, nothing fits: the line
    names them uncited, as 「库中没有广东的报告。已导入的报告来自：…」 names the library."""
    where = scope or "所问范围"
    if not guessed(q):
        have = "、".join(f"{i.shown}（{kind_of(i)}）" for i in pool[:20])
        more = "等" if len(pool) > 20 else ""
        return plain(
            q,
            f"{where}的报告中没有{level}；{where}的报告有 {len(pool)} 份：{have}{more}。",
            searched,
        )
    book = CitationBook()
    lines = []
    for info in pool:
        wants = [str(info.year)] if info.year else [info.township]
        n = cite.title(book, info, [*wants, info.township])
        said = Text(f"：《{info.title}》（{kind_of(info)}）", (n,) if n else ())
        lines.append((*_label(info), said))
    head = f"{where}的报告中没有{level}；有 {len(pool)} 份："
    body = (paragraph(head), Bullets(tuple(lines)))
    names = tuple(dict.fromkeys(i.township for i in pool))
    return framed(q, Kind.WHICH, body, names, book, searched)


# 「上海的报告有几份，是哪个镇」: a second clause asking which unit the counted reports are
_GUESSED = re.compile(
    r"[，,]\s*(?:都|分别|各|又)?是哪(?:一?个|些|几个|一些)(?:乡镇|街道|镇|乡|区县|县|区)"
)


# 「有几个镇的报告」「哪些乡的」「多少个街道」: a level counted or asked is a filter
_ASKED_LEVEL = re.compile(r"(?:几|哪些|哪几|多少)(?:个|家|份)?(?:乡镇|街道|区县|镇|乡|县|区)")


def guessed(q: str) -> bool:
    """Is the level word the asker's guess at the answer's kind, not a filter?

    「有几份，是哪个镇」 counts a region's reports, then asks which unit they are, naming the kind
    it expects: the region's reports are the answer whatever their kind. 「有几个镇的报告」
    「哪些是乡」「有哪些县的报告」 filter by the level: none fits, so the answer lists the
    region's reports for the asker to see but counts none of them as the answer. A first
    clause that already counts or asks the level (「有几个镇的报告，分别是哪个镇」) filters by it:
    the second clause then only asks which of those, and is no guess."""
    m = _GUESSED.search(q)
    return m is not None and not _ASKED_LEVEL.search(q[: m.start()])
