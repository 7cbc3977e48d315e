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
beside none of the asked words counts one deed only (「开展普法宣传活动，全年共计12次」): each
of its counts is the topic's, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
    deed holds the most asked concepts win; when no count's deed holds any, every count is
    the sentence's one deed's."""
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
    return [m.group(0) for score, m in scored if score == best]
