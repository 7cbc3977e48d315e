"""A verb copied after its object: 「学法学了几次」「调解纠纷调解了多少起」「开会开了3次」.

Spoken Chinese puts the aspect and the quantity of a verb–object deed on a second copy of
the verb (重动句): 学法学了几次 is 学法几次. Reports write the deed once (「中心组学法6次」),
and the copy left in a question would be read as a word of its own (学法学), a thing no report
names. So the copy and its 了/过 are dropped before the need is read — only where a quantity
is asked or given right after, and only where the first half is a verb standing alone in the
segmentation (学 of 学/法学) or the verb and its object make a word (开会): in 「诉讼败诉了几宗」
诉 opens 诉讼 and 诉讼败 is no word, so the second 诉 is no copy of anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_COPY = re.compile(
    r"([\u4e00-\u9fff]{1,2}?)([\u4e00-\u9fff]{1,4}?)\1(?:了|过)?"
    r"(?=几|多少|[0-9０-９]|[一二两三四五六七八九十]+[次场回趟遍期轮起件])"
)


def _alone(question: str, words: Callable[[str], list[str]]) -> set[tuple[int, str]]:
    """(position, word) of every word of the segmentation."""
    out, at = set(), 0
    for w in words(question):
        found = question.find(w, at)
        if found >= 0:
            out.add((found, w))
            at = found + len(w)
    return out


def without_verb_copy(
    question: str, words: Callable[[str], list[str]], is_word: Callable[[str], bool]
) -> str:
    """「中心组学法学了几次」 → 「中心组学法几次」; ``words``: the segmenter, ``is_word``: the
    dictionary."""
    if not _COPY.search(question):
        return question
    segmented = _alone(question, words)

    def drop(m: re.Match) -> str:
        verb, rest = m.group(1), m.group(2)
        if (m.start(1), verb) in segmented or is_word(verb + rest):
            return verb + rest
        return m.group(0)

    return _COPY.sub(drop, question)
