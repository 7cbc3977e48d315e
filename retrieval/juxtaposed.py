"""Two nouns of one kind written side by side before a kind word are two examples.

「帆船帆板这种海上的比赛」「公开赛巡回赛都算」: a user lists examples without 、 when they are
short words of one kind — they share a character in the same place (帆船/帆板 open with 帆,
公开赛/巡回赛 close with 赛, the character naming their kind). Read as one word the pair was
one need a report must spell whole (帆船帆板), so a report writing one of them (中国杯帆船赛)
never answered. Before a kind word (这种/这类/之类/都算) the pair is a list, as a space typed
between them is (``retrieval.item_lists.spaced_items``); one fixed term of two words (法律法规)
is one word to the tagger and stays whole, and so does an item of a list the user parts with
、 already (「会前学法、学法用法这种」: 学法用法 is one example as written).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Tagger = Callable[[str], list[tuple[str, str]]]

# what marks the words before it as examples of a kind, or as what counts
_OBJECTS = "法"
# (这块 is no kind word: 「水库水质这块」 is a modifier and its head, a field of work, not two
# examples)
_KIND = re.compile(r"这一?[种类]|那一?[种类]|之类|都算")


def _pair(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two nouns of two characters or more sharing their first or last character."""
    (wa, fa), (wb, fb) = a, b
    if len(wa) < 2 or len(wb) < 2 or wa == wb or not (fa[:1] == fb[:1] == "n"):
        return False
    # 法 closing both is the law every question of the genre has, the object of two deeds on
    # it (学法用法, 普法守法: a formula), never a kind they name
    return wa[0] == wb[0] or (wa[-1] == wb[-1] and wa[-1] not in _OBJECTS)


def juxtaposed(text: str, tagged: Tagger) -> str:
    """``text`` with 、 between two juxtaposed nouns of one kind before a kind word."""
    words = tagged(text)
    at, cut, ends = 0, [], []  # the tagger drops punctuation: each word found in the text
    for w, _ in words:
        at = max(text.find(w, at), at) + len(w)
        ends.append(at)
    for i in range(1, len(words)):
        start = ends[i] - len(words[i][0])
        first = ends[i - 1] - len(words[i - 1][0])
        # 「会前学法、学法用法这种」: an item of a list the user already parts with 、 is one
        # item as written (a formula: 学法用法), never two
        joined = ends[i - 1] == start and text[first - 1 : first] != "、"
        if joined and _pair(words[i - 1], words[i]) and _KIND.match(text, ends[i]):
            before = text[:start]
            if before.count("“") == before.count("”"):  # never inside a quoted name
                cut.append(start)
    for c in reversed(cut):
        text = f"{text[:c]}、{text[c:]}"
    return text
