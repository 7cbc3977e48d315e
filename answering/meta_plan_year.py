"""「广东的报告有几份，分别讲哪年的安排」: the year each report plans, read from its plan heading.

A report reviews one year and sets out the work of the next (a 政府工作报告 read early in N
reviews N-1 and plans N: 「三、2023年工作安排」; an annual 法治政府建设 report closes with
「2024年工作打算」). A question asking which year's 安排/计划/部署/打算/任务 a report holds asks
that plan year — never the year the library files the report under, which is the year it looks
back on. The plan year is quoted from the report's own plan heading, so the answer is checkable;
a report with no such heading is said to write none, with no year guessed for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.extractive import CitationBook
from answering.meta_parts import MetaCiter, framed, paragraph
from reportqa.answer import Answer, Kind, Paragraph, Text
from reportqa.types import ReportInfo

_PLAN = r"(?:工作)?(?:安排|计划|部署|打算|思路|任务|要点)"
# 「分别讲哪年的安排」「是哪一年的工作计划」「安排的是哪年的工作」: the asking word of a year
# bound to a plan noun, either order
# — never 计划生育 (family planning, a line of work, no plan) nor a plan's 完成情况/落实 (how a
# plan went is the year reviewed): 「哪一年的计划生育工作做得好」 asks no plan year
_NOT_A_PLAN = r"(?!生育|完成|落实|执行|情况)"
_ASKS = re.compile(
    rf"哪一?年(?:度)?的?(?:工作)?{_PLAN}{_NOT_A_PLAN}|{_PLAN}(?:的是|是)哪一?年(?:度)?"
    rf"|(?:安排|部署|计划|打算)的?(?:是)?哪一?年(?:度)?的?(?:工作|任务)"
)
# a line of its own opening with a year and its plan noun (「三、2023年工作安排」「二、2025年工作
# 安排」「四、2024年度推进法治政府建设的工作思路」), a few words between at most; a work report's
# plan part is as often headed by the year's work itself (「二、2018年主要工作」), which a heading
# of a later year than the one reviewed can only be
_HEAD = re.compile(
    r"(?m)^[ \t　]*(?:[一二三四五六七八九十]+[、．.]|（[一二三四五六七八九十]+）)?[ \t　]*"
    r"(?P<year>(?:19|20)\d\d)\s*年度?[^。；\n]{0,14}?(?:" + _PLAN + r"|工作)[^。；\n]{0,10}$"
)


# the year looked back on asked beside the plan's (「回顾的是哪一年，安排的是哪一年」): the report's
# own year question, which names the year it reviews (a plan-year answer alone drops it)
_REVIEW_TOO = re.compile(r"回顾(?:的|了)?(?:是)?哪一?年|总结(?:的|了)?(?:是)?哪一?年")


def asks_plan_year(q: str) -> bool:
    """The question asks which year the reports plan, not the year they are filed under."""
    return bool(_ASKS.search(q)) and not asks_review_year(q)


def asks_review_year(q: str) -> bool:
    """The question asks the year a report looks back on (「回顾的是哪一年」)."""
    return bool(_REVIEW_TOO.search(q))


# a heading on how a plan went (「2024年重点任务完成情况」「工作回顾」) looks back, it plans nothing;
# a line naming the 报告 is the report's own title (「2019年法治政府建设工作报告」), no plan part
_LOOKS_BACK = re.compile(r"回顾|完成|情况|总结|成效|落实|报告")


def _plan_heading(text: str, filed: int | None) -> re.Match | None:
    """The report's plan heading, of a year no earlier than the one the report is filed
    under (filed by its review, the plan is the next year; by its delivery, the same)."""
    for m in _HEAD.finditer(text):
        if _LOOKS_BACK.search(m.group(0)):
            continue
        if filed is None or int(m.group("year")) >= filed:
            return m
    return None


def plan_year_answer(q: str, infos: Sequence[ReportInfo], cite: MetaCiter) -> Answer:
    """A line a report: its title and the plan heading it prints, quoted and cited."""
    book = CitationBook()
    lines: list[Paragraph] = []
    for info in infos:
        text = cite.text(info.report_id)
        m = _plan_heading(text, info.year)
        if m is None:
            said = Text(f"{info.shown}的报告《{info.title}》没有写明工作安排的年份")
            lines.append(Paragraph((said, Text("。"))))
            continue
        n = cite.span(book, info, m.start(), m.end(), "工作安排")
        head = m.group(0).strip()
        said = Text(
            f"{info.shown}的报告《{info.title}》安排的是 {m.group('year')} 年的工作：「{head}」",
            (n,) if n else (),
        )
        lines.append(Paragraph((said, Text("。"))))
    count = paragraph(f"共 {len(infos)} 份报告（据报告元数据）：")
    names = tuple(dict.fromkeys(i.township for i in infos))
    kind = Kind.FACT if len(names) == 1 else Kind.COMPARE
    return framed(q, kind, (count, *lines), names, book, len(infos))
