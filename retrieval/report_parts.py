"""「在问题部分承认…」「把X写进了存在的问题」: a question scoped to a part of the report.

An annual report (法治政府建设, 工作总结) is written in three parts under its top headings: what
was done (「一、主要举措和成效」「工作开展情况」), what falls short (「二、存在的问题」「存在的不足
和原因」) and what comes next (「三、下一步工作打算」「2024年主要工作安排」). The same topic is
written in more than one part — 信访 is a deed in the review and 「信“访”不信“法”」 among the
problems; 法治宣传 is done in the review and planned at the end — so a question naming a part
asks that part only, and a sentence of another part is no support:

- **The problems part** is asked by a locator naming it (「在问题部分」「问题那部分里」「在存在的
  问题里」「写进了存在的问题」「列入不足」); a report's problems are its top section headed 存在/
  不足/短板/差距/薄弱 (a top heading of the review names none of them).
- **The plan part** is asked by a locator naming it (「在下一步打算里」「工作计划部分」); its
  sentences are those ``plan_targets.plan_part`` reads as the plan.
- **A year's intent asked of the report before** (「X街道2026年打算搞多少场」 of a unit whose
  newest 法治 report covers 2025, read as that report's plan year: ``answering.plan_years``)
  asks that report's plan part too: its review tells what was done in 2025, never what is
  intended for 2026, and a plan part giving no figure leaves the question unanswered.

The locator is how the user points into the report, never a topic: it is blanked like the other
asking frames (``asking_frames``). A bare 存在的问题 with no locator verb or 部分 (「哪些报告写了
存在的问题」) asks for the problems themselves and is left alone; so is a 计划 naming a document
(普法计划, 年度计划).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.plan_intent import may_ask_cover, plan_first
from retrieval.plan_targets import asks_plan, names_review, plan_part
from retrieval.question_scope import WORK, of_genre
from retrieval.unit_totals import asks_total

__all__ = [
    "PART_ASK",
    "asked_part",
    "asks_intent",
    "of_part",
    "part_asked_of",
    "part_of",
    "plan_heading",
    "reads_on",
    "sentences_of_part",
]

PROBLEMS, PLAN = "problems", "plan"

_WHERE = r"(?:部分|那部分|这部分|那块|这块|板块|一节|章节|那一节|一栏)"
_IN = r"(?:里头|里面|里边|当中|之中|里|中|内)"
_INTO = r"(?:写进|写入|写到|写在|列入|列进|列在|放进|放到|放在|归入|归到|纳入|算进|算作|算在)"
_PROBLEM_WORDS = r"(?:存在的?(?:主要)?(?:问题|不足|短板)|问题|不足(?:之处)?|短板|薄弱环节)"
_PLAN_WORDS = r"(?:下一步|下一年度?|明年|今后)?(?:工作)?(?:打算|计划|安排|思路)|下一步"
_PROBLEMS_ASK = (
    rf"(?:在|于)?{_PROBLEM_WORDS}{_WHERE}{_IN}?"  # 「在问题部分」「存在的问题那块里」
    rf"|{_INTO}了?{_PROBLEM_WORDS}(?!清单|台账|库|导向|整改)(?:{_WHERE})?{_IN}?"  # 「写进了存在的问题」
    rf"|在{_PROBLEM_WORDS}{_IN}"  # 「在存在的问题里」「在不足中」
)
_PLAN_ASK = (
    rf"(?:在|于)?(?:{_PLAN_WORDS}){_WHERE}{_IN}?"  # 「在下一步打算部分」「工作计划那块里」
    rf"|{_INTO}了?(?:{_PLAN_WORDS})(?:{_WHERE})?{_IN}?"  # 「写进了下一步打算」
    rf"|在(?:下一步|明年|今后)(?:工作)?(?:打算|计划|安排|思路){_IN}"  # 「在下一步计划里」
)
# both locators, for ``asking_frames`` to blank
PART_ASK = rf"{_PROBLEMS_ASK}|{_PLAN_ASK}"
_PROBLEMS_RE, _PLAN_RE = re.compile(_PROBLEMS_ASK), re.compile(_PLAN_ASK)
# a top heading of the problems part; 问题 alone is too common in a review's headings
# (「着力解决群众急难愁盼问题」), so it counts only after 存在/面临 or before 和/与/及
_PROBLEMS_HEAD = re.compile(
    r"(?:存在|面临)的?(?:主要)?(?:问题|不足|困难|短板)|不足|短板|差距|薄弱环节"
    r"|问题(?:和|与|及)(?:原因|建议|困难)"
)


# a year, then within the clause a verb of intent: what was planned for that year is asked
_INTENDED = re.compile(
    r"(?:19|20)\d{2}\s*年度?[^，,。？?！!；;]{0,8}?(?:打算|计划|准备|拟|想要|要怎么)"
)
_YEARS = re.compile(r"(?:19|20)\d{2}")
# a span of years (「2020年以来」「2019至2021年」) is read on the years covered only
_SPAN = re.compile(r"以前|之前|以后|之后|以来|[至到~～—–-]")


def asks_intent(question: str) -> bool:
    """The question asks what a unit intended for the year it names (「2024年打算怎么做」)."""
    return bool(_INTENDED.search(question)) and not _SPAN.search(question)


def _planned_for(question: str, info: ReportInfo) -> bool:
    """``info``'s report stands in the answer for the year after the one it covers: a year's
    intent asked, the report covering the year before, no report of its own for the year
    (a work report is named by its cover year instead: ``retrieval.periods``)."""
    if not info.year or of_genre(info, WORK) or not asks_intent(q := to_simplified(question)):
        return False
    years = {int(y) for y in _YEARS.findall(q)}
    return info.year + 1 in years and info.year not in years


def part_asked_of(question: str, info: ReportInfo) -> str | None:
    """The part of ``info``'s report the question asks: the part it points into, else the
    plan part of a report read as the plan of the year after it (``_planned_for``)."""
    return asked_part(question) or (PLAN if _planned_for(question, info) else None)


def asked_part(question: str) -> str | None:
    """The part of the report the question points into (``PROBLEMS``, ``PLAN``), or None."""
    q = to_simplified(question)
    if _PROBLEMS_RE.search(q):
        return PROBLEMS
    if _PLAN_RE.search(q):
        return PLAN
    return None


def reads_on(question: str, few: bool) -> bool:
    """A fan-out reads every chunk of a report, not its first supporting sentence only, when
    the question asks a part (the first may stand in another), or a target of ``few`` reports
    (``plan_targets``), or a unit-wide total of them (``unit_totals``: the headline sits in a
    long overview a ranked search places low)."""
    if asked_part(question) is not None:
        return True
    return few and (asks_plan(question) or asks_total(question))


def part_of(text: str, heading: str, info) -> str | None:
    """The part a sentence ``text`` under ``heading`` stands in: the problems part by its top
    heading, the plan part as ``plan_part`` reads it, None for the review (or untold)."""
    top = to_simplified(heading).split(" > ")[0]
    if _PROBLEMS_HEAD.search(top):
        return PROBLEMS
    return PLAN if plan_part(text, heading, info) else None


# a top heading of the plan part by its own words (主要工作 is also a review's: 「一、主要工作」)
_PLAN_TOP = re.compile(r"安排|打算|计划|任务|思路|展望|努力方向|下一步")
# a delivery date the parser took for a heading (「2024年01月18日」 under the title): the
# summary under it tells the covered year's deeds, whatever year the report went out in
_DATE_LINE = re.compile(r"\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*")


def plan_heading(section: str, info: ReportInfo) -> bool:
    """Does a passage stand under the plan part's top heading? A work report plans under
    「二、2018年主要工作任务」「二、2014年工作思路和重点」「二、2025年工作安排」, a 法治 report
    under 「三、下一步工作打算」: the heading names a year after the one the report covers, or a
    word of planning; one naming a review (回顾, 成效, 情况) never plans."""
    return _plan_top(section, info.year)


@lru_cache(maxsize=4096)
def _plan_top(section: str, year: int | None) -> bool:
    """``plan_heading`` of a section path and a report year, kept: a which-answer asks it of
    every passage it weighs as a plan (a bench's 20 asked it ~85 000 times of ~800 paths,
    perf80), and the answer is the strings' alone."""
    top = to_simplified(section).split(" > ")[0]
    if not top or names_review(top) or _DATE_LINE.fullmatch(top):
        return False
    years = [int(y) for y in _YEARS.findall(top)]
    if years and year and max(years) > year:
        return True
    return bool(_PLAN_TOP.search(top))


def of_part(candidates: list, question: str) -> list:
    """The fact candidates ``(score, rank, chunk, span)`` of the part asked (all of them when
    the question names none)."""
    if not candidates:
        return candidates

    def kept(c) -> bool:
        part = part_asked_of(question, c[2].info)
        return part is None or part_of(c[3].text, c[2].section, c[2].info) == part

    kept_ = [c for c in candidates if kept(c)]
    # a work report's cover year's intent asked: its plan part first (``plan_intent``)
    return plan_first(
        kept_,
        question,
        lambda c: c[2].info,
        lambda c: _planned(c[3].text, c[2]),
        lambda c: c[3].text,
    )


def _planned(text: str, chunk: Chunk) -> bool:
    return part_of(text, chunk.section, chunk.info) == PLAN


def sentences_of_part(
    by_report: dict[str, list], question: str, chunks: Sequence[Chunk], text: Callable[[int], str]
) -> dict[str, list]:
    """A fan-out's judged sentences (row, start, end) by report, each report's sentences of the
    part asked only; ``text`` gives a row's chunk text."""

    # what ``part_asked_of`` reads of the question alone, read once: a fan-out over 9 000
    # reports asked it of each of their sentences
    asked = asked_part(question)
    intent = asks_intent(to_simplified(question))
    if asked is None and not intent and not may_ask_cover(question):
        return {rid: list(sents) for rid, sents in by_report.items()}  # no part asked of any

    def of(s) -> bool:
        c = chunks[s.row]
        part = asked or (PLAN if _planned_for(question, c.info) else None)
        return part is None or part_of(text(s.row)[s.start : s.end], c.section, c.info) == part

    def info(s) -> ReportInfo:
        return chunks[s.row].info

    def said(s) -> str:
        return text(s.row)[s.start : s.end]

    def planned(s) -> bool:
        return _planned(said(s), chunks[s.row])

    return {
        rid: plan_first([s for s in sents if of(s)], question, info, planned, said)
        for rid, sents in by_report.items()
    }
