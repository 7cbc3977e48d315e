"""A verb and its object said again before a ranking word: 「谁开会开得最多」.

People rank the units of the last answer by repeating its deed with 得 (「开会开得最多」,
「学法学得最多」); the repeated words are the last question's deed, not a new topic.
"""

from __future__ import annotations

import re

# 「开会开得最多」: a verb, its object and the verb again with 得 before the ranking word
_ECHO = re.compile(r"([\u4e00-\u9fff])([\u4e00-\u9fff]{1,2})\1(?=得(?:最|更))")


def without_echo(q: str, prev_q: str) -> str:
    """「谁开会开得最多」 after 「…开了几次专题会」 is 「谁开得最多」: a verb and object said again
    whose every character the last question has name its deed, no new topic (「学法学得最多」
    after it asks about 学法)."""
    m = _ECHO.search(q)
    if m and all(ch in prev_q for ch in m.group(1) + m.group(2)):
        return q[: m.start()] + q[m.start(2) + len(m.group(2)) :]
    return q
