"""A bound on a count in a which-question: 「受理法律援助案件超过1000件的」「直播10次以上的」.

A user who writes a bound (超过, 至少, 不少于, 达到, N以上, 少于, 不到…) with a number and a measure
word asks for the units whose report states a count that meets it — not for every unit that
did the practice. Reports state what they did with numbers (「受理法律援助案件537件」「直播4
次」「出庭应诉率100%」); a unit whose sentence states a count of that kind below the bound did
not do what was asked, and a unit whose sentence states no such count says nothing about the
bound: neither is an answer. So a supporting sentence counts only when one of its numbers with
a measure word of the asked kind (``retrieval.measures``: 件/宗/起 cases, 次/场 occasions, 人/名
people, % shares) meets the bound. A bound is read in digits or Chinese numerals (「超过一百份」
「三次以上」「上万人次」, ``retrieval.written_numbers``); a report's count in words only when it
holds a place word (「两万余人次」, ``retrieval.numerals.figures_in_digits``): 「三项制度」
「两个清单」 name sets, never counts. 「百分之百」「全部」 are said of totality in other words and
stay with the topic reading.
A figure given roughly (近300人次, 约300人次, 300人次左右) asks a count about it: a report giving
120人次 did not do it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from retrieval.count_deeds import topic_counts
from retrieval.measures import counts_with
from retrieval.numerals import figures_in_digits
from retrieval.written_numbers import NUMERAL, ROUGH, rough_bound
from retrieval.written_numbers import value as numeral_value

# the bound words before the number: above, at least, reaching; below
_ABOVE = r"超过|超出|多于|大于|高于|不止|不只"  # 不止一家: more than one
_LEAST = r"至少|不少于|不低于|起码|最少|达到|达"
# 「没到100%」「未达到100%」: the level not reached is below it, as 不到 is
_BELOW = r"少于|低于|不到|不足|小于|没到|未到|没达到|未达到|没有达到|尚未达到"
# 「近300人次」「将近300」「约300」「300左右」: a figure given roughly is a count about it — 近 one
# a little under it, 约/左右 one either side; a report giving another figure did not do it.
# 「最近3次党委会」 names the latest few, no rough figure
_NEAR = r"将近|接近|(?<!最)近|差不多|大约|大概|约"
# 个 of 「3个月」「近两个月」「6个工作日」 measures a span of time, never a count of things
_MEASURE = (
    r"人次|件次|场次|户次|[%％]|个(?!月|年|工作日|小时|季度|星期|周)"
    r"|[件宗起人名位次场期轮条份家项台套本张户处所批]"
)
_NUMBER = rf"(?:[0-9０-９]+(?:\.[0-9]+)?(?:万|亿)?|{NUMERAL})"
_BEFORE = re.compile(
    rf"(?:(?P<above>{_ABOVE})|(?P<least>{_LEAST})|(?P<below>{_BELOW})|(?P<near>{_NEAR}))了?"
    # after a word of more-than 一 is the count (「不止一家」「超过一次」), no article; 「达到一个
    # 新台阶」 is an idiom
    rf"(?:有|是|在)?(?P<n>{_NUMBER}|(?<=不止|不只|超过|多于)一)\s*(?P<m>{_MEASURE})"
)
# 「10次以上」「20多场」「100件以下」: the bound after the number
_AFTER = re.compile(
    rf"(?P<n>{_NUMBER})\s*(?:(?P<many>多|余)(?P<m2>{_MEASURE})"
    rf"|(?P<m>{_MEASURE})(?:(?P<up>以上|之上|及以上)|(?P<down>以下|之下)|(?P<about>左右|上下)))"
)
# 「上万人次」「过千件」: a round floor said as the order of magnitude reached
_ROUGH = re.compile(rf"{ROUGH}\s*(?P<m>{_MEASURE})")
# 「调解成功率100%的」「持证率为100%」: a share right after the rate it is the value of, no bound
# word — the units whose rate is that share (a report writes 「调解成功率100%」 so); a share after
# a rate read with 以上/以下 is the bound after the number (``_AFTER``)
_RATE_VALUE = re.compile(
    rf"(?<=率)(?:为|是)?(?P<n>{_NUMBER})\s*(?P<m>[%％])(?!以上|之上|及以上|以下|之下)"
)
# a clause that sets a share as a target or says it was not reached states no rate of it
_UNSTATED = re.compile(r"未|没|力争|争取|确保|目标|计划|要求|不低于|不少于|以上|以下")
_CLAUSES = re.compile(r"[，,；;。]")
# 「办结率、满意率均为100%」: rates listed and then given one share (均/都) each hold it — the
# enumeration comma is no cut between a rate and its share there (``count_deeds``)
_SHARED_BY_LIST = re.compile(r"(?:[^，,；;。、]{1,12}、)+[^，,；;。、]{1,12}?(?:均|都|全部)")
# 「2万余人次」 (「两万余人次」 in digits): the approximation after the scale as before it
_STATED_NUMBER = re.compile(
    r"(?P<n>[0-9]+(?:\.[0-9]+)?)\s*(?P<approx>余|多)?\s*(?P<x>万|亿)?\s*(?P<approx2>余|多)?"
)
_TIMES = {"万": Decimal(10000), "亿": Decimal(100000000)}
_UNDER = Decimal("0.9")  # a rough figure reaches a tenth below itself (近300: 270 to 300)
_HALF_WIDTH = str.maketrans("０１２３４５６７８９％", "0123456789%")


@dataclass(frozen=True)
class CountBound:
    """「超过1000件」: a count of ``measure``'s kind compared (``op``: >, >=, < or =) with
    ``value``."""

    op: str
    value: Decimal
    measure: str

    def met_in(self, sentence: str, topics: Sequence[Sequence[str]] = ()) -> bool:
        """Does ``sentence`` state a count of the asked kind that meets the bound? 「500余件」
        is more than 500: it meets 「超过500件」, never 「少于500件」. With ``topics`` (each
        asked concept's spellings) only the counts of the asked deed are read
        (``retrieval.count_deeds``): another deed's count in the sentence meets nothing."""
        counts = counts_with(self.measure)
        text = figures_in_digits(sentence.translate(_HALF_WIDTH))
        if self.op == "=":  # 「力争持证率达到100%」「仍未达到100%」: a target or a miss, no rate
            text = "，".join(c for c in _CLAUSES.split(text) if not _UNSTATED.search(c))
            text = _SHARED_BY_LIST.sub(lambda m: m.group().replace("、", "和"), text)
        for run in topic_counts(text, counts, topics):
            got = _STATED_NUMBER.match(run)
            if got is None:
                continue
            value = _decimal(got.group("n"))
            if value is None:
                continue
            value *= _TIMES.get(got.group("x") or "", Decimal(1))
            approx = bool(got.group("approx") or got.group("approx2"))
            if self._meets(value, approx):
                return True
        return False

    def _meets(self, value: Decimal, approx: bool) -> bool:
        if self.op == "~<":  # 「近300」: at most the figure, within a tenth under it
            return self.value * _UNDER <= value <= self.value and not approx
        if self.op == "~":  # 「约300」「300左右」: within a tenth either side
            return abs(value - self.value) <= self.value * (1 - _UNDER)
        if self.op == ">":
            return value > self.value or (approx and value >= self.value)
        if self.op == ">=":
            return value >= self.value
        if self.op == "=":  # 「成功率100%」: the rate stated is that share
            return value == self.value and not approx
        return value < self.value and not approx


def _decimal(run: str) -> Decimal | None:
    """「100」, 「1万」 or 「一百」 as a number."""
    times = _TIMES.get(run[-1:], Decimal(1)) if run[:1].isdigit() else Decimal(1)
    try:
        return Decimal(run.rstrip("万亿")) * times if run[:1].isdigit() else numeral_value(run)
    except InvalidOperation:
        return None


def bound_asked(question: str) -> CountBound | None:
    """The one count bound a which-question sets, or None (none, or several)."""
    text = question.translate(_HALF_WIDTH)
    found = []
    for m in _BEFORE.finditer(text):
        near = m.group("near")
        op = ">" if m.group("above") else ">=" if m.group("least") else "<"
        op = ("~<" if "近" in near else "~") if near else op
        found.append((op, m.group("n"), m.group("m"), m.span()))
    for m in _AFTER.finditer(text):
        if any(s <= m.start() < e for *_, (s, e) in found):
            continue
        op = ">" if m.group("many") else ">=" if m.group("up") else "~" if m.group("about") else "<"
        found.append((op, m.group("n"), m.group("m2") or m.group("m"), m.span()))
    for m in _ROUGH.finditer(text):
        if not any(s <= m.start() < e for *_, (s, e) in found):
            found.append((">=", str(rough_bound(m.group("order"))), m.group("m"), m.span()))
    if not found:  # a bound said in words is what is asked; a rate's share beside it is no bound
        found = [("=", m.group("n"), m.group("m"), m.span()) for m in _RATE_VALUE.finditer(text)]
    if len(found) != 1:
        return None
    op, number, measure, _ = found[0]
    value = _decimal(number)
    measure = {"人次": "人次", "场次": "场"}.get(measure, measure)
    return None if value is None else CountBound(op, value, measure)


def bound_spans(question: str) -> list[tuple[int, int]]:
    text = question.translate(_HALF_WIDTH)
    spans = [m.span() for m in _BEFORE.finditer(text)]
    for pattern in (_AFTER, _ROUGH):
        spans += [
            m.span()
            for m in pattern.finditer(text)
            if not any(s <= m.start() < e for s, e in spans)
        ]
    spans = spans or [m.span() for m in _RATE_VALUE.finditer(text)]
    return spans


def without_bound(need: str) -> str:
    """``need`` with its one bound blanked (same length): 以上, 低于 and the number say what
    count meets the condition (``CountBound.met_in``), never a word a report must write —
    「成功率98.7%」 is a rate above nothing in its words."""
    if bound_asked(need) is None:
        return need
    for s, e in bound_spans(need):
        need = need[:s] + " " * (e - s) + need[e:]
    return need


# 「调解成功率99%以上的」「受理案件超过500件的？」: a 的-phrase closed by the bound it sets
_CLOSED = re.compile(r"^\s*的?(?:乡镇|镇|乡|街道|单位|地方|报告|有哪些|是哪些|有谁)?[？?。！!\s]*$")


def bounded_phrase(question: str) -> bool:
    """Does a question with no asking word end in a bound and 的 (「调解成功率99%以上的」)?
    Such a phrase names the units meeting the bound, the unit noun left out as in
    「落实两个清单的」: no one asks a fact of a bound they set themselves."""
    if bound_asked(question) is None:
        return False
    spans = bound_spans(question)
    return (
        len(spans) == 1
        and "的" in question[spans[0][1] :]
        and bool(_CLOSED.match(question[spans[0][1] :]))
    )
