"""「罗湖..不对，南山那份15年的报告…」: a spoken self-correction replaces what it corrects.

A typed chat question is often spoken first: the user names one unit or year, breaks off with
不对 / 不是 / 哦不 / 说错了, and says the right one. What came before the break is withdrawn, so
it must never scope the search (罗湖 and 南山 would be two units asked; 罗湖GDP a topic). The
correction replaces the clause it breaks off — or, when it starts with a year and that clause
holds a year, only that year (「南山2014年，不对，2015年的GDP」 keeps 南山).

A break is known by its form, not by the words: the marker stands alone between a pause
(「..」「…」「，」 or a space) and a pause or the corrected words, and something was said before
it. 「哪些做法不对」「对不对」「是不是」 and 「不对吧」 hold no such break and stay as asked.
"""

from __future__ import annotations

import re

_PAUSE = r"(?:\.{2,}|。{2,}|…+|[，,、；;\s]|——)"
# 不是/不对/错了 only between pauses; 哦不/噢不/啊不 are a correction even before the words
_MARK = re.compile(
    rf"{_PAUSE}+\s*(?:"
    r"(?:(?:我)?说错了|不对不对|不是不是|不对|不是|错了|搞错了)\s*" + _PAUSE + r"+|"
    r"(?:哦|噢|喔|啊|呃)不(?:对|是)?\s*" + _PAUSE + r"*"
    r")"
)
_YEAR = re.compile(r"(?:19|20)?\d{2}年|[一二〇零○]{2,4}年")
_CLAUSE = re.compile(r"[，,。；;？?！!\s]")


def self_corrected(question: str) -> str:
    """``question`` with each self-correction applied (module docstring); as asked when it
    holds none."""
    for _ in range(3):  # 「A，不对，B，哦不，C」: each break in turn
        m = _MARK.search(question)
        if m is None:
            return question
        before, after = question[: m.start()], question[m.end() :]
        if not before.strip() or not after.strip() or not re.search(r"[\u4e00-\u9fff]", before):
            return question
        start = max((c.end() for c in _CLAUSE.finditer(before)), default=0)
        clause = before[start:]
        year = _YEAR.match(after)
        years = list(_YEAR.finditer(clause))
        if year and years:
            last = years[-1]  # a year corrects a year: what stood before it stays
            question = before[: start + last.start()] + after
        elif _bare(clause):
            question = before[:start] + after
        else:
            return question
    return question


def _bare(clause: str) -> bool:
    """Is the withdrawn clause a bare name (「罗湖」「柏岭区」「罗湖那份报告」)? Only then is
    it known to be what the correction restates; 「南山区2017年的GDP，不对，人均GDP是多少」
    corrects the measure, not the unit, and a guess would drop the unit said."""
    core = re.sub(r"(?:的|那份|这份)?报告$|那份$", "", clause.strip(" .。…"))
    return (
        0 < len(core) <= 6
        and re.fullmatch(r"[\u4e00-\u9fff]+", core) is not None
        and re.search(r"[的是有在了]", core)
        is None  # 「坪山区是新区，不是，…」 says, names nothing
    )
