"""Several document facts asked in one breath: 「仁怀市那份是哪年的报告？什么时候发的」,
「这份报告是哪个单位发的，文号多少」, 「X镇的报告哪天发布的，归哪个县管」.

People asking about a report as a document ask what a portal's disclosure block shows together
— the year, the issuer, the day, the number (发文字号), the unit above — and join the asks by a
comma or a second question mark. Each ask alone has its own answer (``issue_date``,
``doc_number``, ``meta_asks.author_answer``, ``meta_fields``); answering the first one found
drops the others, so when two or more are asked and nothing else is (no topic of the text), one
line per report gives every fact asked, in the order asked, each cited where the report says it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.doc_number import ASKS_NUMBER, asks_own_number, number_answer, number_run
from answering.extractive import CitationBook
from answering.frame_only import frame_only
from answering.issue_date import day_runs, issue_answer, without_issue_words
from answering.meta_asks import AUTHOR, author_runs
from answering.meta_fields import LEVEL_OF, fact_run
from answering.meta_parts import ISSUE_DATE, PARENT, YEAR_OF, MetaCiter, framed
from answering.meta_select import years
from reportqa.answer import Answer, Kind, Paragraph, Text
from reportqa.types import ReportInfo
from retrieval.query import Analysis

# 「哪年发布的」 asks the day's year (``ISSUE_DATE``), not the year covered: read before YEAR_OF
_ASKS = (
    ("issued", ISSUE_DATE),
    ("author", AUTHOR),
    ("number", ASKS_NUMBER),
    ("year", YEAR_OF),
    ("parent", PARENT),
    ("level", LEVEL_OF),
)
# 「归哪个县管」「属于哪个区的」: the ask's words after ``PARENT`` (which stops at 哪)
_PARENT_TAIL = re.compile(
    rf"(?:{PARENT.pattern})(?:一?个)?(?:县|区|市|州|旗|盟|地区)?(?:级市)?(?:管辖?|下面|下边|的)?"
)
_LABELS = {
    "issued": "日期",
    "author": "发布单位",
    "number": "文号",
    "year": "年份",
    "parent": "上级",
    "level": "级别",
}


def several_asked(q: str) -> tuple[str, ...]:
    """The document facts ``q`` asks, in the order it asks them; () unless two or more are."""
    found: dict[str, int] = {}
    rest = q
    for name, pattern in _ASKS:
        m = pattern.search(rest)
        if m:
            found[name] = m.start()
            rest = rest[: m.start()] + "　" * (m.end() - m.start()) + rest[m.end() :]
    asked = tuple(sorted(found, key=found.__getitem__))
    return asked if len(asked) > 1 else ()


def without_several(q: str) -> str:
    """``q`` without the words asking the facts: what is left must be frame alone."""
    q = without_issue_words(q)
    q = _PARENT_TAIL.sub("", q)
    for _, pattern in _ASKS:
        q = pattern.sub("", q)
    return re.sub(r"(?:什么|多少|哪个|哪天|几号|是)+(?=[，,。？?]|$)", "", q)


def disclosed(
    q: str,
    analysis: Analysis,
    infos: Sequence[ReportInfo],
    cite: MetaCiter,
    scoped: bool,
    each: bool,
) -> Answer | None:
    """A question of the disclosure block's facts of ``scoped`` reports (or of each report):
    several at once, the number alone (「这份报告的文号是多少」), or the day alone (「X镇的报告哪天
    发布的」, not 「哪天召开的推进会」; 「2024年发布的报告有哪些」 of any scope); None otherwise."""
    asked = several_asked(q)
    if asked and scoped and frame_only(without_several(q), analysis):
        return several_answer(q, infos, asked, cite)
    if asks_own_number(q, [*analysis.townships, *analysis.counties]) and (scoped or each):
        return number_answer(q, infos, cite)
    return issue_answer(q, analysis, infos, cite, scoped or each)


def several_answer(
    q: str, infos: Sequence[ReportInfo], asked: Sequence[str], cite: MetaCiter
) -> Answer:
    """One line per unit's report: each asked fact with the citation it rests on."""
    book = CitationBook()
    lines = []
    # a unit's reports of several years each answer; a year said picks its report
    infos = [i for i in infos if years(q)(i.year)] or list(infos)
    for info in infos:
        runs: list[Text] = [Text(info.shown, strong=True), Text("：")]
        for k, name in enumerate(asked):
            runs.append(Text(("；" if k else "") + f"{_LABELS[name]}——"))
            runs += _runs(book, info, name, cite)
        lines.append(Paragraph((*runs, Text("。"))))
    names = tuple(dict.fromkeys(i.township for i in infos if i.township))
    kind = Kind.FACT if len(names) == 1 else Kind.COMPARE
    return framed(q, kind, tuple(lines), names, book, len(infos))


def _runs(book: CitationBook, info: ReportInfo, name: str, cite: MetaCiter) -> list[Text]:
    if name == "issued":
        return day_runs(book, info, cite)
    if name == "author":
        return author_runs(book, info, cite)
    if name == "number":
        return [number_run(book, info, cite)[1]]
    if name == "year" and info.year:  # said as the question's answer reads: 「2022年」
        n = cite.title(book, info, [str(info.year)])
        return [Text(f"{info.year}年度的报告", (n,) if n else ())]
    return [fact_run(book, info, name, cite)]
