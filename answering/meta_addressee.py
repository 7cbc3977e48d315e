"""The 主送机关 of an official report: to whom it is addressed (「它是写给哪个机关的」).

An official report (请示, 报告 to a higher organ) names its addressee in a salutation line near
its top — 「中共X县委、X县人民政府：」; that line, cited, is the answer. Kept apart from the
metadata answerer so each fact of a report's own frame is one concept in one file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.extractive import CitationBook
from answering.meta_asks import first_per_unit
from answering.meta_parts import MetaCiter, framed, paragraph, stripped
from reportqa.answer import Answer, Kind, Paragraph, Text
from reportqa.text import to_simplified
from reportqa.types import ReportInfo

_ORGAN = r"[\u4e00-\u9fff]{1,20}?(?:委员会|委|人民政府|政府|人大常委会|党组|党工委)"
_SALUTATION = re.compile(rf"{_ORGAN}(?:[、，,和及]{_ORGAN})*[：:]")  # 「中共X县委、X县人民政府：」


def addressee_answer(q: str, infos: Sequence[ReportInfo], cite: MetaCiter) -> Answer:
    """The 主送机关 line of an official report: 「…县委、县人民政府：」 near its top; one
    line per unit (a report without one is said to have none)."""
    book = CitationBook()
    firsts = first_per_unit(infos)
    lines, names = [], []
    for info in firsts:
        text = cite.text(info.report_id)
        m = _SALUTATION.search(to_simplified(text[:3000]))
        if m is None:
            lines.append(paragraph(f"{info.township}的报告开头没有写明报送机关。"))
            continue
        n = cite.span(book, info, m.start(), m.end(), "正文开头")
        s, e = stripped(text, m.start(), m.end())
        lines.append(Paragraph((Text(f"{info.township}的报告报送给：「{text[s:e]}」", (n,)),)))
        names.append(info.township)
    # none has one: said so, not searched for in the text (「没有找到「报给谁的」」 read as if
    # the report were silent on a topic)
    kind = Kind.FACT if len(firsts) == 1 else Kind.COMPARE
    return framed(q, kind, tuple(lines), tuple(names), book, len(infos))
