"""Words that open with a negator's character and negate nothing: 未成年, 未来, 无人机.

The negation reader (``retrieval.negated_mention``) looks for 未, 没, 缺 and 无 before and after
a mention. Some dictionary words begin with one of them and name a thing of their own: a
stage of life (未成年), a time (未来), a device or a facility (无人机, 无障碍), a manner or a
state a service is given in (无偿, 无纸化, 无害化, 无缝). Before a service they are its
object or its manner: 「未成年保护」 protects minors, 「无偿法律服务」 is a service given free;
neither says the service was not given. Those words are blanked before the negation is read
(the same length of spaces, so every offset stays). The class is closed: a word whose first
character does negate (无证, 未经, 无法) is not in it.
"""

from __future__ import annotations

import re

__all__ = ["NOT_NEGATING", "without_negator_words"]

NOT_NEGATING = ("未成年", "未来", "无人机", "无障碍", "无偿", "无纸化", "无害化", "无缝")
_WORDS = re.compile("|".join(NOT_NEGATING))
# the characters the words open with (未, 无): a text holding neither holds no word
_FIRSTS = tuple(dict.fromkeys(w[0] for w in NOT_NEGATING))


def without_negator_words(text: str) -> str:
    """``text`` with each word of ``NOT_NEGATING`` blanked, its offsets kept. Asked of every
    mention a fan-out reads (``negated_mention.negated``, ~12 000 per which-question at 10k
    reports), most of them in a text with no 未 or 无: two substring tests in C answer those
    (the same text back) without the substitution's scan and call."""
    if not any(map(text.__contains__, _FIRSTS)):
        return text
    return _WORDS.sub(lambda m: " " * len(m.group(0)), text)
