"""「报告或者审议过」: either side of an 或 counts, even a side the analyzer reads as frame.

Some words are frame in most questions and content in a few: 报告 is the report asked about
(「哪些乡镇的报告提到…」) and so leaves the need, but in 「拿到人大常委会那儿去报告或者审议过的」
it is the deed, offered as one of two. Dropping it left 审议 alone, and a report that wrote
「向区人大常委会报告法治政府建设情况」 fell short of the one verb the user only offered as an
alternative. A disjunction must be at least as loose as its loosest side: the dropped word is
kept as a spelling of the concept on the other side of 或/或者/或是/还是, so a sentence with
either counts, and the pair weighs as little as its commoner side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

_OR = re.compile(r"\s*(?:或者|或是|或|还是)\s*")
_CONTENT = ("n", "v")  # a noun or a verb: the deed or thing offered; never a pronoun or adverb

Found = tuple[int, int, Concept]


def either_or(
    text: str, words: Sequence[tuple[int, str, str]], found: Sequence[Found]
) -> list[Found]:
    """``found`` with each word left out of the need (``words``: (position, word, flag) of
    ``text``) that an 或 joins to a concept of ``found`` added to that concept's spellings."""
    out = list(found)
    taken = [(s, e) for s, e, _ in out]
    for at, word, flag in words:
        end = at + len(word)
        if len(word) < 2 or not flag.startswith(_CONTENT):
            continue
        if any(s < end and at < e for s, e in taken):
            continue  # a word of the need already
        for i, (s, e, c) in enumerate(out):
            gap = text[end:s] if s >= end else text[e:at]
            if _OR.fullmatch(gap) and gap.strip():
                out[i] = (
                    s,
                    e,
                    replace(c, alternatives=tuple(dict.fromkeys((*c.alternatives, word)))),
                )
                break
    return out
