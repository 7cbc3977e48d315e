"""Units picked by how many reports the library holds of them: 「哪几个区在库里有不同年份的两份
以上报告」「哪些单位的报告不止一份」「哪个镇有两份报告」.

A count of reports per unit is a fact of the library, read from the reports' metadata (unit,
year): no report's text says how many reports of its unit were collected, so a search for
「年份」「以上」 finds nothing or the wrong thing. 「不同年份的」 counts the distinct years a unit's
reports cover, not its copies; 「两份以上」 is two or more (以上 includes the number in official
Chinese), 「两份」「只有一份」 alone exactly that many, 「多份」「不止一份」「好几份」 two or more.
「有几份报告」 alone asks each unit's count — a count, not a pick (only 「几份以上」 picks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from answering.extractive import CitationBook, _label
from answering.meta_parts import MetaCiter, framed, paragraph, plain
from reportqa.answer import Answer, Bullets, Kind, Text
from reportqa.types import ReportInfo

_NUMBER = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "几": 2, "多": 2}
_PER_UNIT = re.compile(
    r"(?P<years>不同年份|不同年度|不同年|多个年份|多个年度|好几个年份)?的?"
    r"(?:(?P<n>[一两二三四五几多1-9])份(?P<more>或?及?以上|或更多)?|(?P<some>不止一份|多份|好几份))"
    r"的?报告"
    r"|报告(?P<after>不止一份|多于一份|超过一份)"  # 「哪个区的报告不止一份」
)
# a unit asked to be picked: 「哪几个区」「哪些镇」「哪个单位」
_WHICH_UNIT = re.compile(
    r"(?:哪几个|哪些|哪个|哪几|几个)(?:区县|县区|区|县|镇|乡|街道|乡镇|单位|地方)"
)


@dataclass(frozen=True)
class PerUnit:
    least: int  # the fewest reports (or years) a unit must hold
    exact: bool  # 「两份报告」: exactly ``least``
    by_year: bool  # 「不同年份的」: distinct years counted, not copies


def per_unit_asked(q: str) -> PerUnit | None:
    """The count asked of each unit's reports, or None when ``q`` asks no such pick."""
    m = _PER_UNIT.search(q)
    if not m or not _WHICH_UNIT.search(q):
        return None
    if m.group("some") or m.group("after"):
        return PerUnit(2, False, bool(m.group("years")))
    n = m.group("n")
    if n == "几" and not m.group("more"):  # 「哪些区有几份报告」: the count asked, no pick
        return None
    least = int(n) if n.isdigit() else _NUMBER[n]
    exact = not m.group("more") and n not in "几多"
    return PerUnit(least, exact, bool(m.group("years")))


def without_per_unit(q: str) -> str:
    """``q`` without its count of reports: what is left must be frame alone."""
    return _PER_UNIT.sub("", _WHICH_UNIT.sub("", q))


def per_unit_answer(q: str, asked: PerUnit, infos: Sequence[ReportInfo], cite: MetaCiter) -> Answer:
    """The units whose reports meet the count, each report listed with its year and cited."""
    units: dict[str, list[ReportInfo]] = {}
    for info in infos:
        if info.township:
            units.setdefault(info.township, []).append(info)
    chosen = []
    for unit, held in units.items():
        n = len({i.year for i in held if i.year}) if asked.by_year else len(held)
        if n == asked.least if asked.exact else n >= asked.least:
            chosen.append(unit)
    counted = "个不同年份" if asked.by_year else "份报告"
    if not chosen:
        return plain(
            q,
            f"库中没有哪个单位有{asked.least}{counted}{'' if asked.exact else '以上'}"
            f"（已查看 {len(infos)} 份报告的元数据）。",
            len(infos),
        )
    book = CitationBook()
    lines = []
    for unit in chosen:
        for info in sorted(units[unit], key=lambda i: i.year or 0):
            n = cite.title(book, info, [str(info.year)] if info.year else [info.township])
            lines.append((*_label(info), Text(f"：《{info.title}》", (n,) if n else ())))
    head = paragraph(
        f"共 {len(chosen)} 个单位符合（据报告元数据，按{'年份' if asked.by_year else '份数'}计）："
    )
    return framed(q, Kind.WHICH, (head, Bullets(tuple(lines))), tuple(chosen), book, len(infos))
