"""A count written before the noun it counts: 「组织971名新提拔领导干部参加任职前法律知识考试」
answers 「有多少新提拔的干部参加了任前法律考试」.

Chinese puts a count in front of its noun (数词 + 量词 + 名词), with the noun's modifiers between
(971名|新提拔领导|干部), and the deed the noun does after it, in the same clause. A question that
writes 多少 straight before a noun, with no measure word (「多少干部」「多少群众」「多少企业」),
asks the number of that noun, and the measure word the report uses is the one the noun takes
(名/人 for people, 家 for bodies) — not a measure the question names. So the count stands
*before* the deed's words, often farther from them than the usual judge reads a count before
its topic (a count there usually belongs to something else: 「3000份开展…」). Only the count
right before the asked noun (a few characters of modifiers between, no clause break) is read
so, and only in a sentence that still says the rest of what is asked (the deed, the test).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.count_subject import subject_noun
from answering.counted import tells_topic
from reportqa.text import to_simplified
from retrieval.concept import Concept
from retrieval.measures import asked_measure, counts_with, how_many

# 多少 / 几 (never 哪几, which asks which ones) and the rest of its clause
_ASKS = re.compile(r"(?:多少|(?<!哪)几)(?P<rest>[^，,。？?！!；;、]{2,16})")
_MODIFIERS = 8
# measure words that count no thing: occasions, shares, money, spans of time (a noun is counted
# in 个, 名, 家, 项, 件, 份…)
_NO_THING = re.compile(
    r"(?:次|场|期|轮|批|趟|遍|回|%|％|元|天|年|学时|课时|小时|人次)$"
)  # characters of modifiers between a count and its noun (新提拔领导)
Tagged = Callable[[str], list[tuple[str, str]]]
# people asked by their measure word (「多少人参加了」「参加的有几名」): reports count them before
# their deed too (「组织25名新提拔干部参加…」); 人次 counts attendances, not people
PEOPLE = "人"
_PEOPLE = ("人", "名", "位")


def bare_noun(question: str, tagged: Tagged, words: Callable[[str], list[str]]) -> str:
    """The noun 「多少X」 counts when no measure word follows 多少: the last noun before the
    first verb after a noun (「多少新提拔的干部参加了」 → 干部: a verb before 的 is a modifier,
    a verb after the noun is its deed); '' when a measure word follows or no noun does."""
    q = to_simplified(question)
    m = _ASKS.search(q)
    measure = asked_measure(q, words)
    if measure in _PEOPLE:
        return PEOPLE  # 「有多少人参加了…考试」「参加考试的有多少人」: people, before their deed
    if measure or not m:
        return subject_noun(
            q, tagged
        )  # 「秒批事项有多少个」: the noun before 多少 (``count_subject``)
    head = ""
    for word, flag in tagged(m.group("rest")):
        if flag.startswith("n") or flag == "vn":  # 明白人 is tagged a name, 服务 a verb-noun
            head = word
        elif word == "的":
            head = ""  # what came before was a modifier: 「新提拔的」
        elif flag.startswith("v") and head:
            break  # the noun's deed: 「干部参加了」
        elif head:
            break
    return head if len(head) >= 2 else ""


def count_before(sentence: str, noun: str) -> str:
    """The count (as written) standing right before ``noun`` in ``sentence``, a few
    characters of modifiers between and no clause break; for ``PEOPLE`` the first count of
    people; '' when there is none."""
    text = to_simplified(sentence)
    if noun == PEOPLE:
        people = counts_with(PEOPLE).search(text)
        return sentence[people.start() : people.end()].strip() if people else ""
    for m in how_many().finditer(text):
        if _NO_THING.search(m.group(0)):
            continue  # 「开展12场活动覆盖群众」: 场 counts occasions, never the 群众
        between = text[m.end() : m.end() + _MODIFIERS + len(noun)]
        at = between.find(noun)
        if at >= 0 and not re.search(r"[，,。；;、：:（）()]", between[:at]):
            return sentence[m.start() : m.end()].strip()
    return ""


def counts_noun(sentence: str, noun: str, concepts: Sequence[Concept]) -> bool:
    """Does a clause of ``sentence`` count ``noun`` before it and say every other required
    word asked (「86名村干部参加…考试，32名网格员参加业务培训」: the 网格员's clause is no test)?"""
    if not noun:
        return False
    return any(
        count_before(clause, noun) and tells_topic(clause, concepts, (noun,))
        for clause in _CLAUSE.split(to_simplified(sentence))
    )


_CLAUSE = re.compile(r"[，,；;。！？!?]")
