"""A follow-up that moves the last which-question to another level: 「那市一级的呢？」
「那区县一级的呢」 after 「哪些乡镇开会之前会先学法？」.

A conversation over a library of several levels asks the same practice of one level, then of
the next: 那 + a level + 呢 says nothing of its own but the level. It does not pick among the
last answer's units — those are of the level just asked (乡镇), the new one is above it — so it
is the last question asked again over the reports of the level named (as 「那街道呢」 is for
the kinds inside 乡镇, ``answering.followup_levels``). The last question's own level word
(「哪些乡镇」「哪几个镇街」) is the old scope, not part of what is asked: it is replaced by the
neutral 地方, or the two levels would contradict each other and the scope readers would keep
the old one. The level is spelled 「X一级的报告里」, the one spelling every scope reader takes
(``retrieval.level_words``); the note says the last question was asked again there, so the
answer never reads as a new question of the user's.

A word that names only a level (地级市, 区县) is read without its rung word (「那地级市呢」), and
里/中 after a level says among its reports (「那地级市里呢」「那县里呢」); a one-character level
keeps its rung word or 里, since 「那市场呢」 is no level. Only a follow-up that names nothing but the level: 「那市一级哪些搞了普法」 has a topic of its
own, and 「其中县一级的呢」 picks among the last answer's units (``answering.followup``).
"""

from __future__ import annotations

import re

from answering.followup_empty import COUNTY_WORDS
from answering.followup_rung_narrow import rung_narrowed

# the levels above the township as a user names them → the rung the scope readers take; and
# the township rung itself, named whole (乡镇街道, 镇街): after a county-level question the
# conversation steps down as often as up (「区县一级的…有哪些」 then 「那乡镇街道里面呢」)
_TOWN_RUNG = {
    "乡镇街道": "乡镇",
    "乡镇和街道": "乡镇",
    "镇街": "乡镇",
    "街镇": "乡镇",
    "乡镇": "乡镇",
}
_ABOVE = {**COUNTY_WORDS, "地市": "市", "地级市": "市", "市": "市", "州": "市", **_TOWN_RUNG}
_NAMES = "|".join(sorted(_ABOVE, key=len, reverse=True))
# a word that names nothing but a level (地级市, 区县): it needs no 一级 to be read as one, where
# a one-character level (市, 县) alone may begin a place's name and keeps its rung word
_LEVEL_WORDS = ("地级市", "地市", "区县", "县区", "县市区", *_TOWN_RUNG)
_RUNG = r"(?:这一级|这个层级|这一层|这个层面|一级|本级|层面|层级|级别|级)"
# 里/里面/中 after a level: among the reports of that level (「那地级市里呢」「那县里呢」)
_AMONG_LEVEL = r"(?:里面|里头|里|中)"
_SWITCH = re.compile(
    # ; a word naming nothing but a level may be said with no 那 (「区县级的呢」): speech drops
    # it, and such a word is never the start of a place's name
    rf"^(?:(?:那么?|那要是|换成|再看看?)\s*|(?=(?:{'|'.join(_LEVEL_WORDS)})))(?:(?P<word>{'|'.join(sorted(_LEVEL_WORDS, key=len)[::-1])})(?:{_RUNG})?"
    rf"|(?P<level>{_NAMES})(?:{_RUNG}|(?={_AMONG_LEVEL})))"
    rf"(?:的|里的)?(?:报告|单位)?{_AMONG_LEVEL}?"
    r"(?:呢|又如何|怎么样)[？?。!！\s]*$"
)
# the last question's own level: a scope clause before it, and the level after the asking word
_OLD_SCOPE = re.compile(
    r"^(?:乡镇街道|乡镇|镇街|街镇|街道|区县|县区|县|区|市|乡|镇)(?:这一级|一级|级)?的?(?:报告)?"
    r"(?:里|中|里面)?(?:[（(][^）)]*[）)])?[，,]"
    # 「区县一级的报告里有哪些…」: the scope said without a comma, closed by 报告里
    r"|^(?:乡镇街道|乡镇|镇街|街镇|街道|区县|县区|县|区|市|乡|镇)(?:这一级|一级|级)?的?报告(?:里面|里|中)"
)
_OLD_LEVEL = re.compile(
    r"(?P<ask>哪些|哪几个|哪几家|哪个|有哪些)(?:乡镇街道|乡镇|镇街|街镇|街道|乡|镇|区县|县区|县|区|市)"
)


def switched_level(q: str, prev_q: str) -> tuple[str, str] | None:
    """(question, note): the last question asked over the level ``q`` names, or None when
    ``q`` says more than 那 + a level + 呢. An honour's rung (「那评上省级的呢」) narrows the
    thing asked of instead (``followup_rung_narrow``)."""
    if rung := rung_narrowed(q, prev_q):
        return rung
    m = _SWITCH.match(q.strip())
    if m is None:
        return None
    level = _ABOVE[m.group("word") or m.group("level")]
    asked = _OLD_SCOPE.sub("", prev_q.strip(), count=1).rstrip("？?。!！ ")
    asked = _OLD_LEVEL.sub(r"\g<ask>地方", asked, count=1)
    note = f"（在{level}一级的报告里重新检索上一个问题）"
    return f"{level}一级的报告里，{asked}", note
