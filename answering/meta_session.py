"""At which session a work report was delivered: 「在哪次会上作的」「是哪次人代会上的报告」.

A government work report is a speech to a people's congress, and its printed form says to which
session under the title (「——2025年3月5日在第十四届全国人民代表大会第三次会议上」), or in its
news caption (「在十四届全国人大三次会议上作《政府工作报告》」), or in its opening (「在区第六届人民
代表大会第二次会议上」). That line, quoted and cited, answers; searching the body for 「会」 finds
meetings the report tells of, never the one it was read at. A report with no such line (an annual
法治政府建设 report, written to a superior) names none, and the question is left to the search
rather than answered by a meeting the report tells of.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.extractive import CitationBook
from answering.meta_parts import MetaCiter, framed, paragraph
from answering.meta_span import each_report
from reportqa.answer import Answer, Kind, Paragraph, Text
from reportqa.text import to_simplified
from reportqa.types import ReportInfo

# the question: which meeting (session, congress) the report was delivered at; a meeting the
# report tells of (「召开了几次常务会议」) is asked with 召开/开了, never with 在…上作/宣读. The
# delivering verb must end the question, only the report and asking words after it: a verb
# with an object of its own asks of a meeting the report tells of (「在哪次会议上讲到了房地产」
# 「在什么大会上作出了部署」「总书记在什么大会上发表的重要讲话」)
_MEETING = r"(?:会议?|大会|人代会|人大会议?)"
_VERB = r"(?:作|做|宣读|讲|发表)"
_REST = r"(?:这份|该|此)?(?:政府)?(?:工作)?(?:报告)?的?[？?吗呢。！!\s]*$"
_TAIL = rf"(?:{_VERB}(?:了|的)?)?{_REST}"
ASKS = re.compile(
    rf"在(?:哪|什么|哪一)(?:次|届|个)?{_MEETING}上?的?{_TAIL}"
    rf"|(?:哪|什么|哪一)(?:次|届|个)?{_MEETING}上{_VERB}(?:了|的)?{_REST}"
    rf"|(?:第?几届|第几次)(?:人大|人民代表大会)(?:第?几次)?(?:会议)?上?{_TAIL}"
)

_NUM = "[一二三四五六七八九十]{1,3}"
# the session: 第X届…人民代表大会/人大 (its place may stand between) 第Y次会议, said with 在…上
SESSION = re.compile(
    rf"在\s*((?:[\u4e00-\u9fff]{{0,8}}?)第?{_NUM}届[\u4e00-\u9fff]{{0,8}}?"
    rf"(?:人民代表大会|人大)(?:常务委员会)?第?{_NUM}次(?:全体)?会议)\s*上"
)


def asks_session(q: str) -> bool:
    return bool(ASKS.search(q))


# a news caption: the session opened, and the report delivered at it in the next sentence
# (「第十二届全国人民代表大会第五次会议在北京人民大会堂开幕。国务院总理李克强作政府工作报告。」)
_OPENED = re.compile(
    rf"((?:[\u4e00-\u9fff]{{0,8}}?)第?{_NUM}届[\u4e00-\u9fff]{{0,8}}?(?:人民代表大会|人大)"
    rf"第?{_NUM}次(?:全体)?会议)[^。\n]{{0,20}}?开幕[。，,]?[^。\n]{{0,30}}?作(?:了)?[^。\n]{{0,6}}?报告"
)
# the speech's first words: a session named after them is one the report tells of
_ADDRESS = re.compile(r"各位代表|各位委员")
# the session line under the title: a dash and the day before 在
_DATELINE = re.compile(r"(?:^|\n)\s*(?:[—\-－]+[^\n]{0,12}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*$")
_DELIVERED = re.compile(r"^[^。\n]{0,16}?作[^。\n]{0,6}报告")


def session_of(text: str) -> re.Match | None:
    """The session the report was read at: named in the session line under the title, in a
    caption saying the report was delivered there (「在…会议上作《政府工作报告》」), or anywhere
    before the speech begins. A session named inside the speech (「在区一届人大一次会议上，我们
    提出了六大承诺」) is an earlier one, where a promise was made, so it is none of these."""
    text = to_simplified(text)
    address = _ADDRESS.search(text)
    for m in SESSION.finditer(text):
        if address is None or m.start() < address.start():
            return m
        if _DATELINE.search(text[max(0, m.start() - 20) : m.start()]):
            return m
        if _DELIVERED.match(text, m.end()):
            return m
    return _OPENED.search(text)


def session_answer(q: str, infos: Sequence[ReportInfo], cite: MetaCiter) -> Answer | None:
    """One line per unit: the session its report names, quoted and cited; None when no report
    names one (the question is then searched in the text like any other)."""
    book = CitationBook()
    reports = each_report(infos)
    if not any(session_of(cite.text(info.report_id)) for info, _ in reports):
        return None
    lines, names = [], []
    for info, name in reports:
        text = cite.text(info.report_id)
        m = session_of(text)
        names.append(info.township)
        if m is None:
            lines.append(paragraph(f"{name}的报告没有写明是在哪次会议上作的。"))
            continue
        n = cite.span(book, info, m.start(), m.end(), "正文")
        said = f"{name}的报告是在{m.group(1)}上作的（「{text[m.start() : m.end()]}」）"
        lines.append(Paragraph((Text(said, (n,) if n else ()), Text("。"))))
    kind = Kind.FACT if len(reports) == 1 else Kind.COMPARE
    return framed(q, kind, tuple(lines), tuple(names), book, len(infos))
