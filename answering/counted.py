"""Counts of the things a question names: 「收了多少个乡镇、多少个部门的年度报告去公示」 is
answered by 「收集全县15个乡镇和32个县直部门的…年度报告…集中公示」.

When a question counts named things with 个 (乡镇, 部门, 站所, 社区), report prose puts each
count right before its noun, maybe with a modifier between (32个县直部门), and the verb of the
question anywhere else in the sentence — so no count stands after the verb or the topic, which
is where the usual judge looks. A sentence the question's topic already ranked that counts
every named thing this way answers it; each count is read off the sentence as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportqa.text import to_simplified
from retrieval.concept import Concept

# 「多少个乡镇、」「几个部门的」「多少个站所？」: the noun ends where a particle, a joining word or
# the question ends; a noun running into a verb (「几个村修订了」) is left to the usual judge
_NAMED = re.compile(r"(?:多少|几)\s*个([\u4e00-\u9fff]{1,4}?)(?=[的、，,和及与或？?。！!]|$)")
# 「覆盖了多少乡镇和部门」: users drop the 个 after 多少 and let one 多少 count each noun joined to
# the first — kinds of unit of two or three characters (乡镇, 部门, 站所, 行政村), two or more
# joined; a lone noun with no 个 (多少人, 多少人次, 多少件) is a count in its own measure
_BARE = re.compile(
    r"多少((?:[\u4e00-\u9fff]{2,3}?[、和及与]){1,3}[\u4e00-\u9fff]{2,3}?)"
    r"(?=[的，,？?。！!]|$)"
)
_NUMERAL = r"(?:\d+|[一二两三四五六七八九十百]+)"
_MODIFIER = r"[\u4e00-\u9fff]{0,4}?"  # 县直, 区级, 镇属: what kind of department


def counted_nouns(question: str) -> tuple[str, ...]:
    """The nouns a question counts with 个, in order (乡镇, 部门); with no 个 written, the
    units of several characters one 多少 counts (「多少乡镇和部门」)."""
    q = to_simplified(question)
    named = [m.group(1) for m in _NAMED.finditer(q)]
    if not named:
        named = [n for m in _BARE.finditer(q) for n in re.split(r"[、和及与]", m.group(1))]
    return tuple(dict.fromkeys(named))


def _count_of(text: str, noun: str) -> re.Match | None:
    return re.search(rf"{_NUMERAL}\s*个{_MODIFIER}{re.escape(noun)}", text)


def tells_topic(sentence: str, concepts: Sequence[Concept], nouns: Sequence[str]) -> bool:
    """Does ``sentence`` name the rest of what is asked, every concept that is no counted
    noun (the required ones, else all)? 「全镇15个村法律顾问全覆盖」 counts villages but tells
    nothing of a 普法大集 asked about."""
    text = to_simplified(sentence)
    rest = [
        c for c in concepts if not ({c.term, *c.term.split("/"), *c.alternatives} & {*nouns, "村"})
    ]
    rest = [c for c in rest if c.required] or rest
    return bool(rest) and all(any(a in text for a in c.alternatives) for c in rest)


def counts_each(sentence: str, nouns: Sequence[str]) -> bool:
    """Does ``sentence`` give a 个 count right before every noun asked?"""
    text = to_simplified(sentence)
    return bool(nouns) and all(_count_of(text, n) for n in nouns)


def each_count(sentence: str, nouns: Sequence[str]) -> str:
    """「15个乡镇；32个县直部门」: the counts as the sentence writes them (same offsets in the
    simplified form), '' unless every noun has one."""
    text = to_simplified(sentence)
    found = [_count_of(text, n) for n in nouns]
    if not nouns or not all(found):
        return ""
    return "；".join(sentence[m.start() : m.end()] for m in found if m)
