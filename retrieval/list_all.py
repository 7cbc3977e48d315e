"""「哪些单位宣传了民法典？一个都别漏」: a closing clause that tells the answerer to list them all.

After the clause that asks, a spoken question often adds a command to the one answering —
别漏 / 不要遗漏 / 一个都别落下 / 全部列出来 / 列全. It is said to the answerer about the list, not
about any unit: no report writes it, so read as words of the need it kept out every report
(「一个」 became a topic beside 民法典) or turned into the totality 100% (``retrieval.spoken``).
It is known by its position and its shape — a whole clause, after a clause that asks, made
only of an optional 「one of them」, an imperative negation (别/不要/不能/勿) and a verb of
leaving out (漏/落/遗漏/少), or of an adverb of all and a verb of listing. Kept: 「一个不落」
inside the asking clause (「执法人员一个不落都持证上岗了」 is the deed's totality) or after a
comma with no imperative (「对企业开展了法治体检，一家不落？」: still the deed's), and a first
clause (「全部列出来，不限街道」 is a follow-up's whole request, ``answering.followup_widen``).
"""

from __future__ import annotations

import re

__all__ = ["LIST_ALL_TAIL", "without_list_all"]

_ASKS = r"哪|谁|几|多少|什么|有没有|是否|吗"
_ONE = r"(?:一个|一家|一份|一处|一条|一项|一个单位|一个地方)?(?:都|也)?"
_LEAVE_OUT = r"(?:漏|遗漏|漏掉|落下|落|少|丢|落掉)(?:了|掉|下)?"
# a command not to leave any out: 别漏 / 一个都别落下 / 千万不要遗漏
# (「一个都不能少」 is a slogan reports write of a deed's coverage: it stays)
_DONT_MISS = (
    rf"(?:请|麻烦)?{_ONE}(?:千万|可)?(?:别|不要|不能(?!少)|不许|勿|莫)(?:给我)?{_LEAVE_OUT}"
)
# 「一个不落」 with no imperative is a command only once the question has ended (「…？一个不落」);
# after a comma it still describes the deed (「对企业开展了法治体检，一家不落？」: every firm)
_NONE_LEFT = rf"{_ONE}不(?:漏|落|少)(?:下)?"
# a command to list them all: 全部列出来 / 都列一下 / 列全 / 给我列齐
_LIST_ALL = (
    r"(?:请|麻烦)?(?:你)?(?:给我)?(?:把它们|把这些)?(?:全部|全都|统统|都|通通)?(?:给我)?"
    r"(?:列出来|列一下|列全|列齐|写全|列清楚|说全|都列上)"
)
_CLAUSE_END = r"(?:了|啊|哈|哦|呀|吧)?[。！!？?，,；;\s]*$"
LIST_ALL_TAIL = _TAIL = re.compile(
    rf"(?P<cut>[，,。；;？?！!]\s*(?:{_DONT_MISS}|{_LIST_ALL}){_CLAUSE_END}"
    rf"|[。？?！!]\s*{_NONE_LEFT}{_CLAUSE_END})"
)


def without_list_all(q: str) -> str:
    """``q`` without a closing command to list every unit, when a clause before it asks;
    unchanged otherwise."""
    m = _TAIL.search(q)
    if not m or not re.search(_ASKS, q[: m.start()]):
        return q
    end = q[m.start()]  # the asking clause's own end (？) stays; a comma only joined the command
    return q[: m.start()] + (end if end in "？?！!。" else "")
