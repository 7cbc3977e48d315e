"""「那增速呢」 after 「罗湖2018年GDP是多少？」: a measure of the thing just asked about.

A growth rate, a share or a rank is never a thing of its own: it is always the rate or share
*of* something. A follow-up that names only such a measure (增速, 占比, 排名) asks it of the
last question's topic — the same unit, year and thing — and never of whatever sentence of the
report happens to hold the word (「收入增速与GDP同步」).

A count of a thing is likewise counted at its stages: 行政复议申请 are received (收到), accepted
(受理), closed (审结). 「那受理了多少件呢」 after 「A、B、C的行政复议申请各多少」 names a verb and a
count and no object: the object dropped is the thing just counted, and the units are the same.
Searched as typed it finds whichever 受理 sentence each report has, or none.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["deed_of_last", "measure_of_last"]

# the measures of a quantity a report gives beside it (增长7.3%, 占比12%, 排名第三)
_MEASURE_ONLY = re.compile(
    r"^(?:那么?|还有)?(?:它的|其)?(?P<m>增速|增幅|增长率|涨幅|降幅|占比|比重|排名)"
    r"(?:是|有)?(?:多少|几|如何|怎么样|呢)*[？?。!！\s]*$"
)
# the asking tail of the last question: 「是多少？」「有多少」「达到多少」
_ASKING_TAIL = re.compile(
    r"(?:大概|大约|一共)?(?:是|有|达到|为)?(?:多少|几)[个件亿元万]*[？?。！!\s]*$"
)


# 「那受理了多少件呢」「审结了几件」: a verb of a deed, a count in a measure word, no object
_DEED_COUNT = re.compile(
    r"^(?:那么?|还有)?(?:其中|这里面?)?(?:各自?|分别)?(?P<v>[\u4e00-\u9fff]{1,4}?)(?:了|过)?"
    r"(?:多少|几)(?P<m>[件人次个项场家户名起份条])?(?:呢)?[？?。!！\s]*$"
)
# 是, 有, 为 join a thing to its count (the last question's own 「各是多少」): they name no deed
_COPULA = re.compile(r"^(?:是|有|为|共有|总共有)$")
# the last question's count asked of a thing said whole, with at most 各/分别 and 是/有 before it
_THING_TAIL = re.compile(
    r"(?P<each>各自?|分别)?(?:是|有|为)?(?:多少|几)[个件人次项场家户名起份条]*[？?。！!\s]*$"
)


def deed_of_last(question: str, prev_question: str) -> str | None:
    """The last how-much question asked of the thing's count at the deed named (「…行政复议申请
    各受理了多少件」); None when the follow-up names more than a verb and a count, or the last
    question counted a deed of its own (「各开展了多少场」: the verb there is the thing's)."""
    m = _DEED_COUNT.match(question.strip())
    prev = prev_question.strip()
    tail = _THING_TAIL.search(prev)
    if not m or not tail or tail.start() == 0 or m.group("v") in prev:
        return None
    stem = prev[: tail.start()]
    if re.search(r"[了过得]$", stem) or not _is_verb(m.group("v")) or _COPULA.match(m.group("v")):
        return None  # 「那是多少」「那有多少人」: no stage of the thing, and no 「各是了多少」
    each = tail.group("each") or ""
    return f"{stem}{each}{m.group('v')}了多少{m.group('m') or ''}？"


@lru_cache(maxsize=1)
def _tokenizer():
    from reportqa.text import Tokenizer  # the domain dictionary; built once, on first use

    return Tokenizer()


def _is_verb(word: str) -> bool:
    """Is ``word`` one verb word (受理, 审结) — never a noun or a pointer (那个, 哪个)?"""
    tagged = _tokenizer().tagged(word)
    return len(tagged) == 1 and tagged[0][1].startswith("v")


def measure_of_last(question: str, prev_question: str) -> str | None:
    """The last how-much question asked for the measure named (「罗湖2018年GDP的增速是多少？」);
    None when the follow-up names more than a measure or the last question asked no amount."""
    m = _MEASURE_ONLY.match(question.strip())
    if not m:
        return None
    stem = _ASKING_TAIL.sub("", prev_question.strip())
    if stem == prev_question.strip() or not stem:
        return None
    return f"{stem}的{m.group('m')}是多少？"
