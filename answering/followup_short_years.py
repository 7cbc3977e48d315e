"""「跟24年比呢」 after 「光明21年帮扶资金拨了多少」: two-digit years in a conversation.

People name a report by a two-digit year (「22年那份」「跟24年比」「坪山17那份」); the question
path reads many of them as full years (``retrieval.dates.full_years``), but a follow-up is
resolved before that, against the last question as typed — so 「24年」 was no year to the
follow-up rules, which match (19|20)xx, and the last question's 「21年」 no year to carry.
Reading both the follow-up and the last turn's question with full years first lets every
follow-up rule see the years people said. Two more spoken forms are years here: a two-digit
number said right after a unit's name (「光明21年帮扶资金」「坪山17那份」: a unit is dated by its
report, never counted in years — 「光明20年来」 is a length and stays), and one set beside by
跟/和 and a verb of comparing (「跟24年比」).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from answering.followup_turn import Turn
from answering.followup_years import steps_from_turn
from reportqa.units import UnitIndex, short_name
from retrieval.dates import full_years

__all__ = ["short_years_read"]

# 「跟24年比」「和19年相比」: a two-digit year set beside by 跟/和/与/同 and a verb of comparing is
# a year (a report, or a base year), as 「24年那份」 is; a length of time is never compared so
# (「跟10年前比」 keeps 前 after 年, left as said)
_SET_BESIDE = re.compile(r"(?<=[跟和与同])\s*(\d{2})\s*年(?=度?的?\s*(?:比|相比|对比|比较|对照))")
# after a unit's name: two digits and 年 not opening a length (年来/年前/年间…), or two digits
# pointing at a report without 年 (「17那份」「17的报告」)
# — only years a report can already be of (1978 on, to next year): 「深圳30年」「深圳40年」 are
# anniversaries, 「35年远景目标」 a target year, never a report
# — never a span named by what fills it: 「12年免费教育」「九年义务教育」 are school years,
# 「10年发展成就」「30年巨变」 a stretch of history, whatever unit is named before them
_SPAN_NOUN = r"免费|义务|一贯|教育|学制|发展|成就|奋斗|历程|巨变|变迁|沧桑|辉煌|周年"
_REPORT_YY = "|".join(f"{y % 100:02d}" for y in range(2000, date.today().year + 2))
_AFTER_NAME = (
    rf"(?:的)?({_REPORT_YY}|7[89]|[89]\d)"
    rf"(?:\s*年(?![前来后多内间里半以余代])(?!度?的?\s*(?:{_SPAN_NOUN}))"
    r"|(?=\s*(?:那一?份|这一?份|的报告|年度)))"
)


_FULL_YEAR = re.compile(r"(?:19|20)\d{2}年")


def _century(yy: str) -> str:
    return f"{19 if int(yy) >= 50 else 20}{yy}年"


def _full(text: str, known: UnitIndex | None) -> str:
    """``text`` with its two-digit years written in full."""
    text = _SET_BESIDE.sub(lambda m: _century(m.group(1)), text)
    if known is not None:
        forms = {f for n in known.candidates(text) for f in (n, short_name(n)) if f and f in text}
        for form in sorted(forms, key=len, reverse=True):
            pattern = re.escape(form) + _AFTER_NAME
            text = re.sub(
                pattern,
                lambda m: m.group(0)[: m.start(1) - m.start(0)] + _century(m.group(1)),
                text,
            )
    return full_years(text)


def short_years_read(
    question: str, history: Sequence[Turn], known: UnitIndex | None = None
) -> tuple[str, list[Turn]]:
    """The follow-up and, when it says a year, the last turn with their two-digit years
    written in full (the years are then set beside each other). A first
    question changes only when its units are each dated (「深圳07年和广东19年GDP」: two years
    said beside units, each unit's report) — else it reaches the question path as typed."""
    if not history:
        full = _full(question, known)
        return (full if len(_FULL_YEAR.findall(full)) >= 2 else question), []
    last, turns, asked = history[-1], list(history), _full(question, known)
    if not _FULL_YEAR.search(asked):
        # 「光明呢」: no year said now — the last question is carried as the question path read
        # it (a year it did not read, 「坪山22年九大类…」, is not made one to carry to another unit)
        if steps_from_turn(asked):  # 「去年的呢」 after 「鸡鸣乡25年…」: counted from 2025, the
            turns[-1] = replace(last, q=_full(last.q, known))  # year typed (``turn_relative``)
        return asked, turns
    full = _full(last.effective, known)
    if full != last.effective:
        turns[-1] = replace(last, resolved_question=full)
    return asked, turns
