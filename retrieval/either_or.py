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

还是 is also "still" (「东溪区的失业率还是很低」「今年还是要达到6%吗」): followed by 很/没/不/在/要,
in a yes-no question, or with no option mirroring the one before it (是A还是B, A的还是B的, a short
B closing the clause), it joins nothing and frees nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

_OR = re.compile(r"\s*(?:或者|或是|或|还是)\s*")
_BEFORE_CHOICE = re.compile(r"\s*的?\s*还是")
_AFTER_CHOICE = re.compile(r"还是\s*$")
# 还是 is also "still" (「还是很难」「还是没有」「还是在推进」「还是要坚持」): a choice offers an
# option after it mirroring one before it — 「是A还是B」, 「A的还是B的」, or B closing the clause
# asked — and is never a yes-no question (「今年还是定在6%吗」)
_STILL_AFTER = re.compile(r"还是\s*[很没不在要]")
_CLAUSE_END = re.compile(r"[，,。？?！!；;]|$")
_MIRRORED_AFTER = 8  # characters: a mirrored option is a short phrase closing its clause
_CONTENT = ("n", "v")  # a noun or a verb: the deed or thing offered; never a pronoun or adverb

Found = tuple[int, int, Concept]


def either_or(
    text: str, words: Sequence[tuple[int, str, str]], found: Sequence[Found]
) -> list[Found]:
    """``found`` with each word left out of the need (``words``: (position, word, flag) of
    ``text``) that an 或 joins to a concept of ``found`` added to that concept's spellings."""
    out = list(found)
    taken = [(s, e) for s, e, _ in out]
    still = [m.start() for m in re.finditer("还是", text) if not _is_choice(text, m.start())]
    for at, word, flag in words:
        end = at + len(word)
        if len(word) < 2 or not flag.startswith(_CONTENT):
            continue
        if any(s < end and at < e for s, e in taken):
            continue  # a word of the need already
        for i, (s, e, c) in enumerate(out):
            gap_at = end if s >= end else e
            gap = text[gap_at:s] if s >= end else text[e:at]
            if any(gap_at <= p < gap_at + len(gap) for p in still):
                continue
            if _OR.fullmatch(gap) and gap.strip():
                out[i] = (
                    s,
                    e,
                    replace(c, alternatives=tuple(dict.fromkeys((*c.alternatives, word)))),
                )
                break
    return _options_free(text, out)


def _is_choice(text: str, at: int) -> bool:
    """Is the 还是 at ``at`` a choice offered (「是区里定的还是市里的」), not "still" (「还是没有」
    「今年还是定在6%吗」)?"""
    if _STILL_AFTER.match(text, at):
        return False
    close = _CLAUSE_END.search(text, at + 2)
    after = text[at + 2 : close.start()].strip()
    if after.endswith(("吗", "么")) or not after:
        return False
    start = max((m.end() for m in re.finditer(r"[，,。？?！!；;]", text[:at])), default=0)
    before = text[start:at]
    return "是" in before or before.rstrip().endswith("的") or len(after) <= _MIRRORED_AFTER


def _options_free(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the options of a choice asked (either side of 还是) not required, when
    another concept is required: the thing the choice is of."""
    choices = [m.start() for m in re.finditer("还是", text) if _is_choice(text, m.start())]

    def offered(s: int, e: int) -> bool:
        before = _BEFORE_CHOICE.match(text, e)
        if before and before.end() - 2 in choices:
            return True
        after = _AFTER_CHOICE.search(text[max(0, s - 4) : s])
        return bool(after) and max(0, s - 4) + after.start() in choices

    options = {i for i, (s, e, _) in enumerate(found) if offered(s, e)}
    if not options or not any(c.required for i, (_, _, c) in enumerate(found) if i not in options):
        return found
    return [
        (s, e, replace(c, required=False) if i in options else c)
        for i, (s, e, c) in enumerate(found)
    ]
