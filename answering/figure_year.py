"""A year a follow-up says as a figure's time inside the report the conversation is reading.

A work report names more years than the one it covers: the horizon of its plan (「到2015年，本市
生产总值超过1.5万亿元」) and the baseline of its review (「PM2.5由2015年的每立方米35.1微克下降至…」).
So after 「深圳2010年那份说2009年GDP是多少」, 「它给2015年定的GDP目标呢」 asks the same report for the
target it sets for 2015, and after 「光明和宝安2020年PM2.5各降到多少」, 「那它们2015年的时候分别是多少」
asks the same reports for their 2015 baseline — never for a 2015 report the library lacks.

A year is read so only when all of these hold, else it stays a report's year (and a unit
without a report of it is refused by name, ``search_scope.filters``):

- the follow-up says it as a time of a figure, not of a report: after 到/给/由/从 (the plan's
  horizon, the target's year, the baseline) or before 的时候/时/定的/的目标 — a bare 「那2015年呢」
  or 「2015年那份呢」 asks that year's report;
- no unit asked of holds a report of that year (the exact reading wins);
- each unit holds the report the last turn read (its years, as ``plan_years`` reads them);
- that report's text names the year (「2015年」): a report silent on it has no figure of it,
  and the question then stays refused rather than answered with another year's figure;
- no change is asked (增长多少, 涨幅; said now or, by a follow-up asking nothing of its own,
  in the last turn) unless a target is: a baseline or horizon carries a level, never that
  year's own rate;
- the answer cites a sentence naming the year (``said_at``), else it is refused as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from answering.followup_turn import Resolved
from answering.followup_years import years_in
from answering.plan_years import with_plan_years
from reportqa.answer import Answer
from reportqa.errors import QuestionError
from reportqa.types import ReportInfo
from retrieval.filters import Filters

__all__ = ["figure_years", "inside_report", "read_inside", "said_at"]

_Y = r"(?:19|20)\d{2}"
# the year of a figure: a plan's horizon or a target's year (到/给/至), a baseline (由/从), or a
# time said of the figure itself (「2015年的时候」「2015年时」「2015年定的」「2015年的目标」);
# never a year followed by the words that name a report (「2015年那份」「2015年的报告」)
_FIGURE = re.compile(
    rf"(?:(?<=[到给至由从])(?P<a>{_Y})年(?!度|的?(?:那|这)?份|的?(?:政府)?(?:工作)?报告))"
    rf"|(?P<b>{_Y})年(?=的?时候|时[，,的]?|那时|定的|的?目标)"
)


# a change asked (增长多少, 增速, 涨幅, 下降了多少): a baseline year carries the level a change
# starts from (「由2015年的520.6亿元增加到…」) and a horizon the level aimed at, neither that
# year's own rate — unless a target is asked (「给2015年定的增长目标」)
_RATE = re.compile(r"增长|增速|增幅|涨幅|上涨|涨了|下降|降低|减少|提高|提升")
_GOAL = re.compile(r"目标|定的|定了|计划|规划|要达到|力争")


def _rate_asked(q: str) -> bool:
    return bool(_RATE.search(q)) and not _GOAL.search(q)


def figure_years(question: str) -> tuple[int, ...]:
    """The years ``question`` says as a figure's time (``_FIGURE``), in order."""
    return tuple(int(m.group("a") or m.group("b")) for m in _FIGURE.finditer(question))


def inside_report(
    question: str,
    prev_q: str,
    units: Sequence[str],
    scope: Callable[[Filters], list[ReportInfo]],
    text_of: Callable[[str], str],
    topic: Callable[[str], tuple[str, ...]],
) -> str | None:
    """``question`` pinned to the reports the last turn read (「光明区、宝安区2020年的报告里，…」)
    when each year it says is a figure's year those reports name and no unit holds a report
    of; None when the question is to be read as it stands. ``topic``: the things a question
    asks about (its required concepts' terms), none for a follow-up that only moves the year.
    """
    asked = years_in(question)
    figures = figure_years(question)
    earlier = years_in(prev_q)
    if not asked or not units or not earlier or set(asked) - set(figures):
        return None
    if set(asked) & set(earlier):
        return None
    for unit in units:
        if scope(Filters((unit,), years=tuple(asked))):
            return None  # the unit has a report of the year: that report is asked
        read = scope(with_plan_years(Filters((unit,), years=earlier), scope, prev_q))
        if not read or not all(f"{y}年" in text_of(i.report_id) for i in read for y in asked):
            return None
    if _rate_asked(question) or (not topic(question) and _rate_asked(prev_q)):
        return None
    held = f"{'、'.join(units)}{earlier[0]}年的报告里，"
    if topic(question):
        return f"{held}{question}"
    # 「那它们2015年的时候分别是多少」 asks nothing of its own: the last turn's topic, at the year
    things = topic(prev_q)
    m = next(_FIGURE.finditer(question))
    start = m.start() - 1 if m.group("a") else m.start()  # 到/由/从 kept: they date the figure
    joint = "" if m.group("a") else "在"
    return f"{held}{''.join(things)}{joint}{question[start:]}" if things else None


def read_inside(
    resolved: Resolved, history: Sequence[Any], retriever: Any, lib: Any
) -> tuple[Resolved, bool]:
    """``resolved`` pinned to the last turn's reports when its years are a figure's time those
    reports name (``inside_report``), and whether it was; ``retriever``/``lib``: the service's,
    for the units a question names, the reports in scope and their text. A first question has
    no report just read: nothing to pin."""
    if not history:
        return resolved, False
    prev_q = history[-1].effective
    units = resolved.scope or retriever.analyze(resolved.question).townships
    topic = lambda q: tuple(  # noqa: E731
        c.term for c in retriever.analyze(q).concepts if c.required
    )
    pinned = inside_report(
        resolved.question, prev_q, units, retriever.scope, lib.report_text, topic
    )
    if not pinned:
        return resolved, False
    return replace(resolved, question=pinned), pinned != resolved.question


def said_at(answer: Answer, question: str, units: Sequence[str]) -> None:
    """Refuse, as a year the units have no report of is refused (``search_scope.filters``),
    an answer to a figure's year read inside a report that cites no sentence naming that year:
    the report's other figures (the year it reviews, its five-year totals) are no figure of it,
    and quoting them would answer a year the report never speaks of."""
    years = figure_years(question)
    if not years or any(f"{y}年" in c.quote for c in answer.citations for y in years):
        return
    said = "、".join(map(str, years))
    raise QuestionError(
        f"库中没有{'、'.join(units)} {said} 年的报告，所读报告也没有写明 {said} 年的数字"
    )
