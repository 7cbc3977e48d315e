"""The last question asked again of the units a follow-up names (「那峡口镇呢」).

The new units take the old ones' place; a which-question that named none is asked of them.
Asked of one unit, a which-question with nothing left to ask becomes a yes-no question about
that unit, its verb kept: 「哪个是2025年的」 then 「那三都镇呢」 asks 「三都镇是2025年的吗」 — read as
「三都镇2025年的」 (the verb dropped) it was searched as a topic and found nothing.

A level word of the old unit's own rung goes with the unit: 「巴中市司法局审查了多少份市级文件」
then 「那荔湾区呢」 asks of the district's own documents (区级), never of a city's — 市级 was the
rung of 巴中市, and kept it asked 荔湾区 for a level its report does not speak of. A level word
of another rung (「某县…市级示范」: a city's award to the county) is the topic and stays.
"""

from __future__ import annotations

import re

from answering.followup_region import without_region
from answering.unit_years import attached_years
from reportqa.units import short_name

__all__ = ["guesses_year", "substituted"]

_WHICH_HEAD = re.compile(
    r"^(?:请问)?(?:哪些|哪个|哪几个|有哪些|各)(?:乡镇|镇|乡|街道|单位|地方)?(?:的)?"
)
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?")
# 「2015和2018两份里」「2013、2016年的报告中」: the reports of the units said then, picked by year —
# a unit added to them is asked of its own reports, which may be of no such year
_REPORTS_OF_YEARS = re.compile(
    r"(?:19|20)\d{2}(?:\s*[和与及、]\s*(?:19|20)\d{2})*\s*年?度?(?:的)?"
    r"(?:[两二三四五几]份|这两份|那两份)?(?:报告)?(?:里|中)?(?:[，,])?"
)
_KINDS = "市县区镇乡旗"  # a unit's rung by the last character of its name
_RUNG_WORD = re.compile(rf"([{_KINDS}])级(?!别)")
# words that still ask something once a which-question's head is gone (「…有几个」「…是什么」);
# a question left without one asks whether it holds
_STILL_ASKS = re.compile(r"几|多少|什么|哪|谁|怎么|怎样|如何|为何|吗|么|是否|有没有|是不是|呢|还是")
# 「…是2024年的吗」: the year is the guess asked about, not the year of the report to look in
_YEAR_GUESS = re.compile(r"是\s*(?:19|20)\d{2}\s*年度?的?(?:报告)?吗$")


# 「光明和宝安2023年、2021年的那份」: as many years listed as units before them, one each in order
# (「各自最新那份」 read as years: ``followup_years``)
_RESPECTIVE = re.compile(
    r"(?P<years>(?:19|20)\d{2}\s*年?(?:\s*[、和与及]\s*(?:19|20)\d{2}\s*年?)+)(?:的)?(?:那份|这份)?"
)


def _respective_years(prev_q: str, old: list[str]) -> dict[str, int]:
    """Each old unit's own year when ``prev_q`` lists one year per unit right after the
    units (「甲和乙2023年、2021年的那份」): the listed years go to the units in their order,
    as 「分别」 reads them; {} otherwise."""
    m = _RESPECTIVE.search(prev_q)
    if not m:
        return {}
    years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", m.group("years"))]
    at = [
        (min(i for i in (prev_q.find(u), prev_q.find(short_name(u))) if i >= 0), u)
        for u in old
        if u in prev_q or short_name(u) in prev_q
    ]
    if len(years) != len(old) or len(at) != len(old) or any(i > m.start() for i, _ in at):
        return {}
    return {u: y for (_, u), y in zip(sorted(at), years, strict=True)}


def guesses_year(question: str) -> bool:
    return bool(_YEAR_GUESS.search(question))


# the words ending a division's name: after a unit's short name they name another unit
_DIVISION = r"新区|开发区|高新区|区|县|镇|乡|街道|市|村|社区"


def substituted(prev_q: str, old: list[str], new: list[str]) -> str:
    """Put the new units where the previous question had its units (or in front)."""
    joined = "、".join(new[:-1]) + "和" + new[-1] if len(new) > 2 else "和".join(new)
    if not old:
        whole = without_region(prev_q)  # 「四川的报告里，」 is no unit
        body = _WHICH_HEAD.sub("", whole)
        if len(new) > 1:
            return f"比较{joined}{re.sub(r'^(?:的|在|是|有)', '', body)}"
        head = _WHICH_HEAD.match(whole)
        asks_which = head is not None and "哪" in head.group(0)  # not 「各乡镇的…」
        if asks_which and not _STILL_ASKS.search(body):
            return f"{joined}{body.rstrip('？?。!！ ')}吗"
        return f"{joined}{re.sub(r'^(?:的|在|是|有)', '', body)}"
    body = _own_rung(_YEAR.sub("", prev_q), old, new)  # the year belonged to the old unit
    if len(new) > len(old) and set(old) <= set(new):  # units added: their years too
        body = _own_rung(_REPORTS_OF_YEARS.sub("", _RESPECTIVE.sub("", prev_q)), old, new)
        # a year pinned to one old unit (「光明2023年和盐田…」) is that unit's report, still
        # asked of when units are added: it goes back beside the unit's name
        own = attached_years(prev_q, old) or _respective_years(prev_q, old)
        dated = [f"{u}{own[u]}年" if u in own else u for u in new]
        joined = "、".join(dated[:-1]) + "和" + dated[-1] if len(dated) > 2 else "和".join(dated)
    for u in old:
        # 「新市街」 is how a 街道 is said short too: the whole spoken name goes, never leaving 街
        spoken = u[:-1] if u.endswith("街道") else u
        body = body.replace(u, "\0").replace(spoken, "\0")
        # the short name followed by a division word is another unit (沐岚新区 beside 沐岚市);
        # a 区 once a 新区 is the same unit by its old name (光明新区 is 光明区): swapped too
        if u.endswith("区") and not u.endswith("新区"):
            body = body.replace(f"{short_name(u)}新区", "\0")
        body = re.sub(rf"{re.escape(short_name(u))}(?!{_DIVISION})", "\0", body)
    body = re.sub(r"\0(?:\s*[和与及、跟同]\s*\0)+", "\0", body)
    if len(new) == 1:
        body = re.sub(r"^(?:请)?(?:比较|对比)", "", body)
    elif not re.search(r"比较|对比", body):
        body = "比较" + body
    return body.replace("\0", joined, 1).replace("\0", "")


def _own_rung(body: str, old: list[str], new: list[str]) -> str:
    """``body`` with a level word of the old units' own rung (市级 of 巴中市) said of the new
    units' rung (区级 of 荔湾区), or dropped when theirs has no such word (街道)."""
    was = {u[-1:] for u in old}
    now = {u[-1:] for u in new}
    if len(was) != 1 or len(now) != 1 or was == now or not was <= set(_KINDS):
        return body
    rung = now.pop()
    said = f"{rung}级" if rung in _KINDS else ""
    return _RUNG_WORD.sub(lambda m: said if m.group(1) in was else m.group(0), body)
