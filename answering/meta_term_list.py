"""Which reports review a span of several years: 「哪几份是回顾过去五年的」「哪些报告总结了五年的工作」.

「过去五年」 here is no calendar span counted back from today: it names the span a report's
first part reviews. A government's term is five years, and the report read when it closes
reviews the whole term under a heading of its own — 「一、过去五年工作回顾」「本届政府工作回顾」
「区六届人大一次会议以来的工作」 — as does the report closing a five-year plan, headed by the plan's
period (「一、“十三五”时期发展成就」「“十二五”期间工作回顾」) or its years (「2016—2020年工作回顾」).
An annual report's review is headed by one year (「一、2024年工作回顾」) and is none of them,
whatever years its body quotes. So the list is read from each report's first review heading,
cited; a question asking what those years achieved (「过去五年GDP增长多少」) asks the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.extractive import CitationBook
from answering.meta_parts import MetaCiter, framed, plain
from reportqa.answer import Answer, Kind, Paragraph, Text
from reportqa.text import to_simplified
from reportqa.types import ReportInfo

_FIVE = r"(?:五|5|几)\s*年"
# a list of reports asked by the span they review; the ask ends there (no topic after it)
ASKS = re.compile(
    r"(?:哪几份|哪些|哪几个|几份|有没有)(?:报告)?(?:是|在)?(?:回顾|总结)(?:了|的是)?"
    rf"(?:过去|近|前|这)?(?:的)?{_FIVE}(?:的)?(?:工作)?(?:的)?(?:报告)?"
    r"(?=[？?。，,！!吗呢啊]|$)"
    rf"|(?:回顾|总结)(?:了|的是)?(?:过去|近|前)?{_FIVE}(?:的)?(?:工作)?(?:的)?(?:报告)?"
    r"(?:有)?(?:哪几份|哪些|哪几个|几份)(?=[？?。，,！!吗呢啊]|$)"
)
_NUM = "[一二三四五六七八九十]"
# the first part's heading naming a span of years: the term, a five-year plan's period, or a
# run of years (「2016—2020年」: at least three)
_TERM_HEADING = re.compile(
    r"^[\s一二三四五六七八九十、.．（）()]*"
    r"(?P<span>(?:过去|近)(?:的)?(?:五|5)年(?:来)?|五年来|本届政府(?:以来)?|本届"
    rf"|[区县市旗州省]?{_NUM}{{1,3}}届人大一次会议以来"
    rf"|[“\"]?十{_NUM}五[”\"]?(?:时期|期间|以来)"
    r"|(?P<a>(?:19|20)\d{2})\s*年?\s*[-—–至到]\s*(?P<b>(?:19|20)\d{2})\s*年)"
    r"[^。，,；;\n]{0,12}?(?:回顾|总结|成就|成绩)[^。，,；;\n]{0,4}\s*$",
    re.M,
)
# the first heading of a review part (any span): only the report's own first part counts
_REVIEW_HEADING = re.compile(
    r"^[\s一二三四五六七八九十、.．（）()]*[^。，,；;\n]{0,24}?(?:回顾|成就)[^。，,；;\n]{0,4}\s*$",
    re.M,
)


def asks_term_list(q: str) -> bool:
    return bool(ASKS.search(to_simplified(q)))


def term_heading(text: str) -> re.Match | None:
    """The report's first review heading, when it names a span of years; None otherwise."""
    first = _REVIEW_HEADING.search(text[:8000])
    if first is None:
        return None
    m = _TERM_HEADING.match(text, first.start(), first.end())
    if m and m.group("a") and int(m.group("b")) - int(m.group("a")) < 2:
        return None  # 「2022—2023年工作回顾」: two years, no term
    return m


def term_list_answer(q: str, infos: Sequence[ReportInfo], cite: MetaCiter) -> Answer:
    """The reports whose first review heading names a span of years, that heading cited."""
    book = CitationBook()
    lines, names = [], []
    for info in infos:
        text = to_simplified(cite.text(info.report_id))
        m = term_heading(text)
        if m is None:
            continue
        n = cite.span(book, info, m.start("span"), m.end(), "标题")
        heading = text[m.start("span") : m.end()].strip()
        said = f"{info.shown}（{info.year}年）：报告第一部分回顾的是「{m.group('span')}」（「{heading}」）"
        lines.append(Paragraph((Text(said, (n,) if n else ()),)))
        names.append(info.township)
    if not lines:
        return plain(
            q, f"库中没有回顾多年工作的报告（已查看 {len(infos)} 份报告的标题）。", len(infos)
        )
    head = Paragraph((Text(f"共 {len(lines)} 份报告回顾的是多年（任期或规划期）的工作："),))
    return framed(q, Kind.WHICH, (head, *lines), tuple(names), book, len(infos))
