"""One unit over several years (「南山区历年行政复议案件数量」「比较南山区2014年和2016年的…」).

A library holds a unit's report year after year (a district's work report each spring, a
township's annual 法治政府建设 report kept by the county). A user who names one unit and
says its years — 历年, 每年, 各年度, 逐年, 这几年, 近三年, 2014年和2016年, 2014到2018年,
2019年以来, or counts its reports (两份龙岗的报告) — asks the same thing of each of that unit's reports: the years are the scope,
never a word the report must write (no report says 「历年」 of itself), and the answer is
the compare table with one row per report (unit and year), ordered by year, each cell the quoted value or
「未提及」. 「哪一年…最多/最少」 ranks those rows by the number each quotes; 「哪一年最早/首次」
names the earliest report that says it.

Only one unit: 「2019年罗湖区和坪山区各…」 is two units' reports of one year, the ordinary
comparison; with no unit named, 「每年」 over many units is a which-question's condition.
A span of years counts back from the unit's own latest report (近三年 = its last three
report years), as the library cannot know the asker's today better than the reports do.
「三年行动计划」「五年规划」 name a plan, not a span: they take no 近/这/最近 before them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reportqa.answer import Answer, CompareRow, CompareTable, Kind, Paragraph, Text
from reportqa.text import cn_small
from retrieval.dates import full_years

if TYPE_CHECKING:
    from retrieval.query import Analysis

_N = r"[一二两三四五六七八九十\d]{1,3}"
_PLAN = r"(?!行动|计划|规划|攻坚|工作方案|实施方案|专项)"
# said as the scope of the unit: every year of its reports
_EVERY = re.compile(
    r"历年来|历年|每一年|每年度|每年|各个?年度|各年份?|逐年|"
    r"这几年|近几年|这些年|近些年|最近几年|过去几年|"
    # 「两份龙岗的报告」「龙岗的两份报告」: a count of one unit's reports is each of them (a
    # unit reports once a year), never a topic 「两份X」; 这/那两份 point at reports shown, 第二份
    # is one report by its place, and 「三份报告中哪份」 asks one of them
    r"(?<![这那哪几第])[两二三四五六七八九十]份(?=[^，,。？?]{0,8}?报告)(?![^，,。？?]{0,6}?哪)"
    # 「几份报告里各是多少」「几份报告里分别怎么说的」「各份报告」「每份报告里」: each of the unit's
    # reports asked in turn (几份 with 各/分别/都 after it is no question how many reports)
    r"|(?<![这那哪第])几份报告(?:里|中|当中)?(?=[^，,。？?]{0,4}?(?:各|分别|都))"
    r"|各份报告|每一?份报告"
)
# 「每人每年培训多少学时」「每年最少搞几次」: 每年 as a rate or a standard (a quota per year
# each report states once), part of the need, not the scope
_RATE = re.compile(
    r"每(?:人|名|位|个|户|村|单位)每年|人均每年|"
    r"每年(?:度)?(?:都)?(?:最少|至少|最多|不少于|不低于|要求?|应当?|须|必须|得|需要?)|"
    r"每年.*(?:要求|标准|硬性)|"
    # a time each year (培训得几个钟头, 多少学时): a per-year standard, not a yearly count
    r"每年.*(?:(?:几|多少)个?(?:学时|课时|小时|钟头|天|日|分钟)|多长时间|多久)"
)
_LAST_N = re.compile(rf"(?:近|最近|过去|这)({_N})[个]?年(?:来|间|里|中)?{_PLAN}")
_RANGE = re.compile(r"((?:19|20)\d\d)年?(?:度)?\s*(?:到|至|－|-|—|~|～)\s*((?:19|20)\d\d)年(?:度)?")
_YEAR = re.compile(r"((?:19|20)\d\d)年(?:度)?")
# one report named by its year and read inside (「2011年那份报告里」「2010年的报告中」「2002年那份
# 说」): a year said after it is a year its text speaks of — the year it reviews, its plan's
# horizon, a baseline (「到2015年」「由2015年的」) — never a second report to read across
_ONE_REPORT = re.compile(
    r"((?:19|20)\d\d)年度?(?:的)?(?:(?:那|这)一?(?:份|篇)(?:报告)?|(?:政府)?(?:工作)?报告)"
    r"(?:里头|里面|里|中|内|上)?(?:说|讲|提到|写)?"
)


def inside_one_report(q: str) -> bool:
    """Does ``q`` name one report by its year and say every other year after it, inside it?"""
    found = list(_ONE_REPORT.finditer(q))
    if len(found) != 1 or _RANGE.search(q):
        return False
    inside = found[0].group(0)[len(found[0].group(1)) :]
    said = re.search(r"里|中|内|上|说|讲|提到|写", inside)
    before = [int(y) for y in _YEAR.findall(q[: found[0].start()])]
    return bool(said) and not before


_SINCE = re.compile(r"(?:从|自)?((?:19|20)\d\d)年(?:度)?(?:以来|至今|到现在|到今天)")
# 「哪一年…最多」: the year is the answer, ranked over the unit's reports
_WHICH_YEAR = re.compile(r"哪一年|哪一个年度|哪个年份|哪个年度|哪一年度|哪年|什么年份|哪些年份?")
_MOST = re.compile(r"最多|最高|最大")
_LEAST = re.compile(r"最少|最低|最小")
_FIRST = re.compile(r"最早|首次|第一次|头一次|最先")
_LATEST = re.compile(r"最晚|最近一次|最后一次")
# 「有什么变化」「增减如何」 over a unit's years asks the difference between its rows, which
# the table shows; no report writes 变化 of its own count
# (「说法有啥不一样」: how each report words it is its quote, which the row shows)
_CHANGE = re.compile(
    r"(?:的?(?:说法|提法|表述|写法))?(?:有|发生了?)?(?:什么|啥|哪些|何|怎样的|多大的?)?"
    r"(?:变化|不同|不一样|区别|差别|差异|增减)(?:情况)?(?:如何|怎么样|怎样)?"
)
# 「17年那份和23年那份」: a year pointing at a report (那份, 这份, 的报告) names the report by its
# cover year as readily as by the year it covers (``answering.plan_years``)
_REPORT_YEAR = re.compile(r"(?:19|20)\d\d年度?的?(?:那一?份|这一?份|报告)")
# the pointers left when those years are taken out (「那份和那份」): no topic
_POINTERS = re.compile(r"(?:那一?份|这一?份)(?:报告)?(?:里|中)?(?:和|与|跟|同)?")
# 「各是多少，涨了多少」: a change asked after each row's value is the difference between the
# rows (the table shows it), not a growth each report must write of itself
_BETWEEN = re.compile(
    r"((?:各|分别)(?:是|为|有)?多少)[，,、]?\s*(?:又|一共|总共)?"
    r"(?:涨|增加|增长|增|多|减少|减|少|降低|下降|降|变)了?多少"
)


@dataclass(frozen=True)
class YearsAsked:
    """The years said as scope. ``years``: named years (2014年和2016年, a span expanded);
    ``last``: how many of the unit's latest report years (近三年), 0 for every year;
    ``rank``: most / least / first / last when the year is what is asked; ``since``: the
    first year of 「2019年以来」 (every report from it on); ``text``: the
    question without the scope words (what the reports are searched for)."""

    text: str
    years: tuple[int, ...] = ()
    last: int = 0
    rank: str = ""
    since: int = 0
    by_report: bool = False  # every year said points at a report: a cover year reads too


def read(question: str) -> YearsAsked | None:
    """The years a question says as its scope, or None (one year, or none, is no span). A
    two-digit year is the year people mean (「盐田09年和21年的GDP」: ``retrieval.dates``), so
    the years are read in full first."""
    q, rank = full_years(question), ""
    if which := _WHICH_YEAR.search(q):
        for name, pat in (
            ("first", _FIRST),
            ("latest", _LATEST),
            ("most", _MOST),
            ("least", _LEAST),
        ):
            if pat.search(q):
                rank = name
                break
        if not rank:
            return None  # 「哪一年开始的」 without a ranking asks a date, read elsewhere
        q = q[: which.start()] + q[which.end() :]
        if rank in ("first", "latest"):
            q = _FIRST.sub("", _LATEST.sub("", q))
        else:  # the ranking is done over the rows; each report is asked its count
            asks = "" if re.search(r"多少|几", q) else "有多少"
            q = (_MOST if rank == "most" else _LEAST).sub(asks, q, count=1)
    years: list[int] = []
    for m in _RANGE.finditer(q):
        a, b = sorted((int(m.group(1)), int(m.group(2))))
        if b - a <= 30:
            years.extend(range(a, b + 1))
    q = _RANGE.sub("", q)
    since = 0
    if m := _SINCE.search(q):
        since = int(m.group(1))
        q = q[: m.start()] + q[m.end() :]
    named = [int(y) for y in _YEAR.findall(q)]
    last = 0
    if m := _LAST_N.search(q):
        last = cn_small(m.group(1))
        q = q[: m.start()] + q[m.end() :]
    every = _EVERY.search(q)
    if every and every.group(0).startswith("每") and _RATE.search(q):
        every = None
    if every:
        q = q[: every.start()] + q[every.end() :]
    if inside_one_report(q):  # 「2011年那份报告里说2010年…」: one report, a figure's year
        named = []
    by_report = len(_REPORT_YEAR.findall(q)) == len(named) >= 2 and not years
    if years or len(set(named)) >= 2:
        q = _YEAR.sub("", q)
        q = _POINTERS.sub("", q) if by_report else q
        years = sorted(set(years) | set(named))
    elif not (every or last or rank or since):
        return None
    q = _BETWEEN.sub(r"\1", _CHANGE.sub("", q))
    text = re.sub(r"\s+", "", q) or question
    return YearsAsked(text, tuple(years), last, rank, since, by_report)


def recast(
    asked: YearsAsked,
    analysis: Analysis,
    analyze: Callable[[str], Analysis],
    unit_years: Callable[[tuple[str, ...]], Sequence[int | None]],
    scope: Sequence[str] = (),
) -> Analysis | None:
    """The question as a comparison over the one unit's reports of the years asked, or None
    when it names no single unit (then the years are not a unit's span)."""
    again = analyze(asked.text)
    units = again.townships or tuple(scope)
    if len(units) != 1 or (again.counties and not again.townships):
        return None
    if not any(c.required for c in again.concepts):
        return None  # 「南山区历年的报告有哪些」: about the reports themselves, no topic
    each = [y for y in unit_years(units) if y]
    have = sorted(set(each))
    if not have:
        return None
    if asked.years:
        # a report's cover year (the year after the one it covers) when the unit has no report
        # covering the year itself — only for years said as reports (「17年那份」)
        said = [
            y - 1 if asked.by_report and y not in have and y - 1 in have else y for y in asked.years
        ]
        years = tuple(y for y in dict.fromkeys(said) if y in have) or asked.years
    elif asked.last:
        years = tuple(have[-asked.last :])
    elif asked.since:
        years = tuple(y for y in have if y >= asked.since) or (asked.since,)
    else:
        years = ()  # every year the unit has
    if sum(1 for y in each if not years or y in years) < 2:
        # one report in the span: nothing to set side by side, the plain answer of its kind
        # (its headline states the value); the span's words still are no need
        return replace(again, years=years)
    return replace(again, kind=Kind.COMPARE, years=years)


def about_reports(asked: YearsAsked, analyze: Callable[[str], Analysis]) -> str | None:
    """「南山区历年的报告有哪些」: every year of a unit said of its reports, no topic — the
    question about the reports themselves without the span words (a list of all its reports
    answers it). None for a span that narrows (近三年, two years) or a question with a topic."""
    if asked.years or asked.last or asked.rank or asked.since:
        return None
    again = analyze(asked.text)
    if len(again.townships) != 1 or any(c.required for c in again.concepts):
        return None
    return asked.text


def finish(asked: YearsAsked, answer: Answer, reports: Sequence) -> Answer:
    """The comparison made a table of the unit's reports: a row a report, named with its
    year, in year order, a report with nothing quoted 「未提及」; the year asked ranked."""
    table = answer.compare
    if table is None or not table.rows:
        return answer
    cited = {r.citation.report_id for r in table.rows if r.citation}
    unit = table.rows[0].unit
    rows = [replace(r, by_year=True) for r in table.rows if r.citation]
    for info in reports:
        if info.report_id not in cited:
            rows.append(
                CompareRow(info.shown or unit, "未提及", None, None, info.year, by_year=True)
            )
    rows.sort(key=lambda r: (r.year or 0, r.citation is None, r.citation.n if r.citation else 0))
    new = CompareTable(tuple(rows))
    body = list(answer.body)
    at = next(i for i, b in enumerate(body) if b is table)
    head = body[at - 1 : at]
    pick = _ranked(asked.rank, rows)
    body = [*(pick or body[: max(at - 1, 0)]), *head, new, *body[at + 1 :]]
    return replace(answer, body=tuple(body), compare=new, picked=())


def _ranked(rank: str, rows: Sequence[CompareRow]) -> tuple[Paragraph, ...]:
    """「哪一年最多」: the report year whose quote gives the largest number of one kind;
    「最早」: the earliest year whose report quotes it. Only the cells' own numbers count."""
    if not rank:
        return ()
    cited = [r for r in rows if r.citation]
    if rank in ("first", "latest"):
        if not cited:
            return ()
        r = cited[0] if rank == "first" else cited[-1]
        word = "最早" if rank == "first" else "最近"
        runs = [Text(f"按各年度报告原文，{word}写到的是 "), Text(r.shown, strong=True)]
        return (Paragraph((*runs, Text("的报告。", (r.n,)))),)
    word = "最多" if rank == "most" else "最少"
    numbered = [r for r in cited if r.magnitude is not None]
    measures = {r.measure for r in numbered}
    if not numbered or len(measures) > 1:
        said = "引文中没有可以相互比较的同类数字" if numbered else "引文中没有数字"
        return (Paragraph((Text(f"{said}，无法判断哪一年{word}。"),)),)
    best = (max if rank == "most" else min)(r.magnitude for r in numbered)
    top = [r for r in numbered if r.magnitude == best]
    runs: list[Text] = [Text(f"按各年度报告引文中的数字，{word}的是 ")]
    for i, r in enumerate(top):
        if i:
            runs.append(Text("、"))
        runs += [Text(r.shown, strong=True), Text(f"（{r.label}）", (r.n,))]
    runs.append(Text("。"))
    unsaid = len(rows) - len(numbered)
    if unsaid:
        runs.append(Text(f"（另有 {unsaid} 份报告的引文没有给出可比的数字。）"))
    return (Paragraph(tuple(runs)),)
