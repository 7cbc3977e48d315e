"""Reports asked for by the government above every unit of the library: 「库里有没有广东省或者
国务院的政府工作报告？有几份」「有国务院的报告吗」.

国务院 (the central people's government) is an organ, and its report is the nation's: a question
naming it asks for a report of the national rung, never for reports that mention it. A place
joined to it by 或者/和/还是 is the same kind of thing — coordination joins like with like — so
「广东省或者国务院的」 asks for the province's own government's report, not for the districts that
lie in 广东 — yet those are 广东's reports too (as 「库里有没有广东省的报告」 answers them), so
they are named beside the none, never hidden by it (by name, uncited: no passage of theirs
answers for the organs asked). The answer is read from the reports' metadata (unit and level); when the library
holds none it says so and what it holds instead, rung by rung, quoting nothing: a passage that
mentions 广东省 is no 广东省 report.

A province or city said with its government (「有没有深圳市政府或者广东省政府的报告」) asks the
same without 国务院: 政府 names the organ that writes a report, so the report asked is one by
that government (its unit and level), never the district reports lying in the place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.extractive import CitationBook, _label
from answering.meta_frame import has_topic
from answering.meta_parts import MetaCiter, framed, paragraph, plain
from reportqa.answer import Answer, Bullets, Kind, Text
from reportqa.types import ReportInfo

_NATION = r"(?:国务院|中央人民政府|中央政府)"
_JOIN = r"(?:或者|或是|或|还是|以及|和|与|及|跟|、)"
_ORGAN = r"(?:人民政府|政府)?"
_GOVERNMENT = r"(?:人民政府|政府)"
_RUNGS = ("国家", "省", "地市", "区县", "乡镇")
_RUNG_NAMES = {"国家": "国家级", "省": "省级", "地市": "地市级", "区县": "区县级", "乡镇": "乡镇级"}


def rungs_asked(q: str, provinces: dict[str, str]) -> list[str] | None:
    """The provinces and cities read as governments beside 国务院 or said with their own
    government (full names; [] for 国务院 alone), or None when ``q`` names no such organ or
    asks a topic too. ``provinces``: the provinces and cities ``q`` names, full name → as
    said."""
    nation = bool(re.search(_NATION, q))
    joined = []
    rest = q
    for full, said in provinces.items():
        name = re.escape(said) + r"(?:省|市|自治区)?"
        pattern = rf"{name}{_ORGAN}{_JOIN}{_NATION}|{_NATION}{_JOIN}{name}{_ORGAN}"
        if (nation and re.search(pattern, q)) or re.search(rf"{name}{_GOVERNMENT}", q):
            joined.append(full)
            rest = re.sub(name, "", rest)
    if not nation and not joined:
        return None
    rest = re.sub(rf"{_NATION}|{_JOIN}|{_GOVERNMENT}", "", rest)
    return None if has_topic(rest) else joined


def rung_answer(
    q: str,
    provinces: list[str],
    infos: Sequence[ReportInfo],
    cite: MetaCiter,
    in_place: Callable[[ReportInfo, str], bool],
) -> Answer:
    """The national reports and those of the provinces' own governments, then the units inside
    the provinces named; none of either: what is held."""
    nation = bool(re.search(_NATION, q))
    chosen = [
        i
        for i in infos
        if (nation and i.level == "国家") or (i.level in ("省", "地市") and i.township in provinces)
    ]
    asked = "或".join([*provinces, *(["国务院"] if nation else [])])
    organs = "、".join([*(f"{p}政府" for p in provinces), *(["国务院"] if nation else [])])
    inside = [i for i in infos if i not in chosen and any(in_place(i, p) for p in provinces)]
    # the province's units: said by name (the answer to 「X省的报告」), quoting nothing, as they
    # are not the organs asked
    where = "、".join(provinces)
    units = "、".join(dict.fromkeys(i.township for i in inside))
    note = (
        f"库中位于{where}的单位的报告有 {len(inside)} 份（{units}），是{where}境内单位的报告，"
        f"不是{organs}本身的报告。"
        if inside
        else ""
    )
    if not chosen:
        held = []
        for rung in _RUNGS:
            names = list(dict.fromkeys(i.township for i in infos if i.level == rung))
            if names:
                n = sum(i.level == rung for i in infos)
                held.append(f"{_RUNG_NAMES[rung]} {n} 份（{'、'.join(names[:12])}）")
        have = note or f"库中的报告是{'；'.join(held) or '无'}。"
        text = f"库中没有{asked}的报告：{organs}本身的报告 0 份"
        text += f"（已查看 {len(infos)} 份报告的元数据）。{have}"
        return plain(q, text, len(infos))
    book = CitationBook()
    lines = []
    for info in chosen:
        n = cite.title(book, info, [info.township])
        lines.append((*_label(info), Text(f"：《{info.title}》", (n,) if n else ())))
    head = paragraph(f"共 {len(chosen)} 份{asked}的报告（据报告元数据）：")
    tail = (paragraph(note),) if note else ()
    names = tuple(dict.fromkeys(i.township for i in chosen))
    return framed(q, Kind.WHICH, (head, Bullets(tuple(lines)), *tail), names, book, len(infos))
