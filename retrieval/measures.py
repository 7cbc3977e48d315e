"""Measure words: what the answer to a how-many question looks like.

Chinese counts carry a measure word (量词) that says what is counted: 「办结了多少宗」 asks
for 「N宗」 (cases), 「多少人次」 for 「N人次」 (attendances), 「多少万元」 for money,
「增长百分之几」 for a share. So the sentence that answers is one with a number carrying
that measure word (or one reports use for the same kind of thing: cases are 宗, 件 or 起);
a sentence whose numbers count something else (2500人次 of consultations for 多少件 cases)
does not answer, however many of the question's words it has.
"""

from __future__ import annotations

import re

# one character measure words of report prose (the QUANTITY pattern below reads them)
_SINGLE = "个件宗起人名位次场期轮条份家项台套本张座批户所支元篇册块方亩米吨辆处栋票天间"
# two-character ones are matched before the single ones they start with
_DOUBLE = ("人次", "天次", "件次", "批次", "户次", "架次", "万元", "亿元", "平方米", "公里")

# a number with its measure word: 「37起」「87.5%」「两台」「1.46万宗」「18705天次」;
# a bare year (「2025年」) answers no 「多少」
QUANTITY = re.compile(
    r"(?:[0-9０-９]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千万]+)\s*(?:余|多)?\s*(?:万|亿)?\s*"
    rf"(?:[%％]|{'|'.join(_DOUBLE)}|[{_SINGLE}]|余)"
)
# the same with digits only: the numbers a comparison can rank (「调处纠纷37起」 → 37)
DIGIT_QUANTITY = re.compile(
    rf"\d+(?:\.\d+)?\s*(?:[%％]|余?(?:万|亿)?(?:{'|'.join(_DOUBLE)}|[{_SINGLE}])|余)"
)

# measure words that answer for one another: a report writes 件 where a question says 宗
_KINDS = (
    ("宗", "件", "起"),  # cases, matters
    ("次", "场", "期", "轮", "批次"),  # occasions
    ("人", "名", "位", "人次"),  # people
    ("项", "条", "件"),  # items, measures
    ("家", "所", "个"),  # organisations
    ("天", "天次"),
    ("%", "％"),
    ("元", "万元", "亿元"),
)
_ASKED = re.compile(
    r"(?:多少|几)\s*(?:万|亿)?\s*(?P<m>" + "|".join(_DOUBLE) + rf"|[{_SINGLE}])"
    r"|(?P<pct>百分之(?:几|多少)|多少\s*[%％]|百分比|比例是多少|率是多少)"
    r"|(?P<money>多少钱)"
    r"|(?P<rank>第几|排名多少|排第几|排多少)"
)
# a rank: 「名列第二」「前三」「居全市首位」
_ORDINAL = re.compile(
    r"第\s*[0-9０-９一二三四五六七八九十]+|前\s*[0-9０-９一二三四五六七八九十]+|首位|榜首"
)


def asked_measure(question: str) -> str:
    """The measure word a how-many question asks for (宗, 人次, %, 元), or '' when it names
    none or names the general 个 (any measure word then answers: 几个律所 ~ 5家)."""
    m = _ASKED.search(question)
    if not m:
        return ""
    if m.group("pct"):
        return "%"
    if m.group("money"):
        return "元"
    if m.group("rank"):
        return "第"
    word = m.group("m")
    if word == "个":  # 「几个人」 asks for people (「几个人民调解委员会」 does not)
        after = question[m.end() : m.end() + 2]
        return "人" if after[:1] == "人" and after != "人民" else ""
    return word


def _accepted(measure: str) -> tuple[str, ...]:
    out = [measure]
    for kind in _KINDS:
        if measure in kind:
            out.extend(kind)
    # longest first, so 人次 is read before 人
    return tuple(sorted(dict.fromkeys(out), key=len, reverse=True))


_NUM = r"(?:[0-9０-９]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千万]+)\s*(?:余|多)?\s*(?:万|亿)?\s*"


def counts_with(measure: str) -> re.Pattern:
    """A number carrying ``measure`` or a measure word that answers for it (``第``: a
    rank)."""
    if measure == "第":
        return _ORDINAL
    words = "|".join(re.escape(w) for w in _accepted(measure))
    share = r"|百分之[0-9０-９一二三四五六七八九十百.]+" if measure == "%" else ""
    return re.compile(rf"{_NUM}(?:{words}){share}")


def carries_measure(text: str, measure: str) -> bool:
    """Does ``text`` give a number with the measure word asked for (or one of its kind)?"""
    return not measure or bool(counts_with(measure).search(text))
