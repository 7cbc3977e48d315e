"""「落实行政执法“三项制度”」: the question quotes the coined part of a term, the thesaurus keys it whole.

A named reform is often written with only its coined part in quotes, its field or place
before it or its kind after (「行政执法“三项制度”」「深化“放管服”改革」) — the same shape
``retrieval.quoted_terms`` reads on the report side. The thesaurus lists the spellings of
such a reform under the whole term (行政执法三项制度: 行政执法公示制度, 执法全过程记录…), so
the quoted part alone finds none of them and the reports that spell the reform out are lost.
The whole term is the quoted part joined with the characters that touch its marks; when
the thesaurus keys that whole, its spellings are the quote's too. Only a key the thesaurus
holds counts: a quote with no such entry keeps its own spellings, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["whole_term_spellings"]

_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,6}$")
_HAN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}")
_OPEN, _CLOSE = '“「"‘『', '”」"’』'


def whole_term_spellings(
    question: str, phrase: str, synonyms: Callable[[str], tuple[str, ...]]
) -> tuple[str, ...]:
    """The thesaurus spellings of the whole term ``phrase`` is quoted inside in ``question``:
    the longest run of characters before its opening mark (or after its closing one) that,
    joined to it, is a thesaurus key; () when none is."""
    at = question.find(phrase)
    if at < 1 or question[at - 1] not in _OPEN:
        return ()
    end = at + len(phrase)
    if end >= len(question) or question[end] not in _CLOSE:
        return ()
    before = _HAN_BEFORE.search(question[: at - 1])
    after = _HAN_AFTER.match(question, end + 1)
    heads = before.group(0) if before else ""
    tails = after.group(0) if after else ""
    for k in range(len(heads), 0, -1):  # the longest field before the quote first
        if found := synonyms(heads[-k:] + phrase):
            return (heads[-k:] + phrase, *found)
    for k in range(len(tails), 0, -1):
        if found := synonyms(phrase + tails[:k]):
            return (phrase + tails[:k], *found)
    return ()
