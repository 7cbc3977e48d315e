"""The span of work a report reviews: 「回顾了几年的工作」「总结的是哪几年」.

A work report's first part is headed by the span it reviews — 「一、2024年工作回顾」 (one
year), 「过去五年工作回顾」 (a congress term's last report reviews the whole term), 「2021年以来
工作回顾」 (the years since) — so the heading, cited, answers the question. The body's numbers
(「审批环节由25个压缩至12个」) never do: the span is a fact of the report's frame, not its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.extractive import CitationBook
from answering.meta_parts import MetaCiter, framed, paragraph
from answering.plan_years import term_years
from reportqa.answer import Answer, Kind, Paragraph, Text
from reportqa.text import to_simplified
from reportqa.types import ReportInfo

_GENRE = r"(?:的)?(?:工作)?(?:报告|总结|回顾)?(?:的)?"
# a bare 年 is no option: 「今年还是五年内」「2023年还是五年累计」 compare a year's figure with the term's
_ONE_YEAR = rf"(?:年度|一年|当年|每年)(?:{_GENRE})"
_TERM = rf"(?:五年|换届|本届|任期|届)(?:{_GENRE})"
_JOIN = r"(?:还是|或者是?|或是|或)"
# 「回顾了几年的工作」「总结了多少年」「回顾的是哪几年」: how many or which years, asked of the
# span itself — the ask ends there (「的工作」 at most); 「总结了过去几年的哪些经验」 asks a content
# of those years, whose answer is the text, not the heading
ASKS = re.compile(
    r"(?:回顾|总结)(?:了|的是)?(?:过去)?(?:几|多少|哪几)\s*年(?:的)?(?:工作)?"
    r"(?=[？?。，,！!吗呢]|$)"
    r"|(?:几|多少|哪几)\s*年的?工作(?:的)?(?:回顾|总结)"
    # 「是年度报告还是五年总结」「一年的还是五年的」: the span offered as the answer's options
    # — the options end the ask (「五年内的目标更高」 asks a content of the five years)
    rf"|(?:{_ONE_YEAR}{_JOIN}{_TERM}|{_TERM}{_JOIN}{_ONE_YEAR})(?=[？?。，,！!吗呢啊]|$)"
)
# a heading of the review part: its span before 工作回顾 / 工作总结
_HEADING = re.compile(
    r"^[\s一二三四五六七八九十、.．（）()]*"
    r"(?P<span>(?:过去|近|前)[一二三四五六七八九十两\d]+年(?:来)?|(?:19|20)\d{2}\s*年?"
    r"(?:\s*[-—–至到]\s*(?:19|20)\d{2}\s*年|以来|度)?|本届政府(?:以来)?"
    r"|[区县市旗]?[一二三四五六七八九十]{1,3}届人大一次会议以来)"  # the session opening the term
    r"(?:的)?(?:主要)?工作(?:回顾|总结)?\s*$",
    re.M,
)


def asks_span(q: str) -> bool:
    return bool(ASKS.search(q))


def each_report(infos: Sequence[ReportInfo]) -> list[tuple[ReportInfo, str]]:
    """Every report with the name it is told by: a unit with several reports (one of 2013,
    one of 2016) has a frame fact in each — one line per report, its year said — never only
    its first."""
    units = [i.township for i in infos]
    return [
        (i, f"{i.township}{i.year}年" if units.count(i.township) > 1 and i.year else i.township)
        for i in infos
    ]


def _own_year(info: ReportInfo, name: str, book: CitationBook, cite: MetaCiter) -> Paragraph:
    """A report with no span heading reviews its own year (「2024年度…报告」, an annual
    report): the report's year, its title cited, is the answer."""
    if not info.year:
        return paragraph(f"{name}的报告没有写明回顾的时间段。")
    n = cite.title(book, info, [str(info.year), info.township])
    said = f"{name}的报告总结的是{info.year}年（一年）的工作（报告标题：「{info.title}」）"
    return Paragraph((Text(said, (n,) if n else ()), Text("。")))


def span_answer(q: str, infos: Sequence[ReportInfo], cite: MetaCiter) -> Answer:
    """One line per report: the span its review heading names, the heading cited."""
    book = CitationBook()
    lines, names = [], []
    for info, name in each_report(infos):
        text = cite.text(info.report_id)
        m = _HEADING.search(to_simplified(text[:6000]))
        if m is None or not m.group("span").strip():
            lines.append(_own_year(info, name, book, cite))
            names.append(info.township)
            continue
        n = cite.span(book, info, m.start(), m.end(), "标题")
        heading = text[m.start() : m.end()].strip()
        span = m.group("span").strip()
        if re.fullmatch(r"(?:19|20)\d{2}\s*年?度?", span):  # 「2024年工作回顾」: one year's work
            span = f"一年（{span}）"
        said = f"{name}的报告回顾的是「{span}」的工作（标题：「{heading}」）"
        if years := term_years(info):  # a term report (ingest: ``term_review``)
            said += (
                f"，是换届时的五年总结（回顾{years[0]}—{years[0] + 4}年，"
                f"并部署今后五年），不是年度报告"
            )
        lines.append(Paragraph((Text(said, (n,) if n else ()), Text("。"))))
        names.append(info.township)
    kind = Kind.FACT if len(names) <= 1 else Kind.COMPARE
    return framed(q, kind, tuple(lines), tuple(names), book, len(infos))
