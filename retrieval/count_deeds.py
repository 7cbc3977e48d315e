"""Whose count a number is, when a sentence counts several deeds in the same measure.

Reports pack a year's record into one sentence and count each deed where they name it:
「召开乡党委会集体学习33次，开展理论中组学习11次」「开展法治学习18场，旁听庭审1场」
「共召开27次主任办公会、24次工委会」. Chinese writes a count right after the deed it counts
(学习11次, 旁听庭审1场) or right between the verb and the deed (召开27次主任办公会); a clause
or an enumeration comma ends the deed. So the deed of a count is the run of words since the
last cut or the last count, together with the words after it up to the next cut when the count
is not itself at the end of its clause. A bound asked of one deed (「理论中心组学习超过30次的」)
is met only by the count of that deed: the counts whose deed holds the most of the asked words
are the topic's; 33次 of 集体学习 says nothing of 理论中心组学习. A sentence whose counts stand
beside none of the asked words counts the topic only where a count names no deed of its own:
「开展普法宣传活动，全年共计12次」 goes on counting the deed of the clause before, while
「普法宣讲团开展巡讲120多场次」 counts 巡讲, which no asked word names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# the words of a count that name no deed: when, in all, the light verbs of holding
_BARE = re.compile(
    r"^(?:全年|今年|年内|当年|本年度|年度|[0-9]+年|共|共计|累计|合计|总计|计|达|达到|先后|其中|已|"
    r"开展|举办|组织|召开|举行|进行|活动|各类|了|有)*$"
)
# a clause, an enumeration or a bracket ends the words a count is said of
_CUT = re.compile(r"[，,。；;：:、！!？?（）()\s]")


def _deed(sentence: str, start: int, end: int, before: int) -> str:
    """The words counted by the count at ``start:end`` (the previous count ended at ``before``)."""
    head = sentence[before:start]
    cuts = list(_CUT.finditer(head))
    head = head[cuts[-1].end() :] if cuts else head
    tail = sentence[end:]
    stop = _CUT.search(tail)
    return head + (tail[: stop.start()] if stop else tail)


def topic_counts(sentence: str, counts: re.Pattern, topics: Sequence[Sequence[str]]) -> list[str]:
    """The counts of ``counts`` (a pattern of numbers in the asked measure) that ``sentence``
    states of the asked deed; ``topics`` holds each asked concept's spellings. Counts whose
    deed holds the most asked concepts win; when no count's deed holds any, only the counts
    naming no deed of their own (「全年共计22场」) are read as the sentence's deed's."""
    found = list(counts.finditer(sentence))
    if not found:
        return []
    scored = []
    before = 0
    for m in found:
        deed = _deed(sentence, m.start(), m.end(), before)
        before = m.end()
        scored.append((sum(any(f in deed for f in forms) for forms in topics if forms), m))
    best = max(score for score, _ in scored)
    if best or not any(topics):
        return [m.group(0) for score, m in scored if score == best]
    # no count stands beside an asked word: only a count naming no deed of its own
    return [m.group(0) for _, m in scored if _BARE.match(_deed_of(sentence, m, found))]


def _deed_of(sentence: str, m: re.Match, found: list[re.Match]) -> str:
    i = found.index(m)
    return _deed(sentence, m.start(), m.end(), found[i - 1].end() if i else 0)
