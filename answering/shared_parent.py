"""「同一个上级下面有两份报告的，是哪几个」: the library's reports grouped by the unit above them.

A library gathers the reports of towns and counties from several places; those under one parent
(two 镇 of one 区, a 县 and a 新区 of one 市) are what a reader sets side by side first. Such a
question names no unit and no topic: it asks which units share their parent with another
report's unit, so it is read from the metadata (the parent each report names, or the division
list's), never searched in the text. Each group is listed under its parent, each unit cited
where its own report names that parent (its title when the parent is the list's).

Two parents of one name in different provinces (鼓楼区 of 南京 and of 福州) are two parents: a
group is one name in one province.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.extractive import CitationBook
from answering.meta_frame import has_topic
from answering.meta_parts import MetaCiter, framed, paragraph
from answering.meta_select import levels
from answering.regions import Region
from reportqa.answer import Answer, Bullets, Kind, Text
from reportqa.types import ReportInfo

_ABOVE = r"(?:上级(?:单位|机关|政府)?|上一级|地级市|县级市|县区|区县|县|区|市|州|旗|盟|地方)"
# 「同一个上级下面」「同属一个区」「归同一个县管」「上级相同」: one parent shared, no parent named
# (the verb before it, 归/属于, is part of the phrase). 「共同的地方」 is what reports have in
# common (「这几份报告有没有共同的地方」), never a shared place: 地方 follows 同一个 only
SHARED = re.compile(
    rf"(?:归|属于|在|是)?(?:同一个?|同个|同属(?:于)?一个|同在一个|同属|共同的?(?!地方)){_ABOVE}"
    r"(?:下面|下边|底下|之下|管辖|所辖|下属|下|管|的)?"
    r"|上级(?:单位)?(?:相同|一样|是同一个)"
)


def asks_shared_parent(q: str) -> bool:
    """A question about the reports whose parents are shared, and about nothing else."""
    return bool(SHARED.search(q)) and not has_topic(SHARED.sub("", q))


def shared_parent_answer(
    q: str,
    infos: Sequence[ReportInfo],
    cite: MetaCiter,
    region: Callable[[ReportInfo], Region | None],
) -> Answer:
    """The units of ``infos`` whose parent holds another unit's report, one line a parent;
    a level the question names (「哪些乡镇属于同一个区」) picks the units first."""
    keep = levels(SHARED.sub("", q))
    groups: dict[tuple[str, str], dict[str, ReportInfo]] = {}
    for info in infos:
        if info.county and keep(info):
            where = region(info)
            key = (info.county, where.province if where else "")
            groups.setdefault(key, {}).setdefault(info.township, info)
    shared = [(key, units) for key, units in groups.items() if len(units) > 1]
    if not shared:
        text = f"没有两个单位的报告同属一个上级（已查看 {len(infos)} 份报告的元数据）。"
        return framed(q, Kind.WHICH, (paragraph(text),), (), CitationBook(), len(infos))
    book = CitationBook()
    lines = []
    for (parent, _), units in shared:
        line: list[Text] = [Text(parent, strong=True), Text("：")]
        for k, info in enumerate(units.values()):
            short = re.sub(r"(?:县|区|市|州|旗)$", "", parent)
            n = cite.mention(book, info, [parent, short]) or cite.title(book, info, [info.township])
            line += [Text("、" if k else ""), Text(info.township, (n,) if n else ())]
        lines.append(tuple(line))
    count = sum(len(units) for _, units in shared)
    head = f"{len(shared)} 个上级单位下各有不止一个单位的报告，共 {count} 个单位（据报告元数据）："
    names = tuple(u for _, units in shared for u in units)
    body = (paragraph(head), Bullets(tuple(lines)))
    return framed(q, Kind.WHICH, body, names, book, len(infos))
