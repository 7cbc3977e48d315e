"""The report's own document number (发文字号): 「X镇这份报告的文号是多少」.

Chinese official documents carry a number of one shape, 机关代字〔年份〕序号号 (浦合府〔2021〕3号,
某政发[2022]12号, 某办（2020）5号), printed under the masthead or, on a government portal, in the
disclosure block (发文字号 / 文号). It is read by that shape where the genre puts it: after its
label, or alone on a line, near the top. A number inside the body belongs to a document the
report cites (《…意见》（国办发〔2020〕42号）), never to the report: when the header has none the
answer says so instead of passing a cited policy's number off as the report's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.extractive import CitationBook
from answering.meta_parts import MetaCiter, framed, paragraph, plain
from reportqa.answer import Answer, Kind, Paragraph, Text
from reportqa.text import to_simplified
from reportqa.types import ReportInfo

# 「发文字号」「文号」「文件字号」「发文号」 (文件编号 often holds the portal's index number instead)
ASKS_NUMBER = re.compile(r"发文字号|发文号|文件字号|文件编号|文号")
# what else a question about the report's own number may say
_FRAME = re.compile(
    r"发文字号|发文号|文件字号|文件编号|文号|这份|那份|该|本|这个|那个|报告|文件|材料|页面|上|里|中|"
    r"的|是|为|多少|什么|啥|哪个|几号|有没有|有|写|没|吗|呢|请问|一下|分别|各|都|它们|它|"
    r"[，,。？?！!、\s]"
)
_NUMBER = (
    r"[\u4e00-\u9fff]{1,12}\s*[〔\[［（(【]\s*(?:19|20)\d{2}\s*[〕\]］）)】]\s*第?\s*\d{1,5}\s*号"
)
_LABEL = r"(?:发文字号|发文号|文件字号|文件编号|文号)"
# the value right after its label (colon, bracket or table bar between), or alone on a line
_LABELLED = re.compile(rf"{_LABEL}\s*[\]】]?\s*[:：]?\s*[|｜]?\s*({_NUMBER})")
_ALONE = re.compile(rf"^[\s\-•·*]*({_NUMBER})\s*$", re.M)
_EMPTY_LABEL = re.compile(rf"{_LABEL}\s*[\]】]?\s*[:：]")
HEADER = 1500  # characters: masthead, portal block and title come before the body


def asks_own_number(q: str, names: Sequence[str]) -> bool:
    """「X镇这份报告的文号是多少」: the number of the report itself, nothing else named
    (「印发《…通知》的文号」 asks for a cited document's number: a text question)."""
    if not ASKS_NUMBER.search(q) or "《" in q:
        return False
    for name in sorted(names, key=len, reverse=True):
        q = q.replace(name, "")
    return not re.search(r"[\u4e00-\u9fff]{2,}", _FRAME.sub("", q))


def number_span(text: str) -> tuple[int, int] | None:
    """Where the report's own number stands in its header (label included), if anywhere."""
    head = to_simplified(text[:HEADER])
    m = _LABELLED.search(head) or _ALONE.search(head)
    return (m.start(), m.end()) if m else None


def number_run(book: CitationBook, info: ReportInfo, cite: MetaCiter) -> tuple[bool, Text]:
    """Whether the header gives the report's number, and 「发文字号是「…」」 quoted from it and
    cited, or that it gives none."""
    text = cite.text(info.report_id)
    at = number_span(text)
    if at is None:
        head = to_simplified(text[:HEADER])
        empty = "页面的文号一栏为空，" if _EMPTY_LABEL.search(head) else ""
        return False, Text(f"{empty}没有写明本报告的发文字号")
    n = cite.span(book, info, *at, "页面信息")
    m = re.search(_NUMBER, to_simplified(text[at[0] : at[1]]))
    value = text[at[0] + m.start() : at[0] + m.end()] if m else text[at[0] : at[1]]
    return True, Text(f"发文字号是「{value}」", (n,) if n else ())


def number_answer(q: str, infos: Sequence[ReportInfo], cite: MetaCiter) -> Answer:
    """One line per unit: its number quoted from the header, or that the report gives none."""
    book = CitationBook()
    firsts = list({i.shown: i for i in reversed(infos)}.values())[::-1]
    lines, names = [], []
    for info in firsts:
        found, said = number_run(book, info, cite)
        if not found:
            lines.append(paragraph(f"{info.shown}的报告{said.text}。"))
            continue
        lines.append(Paragraph((Text(f"{info.shown}的报告", ()), said, Text("。"))))
        names.append(info.shown)
    if not names:
        cited = any(re.search(_NUMBER, cite.text(i.report_id)) for i in firsts)
        note = "（正文中引用的其他文件的文号不是本报告的文号。）" if cited else ""
        return plain(q, "".join(t.text for p in lines for t in p.runs) + note, len(firsts))
    kind = Kind.FACT if len(firsts) == 1 else Kind.COMPARE
    return framed(q, kind, tuple(lines), tuple(names), book, len(firsts))
