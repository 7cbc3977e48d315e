"""The year a user calls a government work report by: the year it was delivered, which it plans.

A 政府工作报告 (or a 新区管委会's 工作报告) is read to the congress early in year N: it reviews
N-1 (「一、2015年工作回顾」) and sets the tasks of N (「2016年主要工作任务」). The library dates a
report by the year it covers (N-1), but users name it by the year on its cover: 「光明新区2016年的
报告」「龙华2024年定的增长目标」 mean the report delivered in 2016 / 2024. So a year asked of a unit
that has no report covering it is read as the plan year of that unit's work report covering the
year before. A unit that has a report covering the year keeps it: the exact reading wins, and a
unit without a work report of the year before is still out (the caller then says the library
lacks that year). Other genres (法治政府建设 annual reports) cover one year only, but close
with the next year's plans (「四、2024年推进法治政府建设的工作思路」): a year asked with a verb of
intent after it (「2024年打算怎么做」「2024年计划/准备/拟…」) is the plan year of a unit's report
covering the year before, as a work report's cover year is; only that report's plan part
then supports (``retrieval.report_parts``).

A term report (换届, ``ingest.term_review``) is dated by its delivery, N, reviews the whole
term before it, N-5 to N-1 (「地区生产总值从2015年…增长到2020年…」), and plans the five years
of the new one, N to N+4. Its figures are the term's (「新增学位10510个」 over five years), so a
year inside its term that no report covers is NOT read in it: the value picker would give the
term's total as that year's figure. The library lacks that year — unless the question itself
asks in a term report (「两份五年总结里，2020年GDP各是多少」「换届报告里2019年…」): the asker then
reads the year inside the term's review, whose figures it binds to years (「增至2020年的2375.3亿元」).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ingest.term_review import TERM_REVIEW
from reportqa.types import ReportInfo
from retrieval.filters import Filters
from retrieval.question_scope import WORK, of_genre
from retrieval.report_parts import asks_intent
from retrieval.result_asked import asks_result
from retrieval.reviewed_year import asks_reviewed_year

_YEAR = re.compile(r"(?:19|20)\d{2}")
# a span of years (「2020年以来」「2019至2021年」) is read on the years covered only
_SPAN = re.compile(r"以前|之前|以后|之后|以来|[至到~～—–-]")


def planned_year(
    info: ReportInfo, intent: bool = False, whole_term: Callable[[ReportInfo], bool] | None = None
) -> int | None:
    """The year a work report plans, as its title names it (a work report is titled by the
    year it is delivered in: 《2016年光明新区政府工作报告》); None for another genre, a title
    without a year, or one whose year is the year the library already dates it by. With
    ``intent`` (a plan asked: ``asks_intent``) any report's next year is the year it plans."""
    if intent and info.year and not of_genre(info, WORK):
        return info.year + 1
    if not of_genre(info, WORK):
        return None
    if not (m := _YEAR.search(info.title)):
        return _after_reviewed(info, whole_term)
    year = int(m.group(0))
    return year if year != info.year else None


def _after_reviewed(
    info: ReportInfo, whole_term: Callable[[ReportInfo], bool] | None
) -> int | None:
    """A work report titled without a year (「宝安区政府工作报告」) still plans the year after
    the one it reviews: the library dates it by its review (「一、过去一年工作回顾」「2021年是…」)
    and it is read early in the next year, whose tasks it sets. A term report is dated by its
    delivery, not its review, so it is never read this way — nor is one whose text reviews a
    term (``whole_term``: 「一、过去五年工作回顾」) though the library dated it otherwise (a year
    its body names, 「到2025年」): its year is then no year reviewed. Without ``whole_term``
    (no text at hand) a yearless report is not read ahead."""
    src = info.sources.get("year")
    if not info.year or (src is not None and src.origin == TERM_REVIEW):
        return None
    if whole_term is None or whole_term(info):
        return None
    return info.year + 1


def reviewed_year(info: ReportInfo) -> int | None:
    """The year a report looks back on. A work report titled by its year is delivered in it
    and reviews the year before (《云岫区2023年政府工作报告》: 「一、2022年工作回顾」); the library
    dates it by that title year unless its own review heading gave another (then the year
    held is the one reviewed), and a term report is dated by its delivery. Any other report
    reviews the year it covers."""
    if not info.year or not of_genre(info, WORK):
        return info.year
    src = info.sources.get("year")
    m = _YEAR.search(info.title)
    by_delivery = (m is not None and int(m.group(0)) == info.year) or (
        src is not None and src.origin == TERM_REVIEW
    )
    return info.year - 1 if by_delivery else info.year


_TERM = 5  # a congress's term, in years
# a term report named in the question: 「五年总结」「换届报告」「过去五年的回顾里」
_TERM_ASKED = re.compile(r"五年(?:的)?(?:工作)?(?:总结|回顾|报告)|换届|本届政府|过去五年")


def term_years(info: ReportInfo) -> range:
    """The years a term report reviews and plans (the term before its delivery and the one it
    opens); empty for any other report."""
    src = info.sources.get("year")
    if not info.year or src is None or src.origin != TERM_REVIEW:
        return range(0)
    return range(info.year - _TERM, info.year + _TERM)


def with_plan_years(
    filters: Filters,
    scope: Callable[[Filters], list[ReportInfo]],
    question: str = "",
    whole_term: Callable[[ReportInfo], bool] | None = None,
) -> Filters:
    """``filters`` whose years also take, for each unit lacking a report of a year asked, its
    work report that plans that year (any report, when ``question`` asks an intent:
    ``report_parts.asks_intent``); unchanged when no unit needs that reading. ``whole_term``:
    does a report's text review a whole term (``planned_year``)."""
    if not filters.years or asks_result(question):  # 「全年实际完成多少」: the review's year
        return filters
    if asks_reviewed_year(question):  # 「2022年工作回顾」: the reports reviewing that year
        ids = tuple(
            i.report_id
            for i in scope(replace(filters, years=()))
            if reviewed_year(i) in filters.years
        )
        if ids:
            return replace(filters, years=(), report_ids=ids)
        # none in scope reviews it: 「南山2018年工作回顾」 said of the report of 2018 (its
        # review part), the cover-year reading below — never "no report of 2018"
    intent = asks_intent(question)
    term_asked = bool(_TERM_ASKED.search(question))
    infos = scope(replace(filters, years=()))
    covered = {i.township for i in infos if i.year in filters.years}
    planned = [
        i
        for i in infos
        if i.township not in covered
        and (
            planned_year(i, intent, whole_term) in filters.years
            or (term_asked and any(y in term_years(i) for y in filters.years))
        )
    ]
    if not planned:
        return filters
    exact = [i.report_id for i in infos if i.year in filters.years]
    ids = tuple(dict.fromkeys([*exact, *(i.report_id for i in planned)]))
    return replace(filters, years=(), report_ids=ids)


# 「2017年作的报告」「2017年初开大会做的」: the year a report was delivered in, said with the act of
# delivering it — a work report reviewing 2017 was delivered in 2018, so it is no answer
DELIVERED = re.compile(
    r"(?:19|20)\d{2}\s*年度?\s*(?:初|年初|开年)?(?:开会|开大会|在大会上|会上|大会上)?(?:作|做|宣读)的"
)


def with_planned(chosen: list[ReportInfo], infos: Sequence[ReportInfo], q: str) -> list[ReportInfo]:
    """A list of 「2024年的报告」: ``chosen`` (the reports covering the year) and, for each unit
    with none, its work report planning that year — the report delivered in 2024. A question
    about the year a report reviews (「总结2023年工作的」) never calls for this; one about the year
    a report was delivered (「2024年作的」, ``DELIVERED``) drops the work reports covering 2024,
    which were delivered in 2025 — a report's year is a span, and the question names its end."""
    years = {int(y) for y in re.findall(r"(?:19|20)\d{2}", q)}
    if not years or _SPAN.search(q):
        return chosen
    if asks_reviewed_year(q):  # 「讲2022年工作回顾的」: the reports reviewing that year
        return [i for i in infos if reviewed_year(i) in years]
    if DELIVERED.search(q):
        chosen = [i for i in chosen if planned_year(i) is None]
    covered = {i.township for i in chosen}
    planned = [i for i in infos if i.township not in covered and planned_year(i) in years]
    return [*chosen, *planned]
