"""Several facts about each report at once: 「A街道和B镇的报告分别写的哪一年、哪个区的」,
「它们各是哪年的、什么级别」.

A question asking two or more of a report's document facts (year covered, the unit above,
the level) is a comparison over metadata, not a text search: one line per unit, each fact
cited with the report's own words (the title or opening line for the year, the sentence
naming the parent), or said to come from the division list when the report never names it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.extractive import CitationBook
from answering.meta_parts import PARENT, YEAR_OF, MetaCiter, framed
from reportqa.answer import Answer, Kind, Paragraph, Text
from reportqa.types import ReportInfo

# level words joined by 还是/或 (「是镇还是街道」「县还是区」) asked of units named or pointed at: the
# options of the answer — the level is asked — never a scope to filter them by
# (``without_level_choice``); in a list question (「哪些是乡镇或街道的」) 或 joins one scope
_KIND = r"(?:乡镇|街道|镇|乡|区县|县级市|县|区|地级市|市|省|旗)(?:一?级)?"
LEVEL_CHOICE = re.compile(rf"{_KIND}(?:的报告|的)?(?:还是|或者是?|或是|或){_KIND}(?:的)?")
# 「哪一级」「什么级别」「哪个层级」: the level of government a report is written at
LEVEL_OF = re.compile(rf"(?:哪一?|什么|哪个)(?:级别?|层级)|级别|层级|{LEVEL_CHOICE.pattern}")
_TOWN_KINDS = ("街道", "镇", "乡")
FIELDS = (("year", YEAR_OF), ("parent", PARENT), ("level", LEVEL_OF))


def fields_asked(q: str) -> tuple[str, ...]:
    """The document facts the question asks for, in the order the answer gives them."""
    return tuple(name for name, pattern in FIELDS if pattern.search(q))


def without_level_choice(q: str) -> str:
    """``q`` with its level options taken out: 「是镇还是街道」 asks the level of the units
    named, and selects none of them."""
    return LEVEL_CHOICE.sub("", q)


def without_fields(q: str) -> str:
    """The question with its field words taken out: what is left must be frame alone."""
    for _, pattern in FIELDS:
        q = pattern.sub("", q)
    return q


def fields_answer(
    q: str, infos: Sequence[ReportInfo], asked: Sequence[str], cite: MetaCiter
) -> Answer:
    """One line per report: each asked fact with the citation it rests on."""
    book = CitationBook()
    lines = []
    for info in infos:
        runs: list[Text] = [Text(info.shown, strong=True), Text("：")]
        for k, name in enumerate(asked):
            if k:
                runs.append(Text("；"))
            runs.append(fact_run(book, info, name, cite))
        runs.append(Text("。"))
        lines.append(Paragraph(tuple(runs)))
    names = tuple(dict.fromkeys(i.township for i in infos if i.township))
    kind = Kind.FACT if len(names) == 1 else Kind.COMPARE
    return framed(q, kind, tuple(lines), names, book, len(infos))


def fact_run(book: CitationBook, info: ReportInfo, name: str, cite: MetaCiter) -> Text:
    if name == "year":
        if not info.year:
            return Text("年份未能确定")
        n = cite.title(book, info, [str(info.year)])
        # the title says the year as the report means it (「2022年度」 covered, not the day
        # it was published): named, as the one-fact answer names it (``MetadataQA._year_of``)
        titled = f"《{info.title}》，" if info.title and str(info.year) in info.title else ""
        return Text(f"{titled}写的是 {info.year} 年的情况", (n,) if n else ())
    if name == "parent":
        if not info.county:
            return Text("报告中没有写明所属的县（区）")
        short = re.sub(r"(?:县|区|市|州|旗)$", "", info.county)
        n = cite.mention(book, info, [info.county, short])
        if n is None:
            return Text(f"属于{info.county}（据地名资料，报告原文未写明）")
        return Text(f"属于{info.county}", (n,))
    if not info.level:
        return Text("级别未能确定")
    n = cite.title(book, info, [info.township])
    # a unit's kind, which its level does not tell (「是镇还是街道」「郑东新区是区还是县」): its
    # name's own suffix — a 新区 sits at the 区县 level, yet is neither a 区 nor a 县
    kind = next((k for k in (*_TOWN_KINDS, "新区") if info.township.endswith(k)), "")
    said = f"是{kind}（{info.level}一级）的报告" if kind else f"是{info.level}一级的报告"
    return Text(said, (n,) if n else ())
