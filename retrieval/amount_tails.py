"""「网上办件量」「受理量」: a lone 量 closing a noun asks the amount of it, it is no word of it.

Users name a figure by its noun and 量 (办件量, 访问量, 受理量); reports give the amount with
the noun and a count (「网上办件达6011件」「办理 1.3 万件」) and seldom write the noun with 量.
Read whole, 量 glues onto the word before it (办件量 → 件量) and asks a string no report writes.
Where the word with 量 is one word of the dictionary (质量, 数量, 总量, 流量, 用电量) jieba
keeps it whole and it stays; only a 量 jieba leaves alone after a word, closing the phrase
(the end, a mark, or the question's ask after it: 多少, 情况, 对比), is taken out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# what may follow the amount's 量: the end of a clause, or the question's own ask of it
_CLOSES = re.compile(
    r"\s*(?:$|[，,。？?！!；;、和与及]|(?:是|有|达到?|为)?(?:多少|几|情况|怎么样|如何|分别|各|对比|比较|相比))"
)


def without_amount_tail(text: str, tagged: Callable[[str], list[tuple[str, str]]]) -> str:
    """``text`` with each lone 量 that closes a noun phrase blanked out."""
    pos, cuts = 0, []
    words = tagged(text)
    for k, (word, _flag) in enumerate(words):
        at = text.find(word, pos)
        if at < 0:
            continue
        pos = at + len(word)
        if word != "量" or not k or at == 0:
            continue
        before = words[k - 1][0]
        if not ("\u4e00" <= text[at - 1] <= "\u9fff") or before[-1] != text[at - 1]:
            continue
        if _CLOSES.match(text, at + 1):
            cuts.append(at)
    for at in reversed(cuts):
        text = text[:at] + " " + text[at + 1 :]
    return text


__all__ = ["without_amount_tail"]
