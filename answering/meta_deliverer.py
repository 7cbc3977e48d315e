"""On whose behalf a report is delivered: 「以谁的名义作的」「代表谁作的报告」「谁作的报告」.

A work report read to a congress opens by naming the organ it speaks for — 「我代表X区人民政府，
向大会作政府工作报告」「我代表X新区管理委员会，向大会报告管委会工作」「受X人民政府委托」 — and
that organ, not a topic of the text, answers the question. Searching the body for 「名义」 finds
nothing; the opening line, cited, is the answer (the unit itself when the opening names none).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.extractive import CitationBook
from answering.meta_parts import MetaCiter, framed, paragraph
from answering.meta_span import each_report
from answering.meta_speaker import speaker
from reportqa.answer import Answer, Kind, Paragraph, Text
from reportqa.text import to_simplified
from reportqa.types import ReportInfo

# the question: the organ the report speaks for, or the person who delivers it; 「报告是谁代表
# 作的」 asks the same organ with 代表 before the verb (the speaker delivers it on its behalf)
ASKS = re.compile(
    r"以(?:谁|哪个?(?:单位|机关|部门)?|什么(?:单位|机关|身份)?)的?(?:名义|身份)"
    r"(?=作|做|宣读|汇报|向|写|报送|上报|发布|印发|的?报告|[？?吗呢]|$)"
    r"|代表(?:谁|哪个?(?:单位|机关|部门)|什么(?:单位|机关))(?:作|做|向|宣读|汇报)"
    r"|(?:谁|哪个?(?:单位|机关|部门))(?:来)?(?:作|做|宣读)的(?:这份|这个)?(?:工作)?报告"
    r"|报告(?:是)?(?:由)?(?:谁|哪个?(?:单位|机关|部门))(?:来)?(?:代表)?(?:作|做|宣读)的"
)
# the title's issuing body: 「X人民政府关于…的报告」「X管理委员会2024年工作报告」 — an official
# report (公文) names its issuer at the head of its title
TITLE_ISSUER = re.compile(
    r"^\s*((?:中共)?[\u4e00-\u9fff]{2,30}?(?:人民政府|管理委员会|管委会|委员会|办事处|政府))"
    r"(?=\s*(?:关于|\d|[一二〇零]{4}|年度|工作|政府工作|法治|$))"  # a space may part them
)
# the opening's own words: 「我代表X，向大会…」「受X委托」; X is an organ (or 本届政府)
ON_BEHALF = re.compile(
    r"(?:我|现在我)?代表\s*([\u4e00-\u9fff（）()]{2,30}?)\s*[，,]?\s*(?=向|作|报告|，)"
    r"|受\s*([\u4e00-\u9fff（）()]{2,30}?)\s*(?:的)?委托"
)


def asks_deliverer(q: str) -> bool:
    return bool(ASKS.search(q))


def _by_title(info: ReportInfo, name: str, book: CitationBook, cite: MetaCiter) -> Paragraph:
    """No 「我代表」 in the opening: the body heading the title issues the report in its name
    (「X乡人民政府关于…的报告」); only a title naming none leaves the deliverer unwritten."""
    m = TITLE_ISSUER.match(to_simplified(info.title or ""))
    if m is None:
        return paragraph(f"{name}的报告开头和标题都没有写明以谁的名义作报告。")
    n = cite.title(book, info, [m.group(1), info.township])
    said = f"{name}的报告以「{m.group(1)}」的名义作出（标题：「{info.title}」）"
    return Paragraph((Text(said, (n,) if n else ()), Text("。")))


def deliverer_answer(q: str, infos: Sequence[ReportInfo], cite: MetaCiter) -> Answer:
    """One line per unit: the organ its opening says it speaks for, quoted and cited."""
    book = CitationBook()
    reports = each_report(infos)
    lines, names = [], []
    for info, name in reports:
        text = cite.text(info.report_id)
        m = ON_BEHALF.search(to_simplified(text[:1500]))
        if m is None:
            lines.append(_by_title(info, name, book, cite))
            names.append(info.township)
            continue
        organ = m.group(1) or m.group(2)
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.end()]
        n = cite.span(book, info, m.start(), m.end(), "正文开头")
        said = f"{name}的报告以「{organ}」的名义作出（开头：「{line.strip()}…」）"
        parts = [Text(said, (n,) if n else ())]
        if found := speaker(to_simplified(text)):  # the session's caption names the speaker
            start, end, post, person = found
            k = cite.span(book, info, start, end, "正文")
            parts.append(Text(f"，由{post}{person}作（「{text[start:end]}」）", (k,) if k else ()))
        lines.append(Paragraph((*parts, Text("。"))))
        names.append(info.township)
    kind = Kind.FACT if len(reports) == 1 else Kind.COMPARE
    return framed(q, kind, tuple(lines), tuple(names), book, len(infos))
