"""「报告或者审议过」: either side of an 或 counts, even a side the analyzer reads as frame.

Some words are frame in most questions and content in a few: 报告 is the report asked about
(「哪些乡镇的报告提到…」) and so leaves the need, but in 「拿到人大常委会那儿去报告或者审议过的」
it is the deed, offered as one of two. Dropping it left 审议 alone, and a report that wrote
「向区人大常委会报告法治政府建设情况」 fell short of the one verb the user only offered as an
alternative. A disjunction must be at least as loose as its loosest side: the dropped word is
kept as a spelling of the concept on the other side of 或/或者/或是/还是, so a sentence with
either counts, and the pair weighs as little as its commoner side.

A choice asked (「这个3%是区里定的还是市里的」「是线上还是线下搞的」) is answered by the sentence
about the thing the choice is of, whichever option it bears out, and in its own words
(「远低于全市3%控制线」 says 市, never 「市里的」). So an option — a concept right before 「(的)还是」
or right after 还是 — is no requirement once the question names that thing beside it: the
sentence that tells the thing is quoted, and the option it supports is read in the quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

_OR = re.compile(r"\s*(?:或者|或是|或|还是)\s*")
_BEFORE_CHOICE = re.compile(r"\s*的?\s*还是")
_AFTER_CHOICE = re.compile(r"还是\s*$")
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
    return _options_free(text, out)


def _options_free(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the options of a choice asked (either side of 还是) not required, when
    another concept is required: the thing the choice is of."""
    options = {
        i
        for i, (s, e, _) in enumerate(found)
        if _BEFORE_CHOICE.match(text, e) or _AFTER_CHOICE.search(text[max(0, s - 4) : s])
    }
    if not options or not any(c.required for i, (_, _, c) in enumerate(found) if i not in options):
        return found
    return [
        (s, e, replace(c, required=False) if i in options else c)
        for i, (s, e, c) in enumerate(found)
    ]
