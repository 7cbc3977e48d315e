"""Years in follow-up questions.

A unit reports once a year, so a conversation about one unit moves along its years:
「那2020年呢？」 after 「东湖区2021年受理行政复议多少件？」 asks the same thing of the same
unit's 2020 report. And 「那西岭区呢？」 after a question with a year asks about that year of
the other unit; when the other unit has no report of that year, the answer comes from its
closest year, and says so (a question the user typed with a year the unit lacks is refused
instead: there the year was the user's own choice).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from reportqa.errors import QuestionError
from retrieval.dates import full_years

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?")
# 「那2020年呢？」「2024年的呢」「换成19年」「那2022年的政府工作报告呢」: a year, nothing else
_YEAR_ONLY = re.compile(
    r"^(?:那么?|还有|再看看?|换成|改成|看看|如果是)?\s*(?:(?P<year>(?:19|20)?\d{2})\s*年度?|"
    r"(?P<rel>前一年|上一年|后一年|下一年|再前一年|再往前一年|第二年|次年|翌年|转年))\s*(?:的)?\s*"
    r"(?:(?:那份|这份)?(?:政府工作|法治政府建设(?:情况|工作)?|工作)?报告(?:里头|里面|里边|中|里)?)?\s*"
    # 「那2022年报告里是多少」: the last question's measure asked again, its words left out
    r"(?:呢|怎么样|如何|的情况|情况|的数字|(?:是|有)?(?:多少|几个|几))?\s*(?:呢)?[？?。!！]*$"
)
# 「那2025年的报告里头是哪些」「只看2023年的呢」「2024年的有哪几家」: after a which-answer, a
# year with a word of picking and no topic of its own narrows that answer to the units whose
# report covers the year (the last question asked again of that year's reports)
# ; 只要/只留 keep as 只看 does, and 那 may go before either (「那只看2023年的报告呢」). The year
# may be said as when the report was delivered (「2020年初开会作的那几份」: a work report is read
# to the congress early in the year on its cover — ``answering.plan_years`` reads that year)
_YEAR_AMONG = re.compile(
    r"^(?:那么?|那要是|如果)?\s*(?P<only>只看|只要|只留|只算|光看|单看|仅看)?\s*"
    r"(?P<year>(?:19|20)\d{2})\s*年度?"
    r"(?:初|年初|开年)?(?:开会|开大会|在会上|会上|大会上)?(?:作|做|发布|印发|公布|提交)?的?"
    r"(?:那份|那批|那几份|这几份|几份)?(?:报告)?(?:里头|里面|里边|当中|之中|中|里)?[，,]?的?"
    r"(?:(?:都|又)?(?:是|有)?(?:哪些|哪几个|哪几家|哪几份|哪个|哪家|谁)|(?(only)(?:呢|吧)?|(?!)))"
    r"(?:呢|啊|呀)?[？?。!！]*$"
)
_STEP = {"前一年": -1, "上一年": -1, "再前一年": -1, "再往前一年": -1, "后一年": 1, "下一年": 1}
# 「第二年」「次年」「翌年」「转年」 count on from a year already said, never from today: after
# 「2022年检查了多少家次」 they are 2023, as 后一年 is
_STEP |= {"第二年": 1, "次年": 1, "翌年": 1, "转年": 1}


def asked_year(question: str, before: tuple[int, ...] = ()) -> int | None:
    """The year a year-only follow-up asks about (two digits: this century; 「前一年」:
    the year before the one of ``before``, the last question's years; without one it
    cannot be told, and the user is asked for the year)."""
    m = _YEAR_ONLY.match(question.strip())
    if not m:
        return None
    if m.group("rel"):
        if not before:  # searched literally it would find any report's 「前一年」
            raise QuestionError(
                f"「{m.group('rel')}」要从上一个问题的年份推算，但上一个问题没有写年份。"
                "请直接说明年份，例如「那2022年呢？」"
            )
        return before[0] + _STEP[m.group("rel")]
    year = int(m.group("year"))
    return year + 2000 if year < 100 else year


def narrowing_year(question: str) -> int | None:
    """The year of 「那2025年的报告里头是哪些」: a follow-up picking among the last answer's
    units by the year their report covers; None for any other question."""
    m = _YEAR_AMONG.match(_glossed(_AMONG_HEAD.sub("", question.strip())))
    return int(m.group("year")) if m else None


# 「其中2025年的是哪些」: 其中 says what the pick is made among — the last answer, as always here
_AMONG_HEAD = re.compile(r"^(?:其中|这其中|这里面|这里头|这里边|这当中|里面|里边|当中)[，,]?\s*")
# 「去年（2025年）」: a relative year glossed by the year itself — the bracket says which
_GLOSS = re.compile(
    r"(?:去年|今年|前年|明年|上一年)\s*[（(]\s*(?P<year>(?:19|20)\d{2})\s*年?度?\s*[）)]"
)


def _glossed(question: str) -> str:
    """``question`` with a relative year and its bracketed year said as the year alone."""
    return _GLOSS.sub(lambda m: f"{m.group('year')}年", question)


def years_in(question: str) -> tuple[int, ...]:
    return tuple(int(y) for y in _YEAR.findall(question))


def read_years(prev_q: str) -> tuple[int, ...]:
    """The first year the last question said, as the question path reads it: 「广东25年报告…」
    is of 2025 there, so a unit swapped in (「那罗湖呢」) carries 2025 — as a carried year, which
    a unit without a report of it trades for its nearest one (``nearest_year``) instead of the
    answer refusing a year the user never asked of that unit."""
    return years_in(prev_q)[:1] or years_in(full_years(prev_q))[:1]


# 「21年是多少」: a year said by its last two digits, as people say the years of this century
# (never a count of years: 「近5年」「30年来」 have a word before or after that says so)
_SHORT_YEAR = re.compile(r"(?<![\d近前后过去这那])([0-3]\d)\s*年(?![来代间内])")


def with_year(prev_q: str, year: int, units: Sequence[str]) -> str:
    """The previous question about ``year``: its year replaced (four digits or two: 「21年」),
    or put after its unit (or in front when it names none)."""
    if _YEAR.search(prev_q):
        return _YEAR.sub(f"{year}年", prev_q, count=1)
    if _SHORT_YEAR.search(prev_q):
        return _SHORT_YEAR.sub(f"{year}年", prev_q, count=1)
    ends = [prev_q.find(u) + len(u) for u in units if u in prev_q]
    at = max(ends) if ends else 0
    return f"{prev_q[:at]}{year}年{prev_q[at:]}"


def nearest_year(resolved, townships: Sequence[str], years: Sequence[int], scope: Callable):
    """``resolved`` (``answering.followup.Resolved``) about the unit's closest year (the
    later one on a tie) with a note saying what the library holds, when its year was
    carried over from the conversation and the unit has no report of it; else None.
    ``scope(townships)``: the reports of those units (``ReportInfo``)."""
    if not resolved.carried_years or not townships or not years:
        return None
    held = sorted({i.year for i in scope(tuple(townships)) if i.year})
    if not held or any(y in held for y in years):
        return None
    asked = years[0]
    closest = min(held, key=lambda y: (abs(y - asked), -y))
    unit = "、".join(townships)
    note = (
        f"（库中没有{unit} {asked} 年的报告，现有年份：{'、'.join(map(str, held))}；"
        f"以下按最接近的 {closest} 年报告回答）"
    )
    question = _YEAR.sub(f"{closest}年", resolved.question, count=1)
    return replace(resolved, question=question, note=note, carried_years=())


# 「去年的呢」「那前年呢」: a follow-up saying only a year relative to now, in words
_TURN_RELATIVE = re.compile(
    r"^(?P<head>(?:那么?|还有|再看看?|换成|改成|看看|如果是)?\s*)(?P<rel>去年|前年)(?P<tail>\s*(?:的)?\s*"
    r"(?:(?:那份|这份)?(?:政府工作|法治政府建设(?:情况|工作)?|工作)?报告(?:里头|里面|里边|中|里)?)?\s*"
    r"(?:呢|怎么样|如何|的情况|情况|的数字)?\s*(?:呢)?[？?。!！]*)$"
)
_TODAY_STEP = {"去年": -1, "前年": -2}


def steps_from_turn(question: str) -> bool:
    """Does ``question`` say only a year relative to the last one (「去年的呢」)? Such a
    follow-up is counted from the year the last question typed (``turn_relative``)."""
    return bool(_TURN_RELATIVE.match(question.strip()))


def turn_relative(question: str, history: Sequence) -> str:
    """「去年的呢」 after 「大瑶镇2023年法律明白人有多少」: the year before the one the user just
    typed (2022), not the calendar's. In a conversation moving along one unit's reports, a
    follow-up saying only a relative year steps from the year the last question wrote as a
    number — the speaker's frame is the report just discussed. Only a year the user typed
    counts (``Turn.q``): a year the last turn itself read from 去年 is the calendar's already,
    and a question asking anything besides the year keeps the calendar reading."""
    if not history:
        return question
    m = _TURN_RELATIVE.match(question.strip())
    typed = read_years(history[-1].q) if m else ()
    if not typed:
        return question
    year = typed[0] + _TODAY_STEP[m.group("rel")]
    return f"{m.group('head')}{year}年{m.group('tail')}"
