"""「那写了明年工作打算的呢？」 after 「哪几份报告里专门写了存在的问题跟不足？」: the same list asked
with another condition.

After a list question, 那 + a 的-phrase led by a verb (写了…的, 提到…的, 搞了…的) names units by
what they did, as the list question did: it swaps the condition and keeps the list — its
asking frame (哪几份报告, 哪些地方) and the last question's scope, never the units the last
answer listed, which were picked by the old condition. Read as an ellipsis it stays scoped
to the last answer's units and, with no asking word, is answered as one fact of one report.
A 的-phrase led by a negation (「没写的呢」) asks the complement of the last list
(``answering.followup_negated``), a level or a year (「街道的呢」「2023年的呢」) another slot.
"""

from __future__ import annotations

import re

__all__ = ["condition_swapped"]

_VERB = r"(?:专门)?(?:写了|写到|写过|提到|提了|提过|讲了|谈到|涉及|搞了|搞过|做了|开展了|开展过|有)"
_CONDITION = re.compile(
    rf"^(?:那么?|那要是|要是)?\s*(?P<what>{_VERB}[^，,。？?！!]{{2,30}}?)的(?:报告|单位|地方)?"
    r"(?:呢|有哪些|是哪些|有吗)[？?。!！\s]*$"
)
# the last question's list frame: up to its asking word and the noun it asks for
_FRAME = re.compile(
    r"^.*?(?:哪些|哪几个|哪几家|哪几份|哪几)(?:乡镇街道|乡镇|街道|地方|单位|报告|区县|乡|镇|县|区)?"
)


def condition_swapped(q: str, prev_q: str) -> str | None:
    """The last list question asked with the condition ``q`` names, or None when ``q`` is
    no verb-led 的-phrase or the last question was no list question."""
    m = _CONDITION.match(q.strip())
    frame = _FRAME.match(prev_q)
    if not m or not frame:
        return None
    place = "里" if frame.group(0).endswith("报告") else ""
    return f"{frame.group(0)}{place}{m.group('what')}？"
