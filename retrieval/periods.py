"""A question naming a period is answered from sentences of that period, never of another.

A district's work report (政府工作报告) delivered at the turn of a five-year plan reviews the
plan just ended (「一、2020年工作和“十三五”发展回顾」) and sets out the next (「二、“十四五”时期
主要目标」); an annual one reviews a year and plans the next (「2024年工作安排」), and a 法治政府
建设 report reviews its year and closes with the next year's plans. The same count (新增学位,
开展讲座) is then written under two periods in one report, and a question naming one of them
(「十四五期间新增了多少学位」) is not answered by the other's figure. So a sentence is of the
periods it names itself, or — naming none — of those its heading names; one whose periods all
lie outside the asked one is no evidence for it. A sentence naming no period under a heading
naming none is read under the report's own period, as before. A period named only as what a
figure is compared with or counted from (「是“十二五”时期的2.5倍」「比2022年增长」「2019年以来」)
is not the sentence's period. A year is inside a five-year plan (2021 is in 十四五), so the
plan's yearly sections stay evidence for it. Halves of a year are periods too: reports date
deeds 「上半年」「下半年」, and the one is no answer for the other. A year a work report is
called by — the year on its cover (delivered in 2021, reviewing 2020: ``answering.plan_years``)
or the year the library dates it by — names the report rather than a period in it:
「罗湖区2018年处理了多少宗行政复议」 means the 2018 report, whose count sits under 「2017年工作
回顾」; of several years asked (「2021年、2022年、2024年的报告里」), the one naming a work report
picks it and the rest pick other reports, so none is a period inside it. A 法治政府建设 report covers the year it is called by, so there the year asked is its
period and the next year's plans are not. A target asked (「增长目标定了多少」) is of the plan
part whatever year is named (``retrieval.plan_targets``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.deed_range import deed_ranges, without_deed_ranges
from retrieval.event_dates import undated_events
from retrieval.pinned_years import listed_years, not_pinned_here
from retrieval.plan_targets import asks_plan, of_plan, sentences_of_plan
from retrieval.question_scope import WORK, of_genre
from retrieval.report_parts import (
    asks_intent,
    of_part,
    part_asked_of,
    part_of,
    sentences_of_part,
)

__all__ = [
    "Period",
    "asked_periods",
    "elsewhere",
    "of_asked_period",
    "other_period",
    "sentences_of_period",
    "unit_periods",
]

_COVER = re.compile(r"(?:19|20)\d{2}")  # a year in a title
# 「十二五」…「十五五」: the Nth five-year plan; the 11th began in 2006
_PLAN = re.compile(r"十([一二三四五六七八九])五")
_PLAN_NUM = {c: i for i, c in enumerate("一二三四五六七八九", start=11)}
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!度?以来|度?以前|度?之前|底以来)")
# what a figure is compared with or counted from: 比/较/与/同 before, 以来/的N倍/同期 after
_BASELINE = re.compile(
    r"(?:比|较|与|同|相比|对比|高于|低于|超过|是|为|自|从)[“”\"「」\s]*"
    r"(?:(?:19|20)\d{2}\s*年|十[一二三四五六七八九]五|[上下]半年)"
    r"|(?:(?:19|20)\d{2}\s*年|十[一二三四五六七八九]五)[“”\"」\s]*(?:时期|期间|末)?"
    r"(?:以来|的[\d.一二三四五六七八九十两]+倍|同期|相比)"
)
# 「2019年至2021年」「2019—2021年」: one span, every year of it
_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:至|到|—|－|-|~|～)\s*((?:19|20)\d{2})\s*年")
# 「上半年」「2023年下半年」: half a year, of the year named or (none named) of the report's
_HALF = re.compile(r"(?:((?:19|20)\d{2})\s*年)?\s*([上下])半年")
_ANY_YEAR = (0, 9999)
# 「2009年、2014年、2016年的那几份报告里」「2019年的法治政府建设报告中」: years said of the
# reports pick those reports, and then every part of each (its plan part too), no period.
# Only words of the reports stand between the years and 报告 — 的, 那几份, 年度, their genre
# (法治政府建设, 政府工作, 换届, 工作情况), their level (区级, 县区级), an aside in brackets: a deed
# there (「2019年建成平台的报告」) makes the year the deed's
_REPORTS_YEARS = re.compile(
    r"(?:(?:19|20)\d{2}\s*年度?\s*(?:以前|之前|以后|之后|以来)?\s*[、，,和与及]?\s*)+"
    r"(?=(?:[的那这几两一些份篇]|年度|法治政府建设|法治建设|依法行政|政府工作|工作|情况|换届|"
    r"[县区市镇乡街道]{1,3}级|（[^（）]{0,12}）|\([^()]{0,12}\)|[）)])*报告)"
)


@dataclass(frozen=True)
class Period:
    """A span of years named: one year (first == last), a five-year plan, or a half of a
    year (``half`` 上 or 下; any year when the text names none beside it)."""

    first: int
    last: int
    half: str = ""
    deed: bool = False  # the deed's date (``deed_range``): undated text, its report's year

    def meets(self, other: Period) -> bool:
        """The two spans share time: 2021 is in 十四五, 十三五 is not 十四五; 上半年 is not
        下半年, and a half is in its year."""
        if self.half and other.half and self.half != other.half:
            return False
        return self.first <= other.last and other.first <= self.last


def _periods(text: str) -> set[Period]:
    """The periods a text names as its own (baselines cut out first)."""
    text = _BASELINE.sub(" ", to_simplified(text))
    found = {Period(*((int(y),) * 2 if y else _ANY_YEAR), h) for y, h in _HALF.findall(text)}
    text = _HALF.sub(" ", text)
    found |= {Period(int(a), int(b)) for a, b in _SPAN.findall(text) if a <= b}
    text = _SPAN.sub(" ", text)
    found |= {Period(int(y), int(y)) for y in _YEAR.findall(text)}
    for m in _PLAN.finditer(text):
        start = 2006 + 5 * (_PLAN_NUM[m.group(1)] - 11)
        found.add(Period(start, start + 4))
    return found


def asked_periods(question: str) -> set[Period]:
    """The periods a question names (「十四五期间」「2023年」); empty when it names none. The
    year of an event it names (「18年那个台风」) is the event's, no period (``event_dates``);
    years said of the reports (「2016年、2019年的那几份报告里」) pick reports, no period; a
    range dating the deed (「2015年以前就开始」) bounds the deed's date (``deed_range``)."""
    deeds = {Period(a, b, deed=True) for a, b in deed_ranges(question)}
    said = without_deed_ranges(undated_events(question))
    return _periods(_REPORTS_YEARS.sub(" ", said)) | deeds


def other_period(
    asked: set[Period],
    text: str,
    heading: str,
    info: ReportInfo | None = None,
    review: bool = False,
) -> bool:
    """The sentence ``text`` under ``heading`` is of another period than every one asked:
    its own periods, or its heading's when it names none, all lie outside them; so one
    naming the asked period as its own (not as a baseline) is never of another, and one
    opening with a clause that names no period is of its heading's too (``_undated_lead``).
    ``review``: the question asks what a year came to, no plan or target (``asks_plan``,
    ``asks_intent``): a work report asked by its year then gives no goal of a later year."""
    if info is not None and of_genre(info, WORK):
        names = {info.year, *(int(y) for y in _COVER.findall(info.title))}
        if any(p.first == p.last and not p.half and p.first in names for p in asked):
            # the years asked pick reports (「2021年、2024年的报告里」): the others are other
            # reports' years, no period inside this one
            years = {p.first for p in asked if p.first == p.last and not p.half}
            asked = {p for p in asked if p.first != p.last or p.half}
            if not asked and review:  # what the year came to, no plan or target asked
                return _beyond_asked(text, heading, info.year, years, max(y for y in names if y))
    if not asked:
        return False
    own = _periods(text)
    lead_free = False
    if own and _undated_lead(text):
        # 「严格落实X制度，2024年年初组织考试」: the opening clause is of the heading's period
        # (or the report's, the heading naming none), the year dates only what follows it
        lead = _periods(heading)
        if lead:
            own |= lead
        else:
            lead_free = True
    own = own or _periods(heading)
    plain = {a for a in asked if not a.deed}
    if plain and own and not lead_free and not any(a.meets(p) for a in plain for p in own):
        return True
    deeds = asked - plain  # a deed told undated was done in the year its report covers
    report = {Period(info.year, info.year)} if info is not None and info.year else set()
    told = (own | report) if lead_free else (own or report)
    return bool(deeds and told) and not any(a.meets(p) for a in deeds for p in told)


# a figure set as a goal for a later year (「到2005年进出口总额超过850亿美元」): the year a report
# is asked by is the year its figures are of, and a goal reached for years on is none of them
_GOAL_YEAR = re.compile(r"(?:到|至|力争)\s*((?:19|20)\d{2})\s*年")


# a figure said before the goal is the year's own deed, the goal only what it leads to
# (「新增学位4500个，力争2019年全部投入使用」): the goal dates the sentence only when it opens
# every figure in it
_FIGURE = re.compile(r"[0-9０-９]")


def _before_goal(text: str) -> str:
    m = _GOAL_YEAR.search(text)
    return text[: m.start()] if m else text


def _beyond_asked(
    text: str, heading: str, reviewed: int | None, asked: set[int], cover: int
) -> bool:
    """Of a work report asked by its year: the sentence dates its figures only by goals for
    years after the report's ``cover`` year; or, the year it reviews asked (「深圳2000年出口
    多少」 of the report delivered in 2001), the sentence's heading is of a later year
    only — the plan part (「三、2001年的主要工作」), whose figures are targets, not the year's."""
    goals = [int(y) for y in _GOAL_YEAR.findall(text)]
    years = [int(y) for y in re.findall(r"(?:19|20)\d{2}(?=\s*年)", text)]
    if goals and all(y > cover for y in years) and not _FIGURE.search(_before_goal(text)):
        return True
    if reviewed is None or reviewed not in asked or reviewed >= cover:
        return False
    # the part's heading tells, never a date inside the sentence: a review's sentence may
    # say when a last task will be done (「将在2020年5月份之前完成」)
    own = _periods(heading)
    return bool(own) and all(p.first > reviewed for p in own)


_CLAUSE_END = re.compile(r"[，,；;：:。！!？?]")
_NAMED = (_HALF, _SPAN, _YEAR, _PLAN)
# an opening clause of purpose (为了…, 为加强…), topic (在…方面, 围绕…, 针对…) or guide (按照…,
# 根据…, 坚持…, 以…为抓手): the why or the frame of a deed, never a deed
_FRAME = re.compile(
    r"(?:为了|为(?=(?:进一步|切实|全面|深入|更好地?|有效)?(?:加强|推进|提升|提高|规范|确保|保障|"
    r"促进|推动|落实|强化|做好|营造|深化|健全|完善|增强|维护|实现|贯彻|服务|解决))|围绕|按照|根据|"
    r"依据|依照|遵照|对照|针对|本着|着眼于?|聚焦|坚持|"
    r"在[^，,；;：:]{1,20}?(?:方面|领域|过程中|工作中|期间)$|以[^，,；;：:]{1,16}?为(?:抓手|重点|"
    r"目标|契机|统领|引领|主线|核心|导向|载体))"
)


def _undated_lead(text: str) -> bool:
    """The sentence opens with a whole clause naming no period before the first that names
    one: a time word dates its own clause and those after it, never a clause before it, so
    the sentence says something of its heading's period too. A time word in the first clause
    (「2023年，全镇…」「截至2023年底，…」) dates the whole sentence. An opening clause of purpose,
    topic or guide (「为加强执法队伍建设，」「在依法行政方面，」「围绕…」「按照…」「坚持…」) tells
    why or under what the dated deed was done — no deed of its own, so no period of its own."""
    plain = _BASELINE.sub(" ", to_simplified(text))
    first = min((m.start() for p in _NAMED for m in p.finditer(plain)), default=-1)
    if first < 0:
        return False
    ends = [m.start() for m in _CLAUSE_END.finditer(plain, 0, first)]
    if not ends:
        return False
    clauses = _CLAUSE_END.split(plain[: ends[-1]])
    deeds = "".join(c for c in clauses if not _FRAME.match(c.strip()))
    return len(re.findall(r"[\u4e00-\u9fff]", deeds)) >= 4


def elsewhere(question: str, chunk: Chunk) -> bool:
    """A section listed whole (its items under its heading) stands in another period or part
    of the report than the question asks: its heading tells, as it does for its sentences."""
    if other_period(asked_periods(question), "", chunk.section, chunk.info):
        return True
    part = part_asked_of(question, chunk.info)
    return part is not None and part_of("", chunk.section, chunk.info) != part


def of_asked_period(candidates: list, question: str) -> list:
    """The fact candidates ``(score, rank, chunk, span)`` not of another period than the
    question names (all of them when it names none), of the plan part when it asks a target
    (``plan_targets``), of the part it points into (``report_parts``)."""
    asked = asked_periods(question)
    pinned = _pinned(question, [c[2].info.township for c in candidates], asked)
    review = not (asks_plan(question) or asks_intent(question))
    kept = [
        c
        for c in candidates
        if not other_period(
            _of_unit(asked, pinned, c[2].info), c[3].text, c[2].section, c[2].info, review
        )
    ]
    return of_part(of_plan(kept, question), question)


def unit_periods(question: str, units: Sequence[str]) -> Callable[[ReportInfo], set[Period]]:
    """The periods ``question`` asks of a report's unit among the compared ``units``: a year
    pinned to another unit (「罗湖和坪山24年那份」) is none of this one's. Read once per ask."""
    asked = asked_periods(question)
    pinned = _pinned(question, units, asked)
    return lambda info: _of_unit(asked, pinned, info)


def _pinned(question: str, units: Sequence[str], asked: set[Period]) -> dict[str, int]:
    """The years ``question`` pins to single units of ``units`` inside their list
    (``pinned_years.listed_years``)."""
    return listed_years(question, list(dict.fromkeys(units))) if asked else {}


def _of_unit(asked: set[Period], pinned: dict[str, int], info: ReportInfo) -> set[Period]:
    """The periods asked of ``info``'s unit: a year pinned to another unit of the comparison
    (「光明2023年、盐田和福田的…」) picks that unit's report and is no period of this one's."""
    if not pinned or not (others := not_pinned_here(pinned, info.township)):
        return asked
    return {p for p in asked if not (p.first == p.last and not p.half and p.first in others)}


def sentences_of_period(
    by_report: dict[str, list], question: str, chunks: Sequence[Chunk], text: Callable[[int], str]
) -> dict[str, list]:
    """A fan-out's judged sentences (``judging.judge_rows``: row, start, end) by report, those
    of another period than the question names left out, and each report's plan part only
    when it asks a target (``plan_targets``); ``text`` gives a row's chunk text."""
    by_report = sentences_of_plan(by_report, question, chunks, text)
    by_report = sentences_of_part(by_report, question, chunks, text)
    if not (asked := asked_periods(question)):
        return by_report
    pinned = _pinned(question, [c.info.township for c in chunks], asked)
    return {
        rid: [
            s
            for s in sents
            if not other_period(
                _of_unit(asked, pinned, chunks[s.row].info),
                text(s.row)[s.start : s.end],
                chunks[s.row].section,
                chunks[s.row].info,
            )
        ]
        for rid, sents in by_report.items()
    }
