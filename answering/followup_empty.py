"""A follow-up that narrows after an answer that listed nobody: 「这里头哪个是区县一级的？」
「其中哪个是2022年的报告？」「这几个里2023年的是哪几个？」.

There are no units to pick from, and the follow-up has no topic of its own: its words point
back (这里头, 这几个) and name a level or a year. Searching them as a topic answers 「没有找到
关于「这里头哪个是区县一级的」的内容」, which tells the user nothing; refusing makes them ask
again. What they mean is the last question — the units it asks for are the ones pointed at —
over the reports of that level or year (a narrower pool, where the last answer's search may
fare otherwise), as ``followup_levels`` does for 乡/镇/街道; the note says the last answer
listed no unit. A year is bounded with the year itself as often as not (「2023年及以后的」),
and a verb of saying with no object of its own (「…的报告里提到的有哪些」) says the last topic.

A pointer that names the kind of unit the last question was asked over (「这些街道一年付了多少
钱」「这些街道里面哪几个的报告年份最早」 after 「…哪些是街道办事处写的」) still has something to
stand for when that answer listed nobody: the units of that kind, whatever the last answer
found. Its own question is asked over that kind's reports; a pointer of another kind, or one
with nothing asked of it but a ranking (「这些街道里哪个最多」), is still asked back. Only after a question that asked for units (哪些, 谁): after 「你好」 a pointer
has nothing to stand for. A pointer that narrows nothing (「它们各自是哪年的报告」「其中哪个
最多」) is still asked back (``answering.followup``): asked again, the last question could
only repeat its empty answer.
"""

from __future__ import annotations

import re

from answering.followup_among import AMONG
from answering.followup_own import OWN_TOPIC
from answering.followup_scope import without_years
from answering.meta_frame import ANY_REPORTS

__all__ = ["ASKED_UNITS", "COUNTY_WORDS", "after_empty", "over_level"]

# the county rung as a user names it (shared with ``followup_switch``, which names the city rung
# as its scope readers take it)
COUNTY_WORDS = {
    "区县": "区县",
    "县区": "区县",
    "县市区": "区县",
    "县": "区县",
    "区": "区县",
    "旗": "区县",
}
# the levels above the township, as a user names them, and the scope word the readers take
_ABOVE = {**COUNTY_WORDS, "地市": "地市", "市": "地市", "州": "地市"}
_NAMES = "|".join(sorted(_ABOVE, key=len, reverse=True))
_LEVEL_ONLY = re.compile(
    r"^(?:(?:哪些|哪几个|哪几家|哪几份|哪个|哪家|谁)(?:是|属于|在|算)?)?"
    rf"(?P<level>{_NAMES})(?:这一级|一级|级别|层级|级|里|层面)?(?:的|里的)?(?:报告)?"
    r"(?:呢|有哪些|是哪些|有哪几个|是哪个|有没有)?[？?。!！\s]*$"
)
_PICK = r"(?:哪些|哪几个|哪几家|哪几份|哪个|哪家|哪份|哪一份|谁)"
# the year a report covers, a span or a list of them (「2023年、2024年、2025年」: a bound as
# ``year_picks.ranged`` writes it out), or a bound (「2022年以前」: the scope readers spell it)
_YEARS = (
    r"(?:19|20)\d{2}\s*年度?(?:(?:到|至|和|、|或)(?:19|20)\d{2}\s*年度?)*"
    r"(?:(?:及|以及|和)?(?:以前|之前|以后|之后)|以来)?"
)
# 「提到的」「写了的」: a verb of saying with no object — the last question's topic said again
_SAID = r"(?:(?:也|都)?(?:提到|提及|写到|写了|说到|讲到|谈到)(?:了|过)?)?"
# 「哪个是2022年的报告」「2023年的报告是哪几个」「2022年的有哪些」「2022年以前的呢」: a year
# and the words of picking, nothing else
_YEAR_ONLY = re.compile(
    rf"^(?:{_PICK}(?:是|属于|为)?(?P<a>{_YEARS})的?(?:报告)?"
    rf"|(?P<b>{_YEARS})的?(?:报告)?(?:里|中)?{_SAID}的?(?:(?:都|又)?(?:是|有)?{_PICK})?)"
    r"(?:呢|啊|呀)?[？?。!！\s]*$"
)
# the last question asked for units: a which-word, a who (shared with ``followup_year_added``
# and ``followup_negated``: only a list of units is narrowed, widened or turned by a follow-up)
ASKED_UNITS = re.compile(r"哪些|哪几|哪个|哪家|谁")
_NOTE = "（上一个回答没有列出单位：{}）"
# 「这些街道」「那几个镇里面」: a plural pointer naming a kind of unit, then what is asked of them
# (the kind a whole word: 镇街, 区域, 县市区, 县级 name other things or two kinds at once)
_KIND_POINTER = re.compile(
    r"^(?:那么?)?(?:这|那)(?:些|几个|几家)(?P<kind>乡镇|街道|区县|镇|乡|县|区)(?![街域市级城])"
    r"(?:当中|之中|里面|里头|里边|中|里)?[，,]?的?(?P<rest>.+)$"
)
# the kind as the last question says it (「街道办事处」 is 街道; 区县 said as 县 or 区)
# (a 社区, 城区, 地区 or 区域 is no district, 城镇 no town)
_COUNTY_SAID = r"区县|县区|县(?!域)|(?<![社城园景片辖小地])区(?![域间别分])"
_KIND_SAID = {
    "乡镇": r"乡镇",
    "街道": r"街道",
    "镇": r"(?<!城)镇",
    "乡": r"(?<!城)乡(?![村亲])",
    "区县": _COUNTY_SAID,
    "县": _COUNTY_SAID,
    "区": _COUNTY_SAID,
}


def over_level(rest: str, prev_q: str) -> tuple[str, str] | None:
    """(question, note): the last question asked over the level ``rest`` names (after its
    pointer back: 「哪个是区县一级的」), or None when ``rest`` says more than a level."""
    m = _LEVEL_ONLY.match(rest)
    if m is None:
        return None
    level = _ABOVE[m.group("level")]
    return f"{level}的报告里，{_bare(prev_q)}", _NOTE.format(
        f"在{level}一级的报告里重新检索上一个问题"
    )


def after_empty(q: str, prev_q: str) -> tuple[str, str] | None:
    """(question, note) for ``q`` pointing back after the last answer listed no unit: the last
    question over the level or year ``q`` narrows to; None when ``q`` says more, or the last
    question asked for no units."""
    if not (ASKED_UNITS.search(prev_q) or ANY_REPORTS.search(prev_q)):
        return None
    if kind := over_kind(q, prev_q):
        return kind
    if AMONG.match(q):
        rest = AMONG.sub("", q).lstrip("，, ")
        if above := over_level(rest, prev_q):
            return above
        if m := _YEAR_ONLY.match(rest):
            years = re.sub(r"\s+", "", m.group("a") or m.group("b"))
            note = _NOTE.format(f"在{years}的报告里重新检索上一个问题")
            return _over_years(years, _bare(prev_q)), note
    return None


def over_kind(q: str, prev_q: str) -> tuple[str, str] | None:
    """(question, note): what ``q`` asks of 「这些街道」 over that kind's reports, when the last
    question was asked over that kind; None otherwise, or when it asks only a ranking."""
    m = _KIND_POINTER.match(q.strip())
    if m is None or not re.search(_KIND_SAID[m["kind"]], prev_q):
        return None
    rest = m["rest"].strip()
    if not OWN_TOPIC.sub("", rest):
        return None  # 「这些街道里哪个最多」: nothing to rank
    kind = _ABOVE.get(m["kind"], m["kind"])
    note = _NOTE.format(f"在{kind}的报告里问「{rest.rstrip('？?。')}」")
    return f"{kind}的报告里，{rest}", note


def _over_years(years: str, asked: str) -> str:
    """``asked`` over the reports of ``years``: the years it was asked over are replaced,
    never stacked — 「2023年的报告里，2021年哪些…」 reads both years, and lists the units of
    the year just set aside. A year of its topic (「2035年远景目标」) stays."""
    said = re.search(_YEARS, asked)
    if said and without_years(asked) is not None:
        return f"{asked[: said.start()]}{years}{asked[said.end() :]}"
    return f"{years}的报告里，{asked}"


def _bare(prev_q: str) -> str:
    return prev_q.rstrip("？?。")
