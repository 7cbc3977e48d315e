"""The year a report covers — never the year it was published, unless nothing else dates it.

Read in the genre's order of authority: the title (「2023年度法治政府建设情况报告」, 二〇二三年 in
official titles), the page's own title field, the sentence that announces the report
(「现将2023年…报告如下」), the file name, the opening; then a publication date (a report
published in the first half of a year covers the year before) and, on a cut page with none
of these, the year its body names most. Years inside cited documents (《…纲要（2021-2025年）》),
ranges and full dates date nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ingest.meta_signature import SIGNER, closing, year_month
from ingest.report_reading import BOOK, READ, Doc
from ingest.term_review import TERM_REVIEW, term_year
from ingest.work_report import frame_year
from reportqa.text import CN_DIGITS
from reportqa.types import FieldSource

_YEAR = re.compile(r"(?<![\d\-—–~至])((?:19|20)\d{2})(?![\d\-—–~至])\s*年?(?![\d\-—–~至])")
_RANGE_OR_DATE = re.compile(
    r"(?:19|20)\d{2}\s*年?\s*[-—–~至]\s*(?:(?:19|20)\d{2}|\d{1,2})|(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]"
)
_CN_YEAR = re.compile(r"([〇○零一二三四五六七八九]{4})年")  # 二〇二三年 in official titles
# a page that prints its own title in book-title marks (「《白鹭镇2023年度…报告》」) quotes
# itself: the marks enclose the title, not a document it cites
_WHOLE_BOOK = re.compile(r"《([^《》]+)》")
# the 发文字号 of an official document (「青政发〔2024〕3号」): the year it was issued. An annual
# report on 法治政府建设 is issued in the first months after the year it covers (the rules ask
# for it by the end of the first quarter), so an issue year dates it like a January 落款
_DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,12}[〔\[［【(（]((?:19|20)\d{2})[〕\]］】)）]\s*\d{1,4}\s*号"
)
REPORT_PHRASE = re.compile(r"现将([^。\n]{0,40}?)((?:19|20)\d{2}年?|年度|法治|有关|工作|情况)")


def first_year(s: str) -> int | None:
    s = _CN_YEAR.sub(lambda m: m.group(1).translate(CN_DIGITS) + "年", s)
    # a document number (「雁政发〔2021〕8号」) dates the document it names, not the report
    s = _RANGE_OR_DATE.sub(" ", BOOK.sub(" ", _DOC_NUMBER.sub(" ", s)))
    m = _YEAR.search(s)
    return int(m.group(1)) if m else None


# a line naming a report on its own (a title broken over lines names it once, on its last line)
_NAMES_REPORT = re.compile(r"报告|汇报|总结")
_SENTENCE = re.compile(r"[，,。；;]|[:：]$")

Line = tuple[int, str]


def own_title(doc: Doc, block: list[Line]) -> list[Line]:
    """The lines of the report's own title: ``block`` (the head's first title), unless a later
    head line names a report of another year. A copy or template site puts its own heading
    (「县 2022 年法治政府建设工作总结」) above the report's title (「县2019年法治政府建设工作总结」):
    the opening sentence (「2019年，我县…」) or the sentence announcing the report states the year
    the report covers, and the title naming it is the report's; when neither names one of the
    titles' years, the title nearest the body is."""
    if not block:
        return block
    head = [(s, ln) for i, (s, ln) in enumerate(doc.lines) if i < doc.body]
    later = [
        (s, ln)
        for s, ln in head
        if s > block[-1][0]
        and s not in doc.chrome.lines
        and len(ln) <= 60
        and _NAMES_REPORT.search(ln)
        and not _SENTENCE.search(ln)
    ]
    titles = [(block, first_year(" ".join(ln for _, ln in block)))]
    titles += [([line], first_year(line[1])) for line in later]
    titles = [(lines, y) for lines, y in titles if y]
    if len({y for _, y in titles}) < 2:
        return block
    opening = " ".join(ln for _, ln in doc.lines[doc.body : doc.body + 1])[:80]
    stated = " ".join(m.group(0) for m in REPORT_PHRASE.finditer(doc.text[:3000]))
    for said in (first_year(opening), first_year(stated)):
        if chosen := [lines for lines, y in titles if y == said]:
            return chosen[-1]
    return titles[-1][0]


def read_year(
    doc: Doc, title_lines: list[str], source: str
) -> tuple[int | None, FieldSource | None]:
    title_lines = [m.group(1) if (m := _WHOLE_BOOK.fullmatch(t)) else t for t in title_lines]
    candidates = [
        (" ".join(title_lines), "title", 0.95),
        (" ".join(v for _, v in doc.chrome.titles), "title", 0.9),
        (" ".join(m.group(0) for m in REPORT_PHRASE.finditer(doc.text[:3000])), "opening", 0.85),
        (Path(source).stem, "file name", 0.7),
        (" ".join(ln for _, ln in doc.lines[doc.body : doc.body + 2])[:200], "opening", 0.75),
    ]
    for i, (s, origin, conf) in enumerate(candidates):
        if s and (y := first_year(s)):
            return y, FieldSource(origin, conf)
        if i == 1 and (y := _title_range_end(candidates[0][0] + " " + s)):
            return y, FieldSource("title", 0.6)
    if y := frame_year(doc.text):
        return y, FieldSource("heading", 0.7)  # 「一、2015年工作回顾」「三、2016年工作安排」
    # the 落款 date, alone or after its organ (「白鹭镇人民政府2024年1月10日」, 二〇二四年一月十日)
    signed = [
        d for organ, d, _ in closing(doc.text) if d and (not organ or SIGNER.fullmatch(organ))
    ]
    for value in [
        *doc.chrome.dates,
        *doc.chrome.stamps,
        *signed,
    ]:  # published in the first half → the year before
        if m := re.match(r"((?:19|20)\d{2})[-/.年](\d{1,2})", value):
            y, month = int(m.group(1)), int(m.group(2))
        elif found := year_month(value):
            y, month = found
        else:
            continue
        return (y - 1 if month <= 6 else y), FieldSource("publication date", 0.4)
    if y := _issue_year(doc):
        return y - 1, FieldSource("document number", 0.4)
    if y := term_year(doc.text[:READ], doc.text):  # a 换届 report is dated by its delivery
        return y, FieldSource(TERM_REVIEW, 0.4)
    if y := _body_year(doc):
        return y, FieldSource("body", 0.35)
    if y := _plan_year(doc):
        return y, FieldSource("body", 0.3)
    return None, None


# a report's own title over a span of years (「苇溪镇2021—2023年法治政府建设工作总结」): a
# summary of several years is written when the last of them closes, and it covers that year
_TITLE_RANGE = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—–~至]\s*((?:19|20)\d{2})\s*年(?!\d|[)）])")


_CN_RUN = re.compile(r"[〇○零一二三四五六七八九]{4}")


def _title_range_end(title: str) -> int | None:
    """The last year of a span the title itself names; a span inside a cited document's
    title (《…纲要（2021—2025年）》) or in brackets after a plan's name is no report's."""
    s = _CN_RUN.sub(lambda m: m.group(0).translate(CN_DIGITS), title)  # 二〇二一至二〇二三年
    m = _TITLE_RANGE.search(BOOK.sub(" ", s))
    if not m or re.search(r"[（(]\s*$", s[: m.start()]):
        return None
    return int(m.group(1))


def _body_year(doc: Doc) -> int | None:
    """A cut page with no title, opening year or date still dates the work it describes
    (「各便民服务中心2025年度内累计办件…」): the year its body names most often, outside
    documents cited, ranges and dates; on a tie the earlier, since a report looks back on
    its year and only then ahead (「2024年工作打算」)."""
    body_at = doc.lines[doc.body][0] if doc.body < len(doc.lines) else 0
    s = _CN_YEAR.sub(lambda m: m.group(1).translate(CN_DIGITS) + "年", doc.text[body_at:READ])
    s = _RANGE_OR_DATE.sub(" ", BOOK.sub(" ", _DOC_NUMBER.sub(" ", s)))
    counts = Counter(int(m.group(1)) for m in _YEAR.finditer(s) if "年" in m.group(0))
    if not counts:
        return None
    top = max(counts.values())
    return min(y for y, n in counts.items() if n == top)


def _issue_year(doc: Doc) -> int | None:
    """The year in the document number above the report (its 红头, or the page's 文号 field),
    never one cited in the body (「…印发《…》（青政发〔2022〕5号）」)."""
    body_at = doc.lines[doc.body][0] if doc.body < len(doc.lines) else len(doc.text)
    m = _DOC_NUMBER.search(doc.text[:body_at])
    return int(m.group(1)) if m else None


# a yearly plan the unit issued (「印发《赣州市2022年法治政府建设工作要点》」), or put its work
# into (「将学习习近平法治思想列入《2022年度党委理论学习中心组学习计划》」: work is put into the
# plan of the year it is done in): one year, never a span
_PLAN_ISSUED = re.compile(
    r"(?:印发|制定|出台|下发|编制|列入|纳入)(?:了|实施)?《[^《》]{0,16}?(?<![\d\-—–~至])"
    r"((?:19|20)\d{2})\s*年度?(?![\d\-—–~至])[^《》]{0,40}?"
    r"(?:工作要点|工作计划|学习计划|工作安排|任务清单)》"
)


def _plan_year(doc: Doc) -> int | None:
    """A cut page whose only years sit inside cited documents (「年，我市坚持…」 lost its digits)
    is still dated by the yearly plan the unit says it issued: the work a report looks back on
    is that year's plan carried out, and the plan for the year ahead belongs to its closing
    「下一步」, which a cut page rarely reaches. Only one year of such plans counts."""
    body_at = doc.lines[doc.body][0] if doc.body < len(doc.lines) else 0
    years = {int(m.group(1)) for m in _PLAN_ISSUED.finditer(doc.text[body_at:READ])}
    return years.pop() if len(years) == 1 else None
