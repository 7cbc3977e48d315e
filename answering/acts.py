"""The act a how-many question counts, read off the question's words.

「问题整改了多少个」 asks how many were 整改 (rectified); a report writes 「对巡察反馈的13个问题，
……完成整改12个」, where the verb next to each number names what it counts. So the verb right
before the question word (「整改了多少」「片子看了几回」) is the asked act, and a count whose
clause holds it is the one asked (``values.asked_count``, ``value_kinds.values_in``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reportqa.text import to_simplified
from retrieval.query import Concept

# words between an act and its question word that name no act: 「审查了几次」「一共讲了多少」
_FILLER = re.compile(r"(?:了|过|一共|总共|共|累计|大概|大约|约|都|又|还|有|是|到底|究竟|能|要)+$")
_ASK = re.compile(r"多少|几(?!成员)")


def asked_act(
    question: str, concepts: Sequence[Concept] = (), words: Callable[[str], list[str]] | None = None
) -> str:
    """The act a how-many question counts: the verb right before its question word
    (「问题整改了多少个」 → 整改, 「片子看了几回」 → 看). The verb next to a report's number
    names what the number counts (「完成整改12个」, not 「反馈的13个问题」), so a count whose
    clause holds the asked act is the one asked. The segmenter's last word before it when
    ``words`` is given; else two characters, or one when the character before it ends a
    word of the topic (片子看); '' when no act stands there (「有多少」)."""
    q = to_simplified(question)
    m = _ASK.search(q)
    if not m:
        return ""
    before = _FILLER.sub("", re.split(r"[，,；;、？?。！!]", q[: m.start()])[-1])
    if re.fullmatch(r"[\u4e00-\u9fff]", before):
        return before  # the clause starts with its verb: 「挂了多少横幅」
    if len(before) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", before[-2:]):
        return ""
    if words is not None:  # the segmenter's last word, when it is a short one
        last = (words(before) or [""])[-1]
        return last if re.fullmatch(r"[\u4e00-\u9fff]{1,2}", last) else ""
    terms = [a for c in concepts for a in c.alternatives if len(a) >= 2]
    if any(before[:-1].endswith(t) for t in terms):
        return before[-1]  # a one-character verb after its object: 片子看
    return before[-2:]


_CLAUSE_END = "，,；;。！？!?\n"
_SENT_END = "。！？!?\n"
UNDER = "其中"


def _bounds(text: str, start: int, end: int, stops: str) -> tuple[int, int]:
    lo = max(text.rfind(ch, 0, start) for ch in stops) + 1
    ends = [i for i in (text.find(ch, end) for ch in stops) if i >= 0]
    return lo, min(ends, default=len(text))


def act_clause(text: str, start: int, end: int) -> str:
    """The clause of the count at ``start:end`` of ``text``, read for its act. Under 其中 a
    report lists the parts of a total without repeating its verb (「开展合法性审查64件，其中
    行政合同55件」): such a count's clause carries the total's clause too, so 「行政合同审查了
    几件」 finds 审查 by 55件 as well as by 64件 and the topic words decide between them."""
    lo, hi = _bounds(text, start, end, _CLAUSE_END)
    s_lo, _ = _bounds(text, start, end, _SENT_END)
    under = text.rfind(UNDER, s_lo, start)
    c_lo = _bounds(text, under, under, _CLAUSE_END)[0] if under >= 0 else s_lo
    if c_lo - 1 <= s_lo:  # no 其中, or no clause before it in the sentence
        return text[lo:hi]
    p_lo = _bounds(text, c_lo - 1, c_lo - 1, _CLAUSE_END)[0]  # the total's clause
    return text[p_lo:c_lo] + text[lo:hi]


def under_total(text: str, start: int) -> bool:
    """Does the count at ``start`` stand under 其中 in its sentence (a share of a total)?"""
    s_lo = max(text.rfind(ch, 0, start) for ch in _SENT_END) + 1
    return text.rfind(UNDER, s_lo, start) >= 0


def item_clause(text: str, start: int, end: int, reach: int = 8) -> str:
    """The clause of the count at ``start:end``, with the verb it shares: a list writes its
    verb once and repeats the noun (「配备法律顾问2名，村法律顾问11名」), so an item whose short
    clause ends in the noun the clause before it counts carries that clause's words before
    the noun too (配备 for 11名). Read only for the asked act (``values.asked_count``): the
    item's own modifier (村) still tells it apart from the first item (镇政府)."""
    lo, hi = _bounds(text, start, end, _CLAUSE_END)
    own = text[lo:start]
    if lo < 2 or len(own) > reach or text[lo - 1] in _SENT_END:
        return text[lo:hi]
    p_lo, _ = _bounds(text, lo - 1, lo - 1, _CLAUSE_END)
    before = re.split(r"[\d０-９]", text[p_lo : lo - 1])[0]  # the previous clause up to its count
    n = 0
    while n < min(len(own), len(before)) and own[-1 - n] == before[-1 - n]:
        n += 1
    if n < 2:
        return text[lo:hi]
    return before[:-n] + text[lo:hi]
