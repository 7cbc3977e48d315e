"""When a report was issued: 「甲县和乙县的报告分别是啥时候发出来的」「X镇的报告哪天发布的」.

A report carries two dates of its own, neither of them the year it covers: the date under its
signature (落款, 「2024年1月30日」 on its own line after the issuing organ, the day it was
written) and, on a portal copy, the labelled fields of the page's disclosure block
(发布时间, 成文日期…, ``ingest.page_chrome.DATE``). Both are quoted where the text has them,
each line cited; a report with neither is said not to give a date, never given one guessed
from its year. A date inside the report's prose (「6月15日召开推进会」) is what happened, not
when the report was issued, so it is never read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.extractive import CitationBook, _label
from answering.frame_only import frame_only
from answering.meta_parts import ISSUE_DATE, ISSUED_ORDER, WHEN, MetaCiter, framed, paragraph
from answering.meta_publisher import publisher_line
from answering.page_fields import PUBLISHER_FIELD, without_page_place
from ingest.page_chrome import DATE
from reportqa.answer import Answer, Bullets, Kind, Paragraph, Text
from reportqa.text import cn_small, cn_year, to_simplified
from reportqa.types import ReportInfo
from retrieval.query import Analysis

_DAY = (
    r"(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)|"
    r"[〇○零一二]{1}[〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)
_SP = r"[ \t\u3000]*"
# a labelled field of the page: 「发布时间：2024-02-06 10:30」「[成文日期] 2025年1月12日」, the
# value on the next line after a colon (a table copied cell by cell)
_FIELD = re.compile(
    rf"[\[【]?{_SP}(?P<label>{DATE}){_SP}[\]】]?{_SP}(?:[:：]\s{{0,4}}|{_SP})(?:[|｜]{_SP})?(?P<day>{_DAY})"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
# a date standing alone on its line: the signature's (the organ may share the line), one in
# brackets under a title, or an unlabelled cell of a page's disclosure list (「  • 2020-05-07」)
_ORGAN = r"[\u4e00-\u9fff]{2,30}(?:人民政府|政府|办事处|委员会|党委|党工委|区委|县委|市委)"
_ALONE = re.compile(
    rf"^{_SP}[•·*\-]?{_SP}(?:{_ORGAN}{_SP})?[（(]?{_SP}(?P<day>{_DAY}){_SP}[）)]?{_SP}$",
    re.MULTILINE,
)
_HEAD = 3000  # the disclosure block sits above the title


def asks_issue_date(q: str) -> bool:
    """Does the question ask on which day a report was issued (not the year it covers)?"""
    return bool(ISSUE_DATE.search(q))


def without_issue_words(q: str) -> str:
    """The question without its words asking the date: what is left must be frame alone."""
    q = PUBLISHER_FIELD.sub("", without_page_place(q))  # 「页面表格里的发布机构和发文日期」
    return re.sub(WHEN, "", ISSUE_DATE.sub("", q))  # 「成文日期是哪天」: 哪天 asks it too


def issue_dates(text: str, title: str = "") -> list[tuple[int, int, str, str]]:
    """(start, end, labels, day) of every day the report gives for itself, one entry per day
    (cited where first written): its page fields in the opening, an unlabelled date above
    its ``title`` (page chrome), and the last date alone on a line below it (the signature)."""
    simple = to_simplified(text)
    found = [
        (m.start(), m.end(), re.sub(r"\s+", "", m.group("label")), m.group("day"))
        for m in _FIELD.finditer(simple[:_HEAD])
    ]
    at = simple.find(title, 0, _HEAD) if len(title) >= 6 else -1
    alone = [
        m for m in _ALONE.finditer(simple) if not any(s <= m.start() < e for s, e, *_ in found)
    ]
    found += [
        (m.start("day"), m.end("day"), "页面日期", m.group("day")) for m in alone if m.start() < at
    ]
    below = [m for m in alone if m.start() > at]
    if below:
        found.append(
            (below[-1].start("day"), below[-1].end("day"), "落款日期", below[-1].group("day"))
        )
    days: dict[tuple[int, ...], tuple[int, int, str, str]] = {}
    for s, e, label, day in sorted(found):
        key = _ymd(day)
        if key in days:
            s0, e0, labels, day0 = days[key]
            if label not in labels.split("、"):
                days[key] = (s0, e0, f"{labels}、{label}", day0)
        else:
            days[key] = (s, e, label, day)
    return list(days.values())


def _ymd(day: str) -> tuple[int, ...]:
    """「2024-02-06」「2024年2月6日」「二〇二四年二月六日」 → (2024, 2, 6): one day, however written."""
    if re.match(r"\d", day):
        return tuple(int(n) for n in re.findall(r"\d+", day))
    y, rest = day.split("年", 1)
    m, d = rest.rstrip("日").split("月")
    return (cn_year(y), cn_small(m), cn_small(d))


def issue_date_answer(q: str, infos: Sequence[ReportInfo], cite: MetaCiter) -> Answer:
    """One line per report: each date it gives for itself, cited, or 未写明 with its title;
    the page's publisher beside it when the question asks that field too."""
    book = CitationBook()
    lines = []
    publisher = bool(PUBLISHER_FIELD.search(q))
    for info in infos:
        unit = info.township or info.source
        runs: list[Text] = [Text(unit, strong=True), Text(f"的报告《{info.title}》：")]
        runs += day_runs(book, info, cite)
        if publisher and info.publisher:  # 「发布机构和发文日期是什么」: the page's field too
            n = publisher_line(book, info, cite)
            runs.append(Text(f"；发布机构 {info.publisher}", (n,) if n else ()))
        elif publisher:
            runs.append(Text("；页面未写明发布机构"))
        runs.append(Text("。"))
        lines.append(Paragraph(tuple(runs)))
    names = tuple(dict.fromkeys(i.township for i in infos if i.township))
    kind = Kind.FACT if len(names) == 1 else Kind.COMPARE
    if verdict := _order_verdict(q, infos, cite):
        lines.insert(0, Paragraph((Text(verdict),)))
    return framed(q, kind, tuple(lines), names, book, len(infos))


def day_runs(book: CitationBook, info: ReportInfo, cite: MetaCiter) -> list[Text]:
    """Each day the report gives for itself, cited; or that it gives none, cited at its title."""
    dates = issue_dates(cite.text(info.report_id), info.title)
    if not dates:
        n = cite.title(book, info, [info.township or info.source])
        return [Text("未写明发布或成文日期（页面和落款都没有日期）", (n,) if n else ())]
    runs = []
    for k, (s, e, label, day) in enumerate(dates):
        n = cite.span(book, info, s, e, "落款" if label == "落款日期" else "页面信息")
        runs.append(Text(("；" if k else "") + f"{label} {day}", (n,) if n else ()))
    return runs


def _order_verdict(q: str, infos: Sequence[ReportInfo], cite: MetaCiter) -> str:
    """「哪个发得早」: the report issued first (or last), by the earliest day each gives for
    itself (成文 comes before 发布); "" when fewer than two reports give a day, or two share it.
    The reports are told apart by their days alone: the years they cover may be the same. A
    report that gives no day cannot be placed in the order, so the verdict says which it is —
    「最早」 over three is only over those dated."""
    m = ISSUED_ORDER.search(q)
    if m is None or len(infos) < 2:
        return ""
    dated, undated = [], []
    for info in infos:
        days = [_ymd(day) for _, _, _, day in issue_dates(cite.text(info.report_id), info.title)]
        if days:
            dated.append((min(days), info.township or info.source))
        else:
            undated.append(info.township or info.source)
    if len(dated) < 2:
        return ""
    later = (m.group("a") or m.group("b")) in "晚后"
    dated.sort(reverse=later)
    if dated[0][0] == dated[1][0]:
        return ""
    (y, mo, d), unit = dated[0]
    word = "晚" if later else "早"
    verdict = f"按报告所写的日期，{unit}的报告发得更{word}（{y}年{mo}月{d}日）。"
    if undated:
        verdict += f"{'、'.join(dict.fromkeys(undated))}的报告没有写明日期，未能参与比较。"
    return verdict


# Which reports were issued in a year: 「2024年发布的报告有哪些」「哪些报告是2024年发文的」.
# A year said before an issuing verb (发布/印发/发文/公布/发出/挂网…的) is the year the reports
# came out, not the year they review: a report on 2023 is issued early in 2024.
# So the reports are chosen by the days they give for themselves — the page's publication field
# first (发布时间/发布日期/公开日期/发文日期), else any day they give (成文, 落款) — never by the
# year they are filed under. A report that gives no day cannot be placed and is said so.
_VERB = r"(?:发布|公布|印发|发文|发出|签发|挂网|上网|发)"
# the year, perhaps 年/年度/年里, then the verb and 的 (a clause naming reports): 「2024年发布
# 的报告」「是2024年发的」. 「2024年发布了…意见」 (了: a deed the report tells) is not it
_ISSUED = re.compile(rf"(?P<y>(?:19|20)\d{{2}})\s*年?(?:度|里|内|中|当年)?(?:所|被)?{_VERB}的")
_PUBLISHED = re.compile(r"发布|公开|发文|印发")


def issued_years(q: str) -> tuple[int, ...]:
    """The years ``q`` asks reports to have been issued in; () when it says none."""
    return tuple(dict.fromkeys(int(m.group("y")) for m in _ISSUED.finditer(q)))


def without_issued_year(q: str) -> str:
    """``q`` without the year and the verb it is issued by: what is left must be frame."""
    return _ISSUED.sub("", q)


def _days(info: ReportInfo, cite: MetaCiter) -> list[tuple[int, int, str, str]]:
    dates = issue_dates(cite.text(info.report_id), info.title)
    return [d for d in dates if _PUBLISHED.search(d[2])] or dates


def issue_answer(
    q: str, analysis: Analysis, infos: Sequence[ReportInfo], cite: MetaCiter, scoped: bool
) -> Answer | None:
    """A question about when reports were issued, or None: the reports issued in the years
    ``q`` names (「2024年发布的报告有哪些」), else each ``scoped`` report's days (「X镇的报告哪天
    发布的」); a topic left beside the words that ask it is a question of the text."""
    years = issued_years(q)
    if years and frame_only(without_issued_year(q), analysis):
        return issued_in_answer(q, years, infos, cite)
    if scoped and asks_issue_date(q) and frame_only(without_issue_words(q), analysis):
        return issue_date_answer(q, infos, cite)
    return None


def issued_in_answer(
    q: str, years: Sequence[int], infos: Sequence[ReportInfo], cite: MetaCiter
) -> Answer:
    """Each report whose own day falls in one of ``years``, cited at that day."""
    book = CitationBook()
    lines, names, undated = [], [], []
    for info in infos:
        days = _days(info, cite)
        if not days:
            undated.append(info.township or info.source)
        for s, e, label, day in days:
            if _ymd(day)[0] in years:
                n = cite.span(book, info, s, e, "落款" if label == "落款日期" else "页面信息")
                said = f"：《{info.title}》，{label} {day}"
                lines.append((*_label(info), Text(said, (n,) if n else ())))
                names.append(info.township)
                break
    said = "、".join(f"{y}年" for y in years)
    if not lines:
        text = f"库中没有写明于{said}发布的报告（已查看 {len(infos)} 份报告的日期）。"
        return framed(q, Kind.WHICH, (paragraph(text),), (), book, len(infos))
    head = f"共 {len(lines)} 份报告写明的发布日期在{said}（按页面发布时间，无则按成文或落款日期）："
    body = [paragraph(head), Bullets(tuple(lines))]
    if undated:
        body.append(paragraph(f"{'、'.join(dict.fromkeys(undated))}的报告没有写明日期，未能判断。"))
    return framed(q, Kind.WHICH, tuple(body), tuple(dict.fromkeys(names)), book, len(infos))
