"""「没开展的呢？」「那没有聘请的呢」「还有谁没请？」 after a which-question: the same question,
asked the negative way.

A follow-up made of a negator, a verb at most and a closing particle has no topic of its own:
it takes the last question's, and turns its polarity. Left to the general follow-up reading it
keeps the last topic and drops the negator — and lists the units that DID it, the opposite
of what was asked. So it is read here, before any other follow-up rule: the last question
with 没有 put where its predicate starts (after 「哪些乡镇」, or opening 「…的有哪些」), which
``retrieval.polarity`` then reads as negated like any question typed that way.

A negator before a deed the last question did not ask about (「未败诉的有哪些」 after 「哪些地方
开展了宪法宣传周」) is a question of its own, asked fresh: only a verb of the last question, or one
that stands for any deed (搞, 做), leaves the topic to it.

The other way round, 「那败诉的呢」 after 「有行政诉讼但没败诉的」 names just what the last
question negated: the same question with that negator taken out. Read as an ellipsis it was
searched among the last answer's units — those that did NOT, the opposite of what was asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup import Turn
from answering.followup_empty import ASKED_UNITS as ASKS_FOR_UNITS
from retrieval.polarity import NEGATOR, positive

# a negator, a verb of at most four characters, and the words that close a follow-up
_BARE = re.compile(
    rf"^(?:那么?|那个|还有|另外)?(?:还有谁|谁|哪些|哪几个|有哪些)?(?:还|也|都)?{NEGATOR}"
    r"(?P<verb>[\u4e00-\u9fff]{0,4}?)(?:的|过)?(?:呢|有哪些|有谁|是哪些|都有谁)?[？?。！!\s]*$"
)
# verbs that stand for any deed (「没搞的呢」「还有谁没做」): they take the last question's
_PRO_VERB = re.compile(r"^(?:搞|做|弄|干|办|有|进行)$")
# 「那败诉的呢」「聘请了顾问的有哪些」: a predicate, 的 and the closing words, nothing else
_NAMED = re.compile(
    r"^(?:那么?|那个|还有)?(?P<what>[\u4e00-\u9fff]{2,8}?)的(?:呢|有哪些|是哪些|有谁|都有谁)[？?。！!\s]*$"
)
# 没有 negates a deed without its perfective 了: 「开展了X」 becomes 「没有开展X」
_PERFECTIVE = re.compile(r"^([\u4e00-\u9fff]{1,4}?)了")
# where the last question's predicate starts: after the units it asks for
_ASKED_UNITS = re.compile(
    r"(?:哪些|哪几[个份篇家]?|哪个|哪家|哪份|哪篇)(?:乡镇街道|乡镇|镇街|街道|乡|镇|县区|区县|单位|地方)?"
    r"(?:的?(?:报告|材料)(?:里面|里|中)?)?(?=[\u4e00-\u9fff])"
)


def negated_followup(question: str, history: Sequence[Turn]) -> str | None:
    """The last question asked the negative way, when ``question`` is a bare negated
    follow-up of a positive which-question; else None."""
    if history and (affirmed := _affirmed(question.strip(), history[-1].effective)):
        return affirmed
    if not history or not (bare := _BARE.match(question.strip())):
        return None
    last, verb = history[-1].effective, bare.group("verb")
    if positive(last) is not None:  # already negative: nothing to turn
        return None
    if verb and re.search(rf"{NEGATOR}{re.escape(verb)}", last):
        # 「没败诉的有哪些」 after 「有行政诉讼但没败诉的有哪些」 (a negator ``positive`` reads in
        # no clause): that list again, never a second 没有 stacked on the first
        return last
    if verb and verb not in last and not _PRO_VERB.match(verb):
        # 「未败诉的有哪些」 after 「哪些地方开展了宪法宣传周」: a deed of its own, asked fresh
        return None
    m = _ASKED_UNITS.search(last)
    if m is not None:
        return last[: m.end()] + "没有" + _PERFECTIVE.sub(r"\1", last[m.end() :], count=1)
    if re.search(r"的(?:乡镇|单位|地方|街道)?(?:都?有哪些|有谁|是哪些)", last):
        return "没有" + _PERFECTIVE.sub(r"\1", last, count=1)  # 「开展宪法宣传的有哪些」
    return None


def _affirmed(question: str, last: str) -> str | None:
    """The last question with its negator taken out, when ``question`` names exactly what
    follows that negator (「那败诉的呢」 after 「…但没败诉的」); else None."""
    m = _NAMED.match(question)
    if m is None:
        return None
    # 「有没有」 asks yes or no, negating nothing: 「石渠镇有没有聘请法律顾问」 then 「聘请法律顾问的
    # 有哪些」 is a list of its own, never that question with 没有 taken out
    neg = re.search(rf"(?<!有){NEGATOR}(?={re.escape(m.group('what'))})", last)
    bare = last.rstrip("？?。！! ")
    if neg is None or not (ASKS_FOR_UNITS.search(last) or bare.endswith("的")):
        return None  # a yes-no or a figure asked last: no list to turn
    asked = last[: neg.start()] + last[neg.end() :]
    # 「有行政诉讼但败诉的」 lists without an asking word: said with one, it is a list of its own
    # over the library, never an ellipsis about the last answer's units (which did NOT)
    bare = asked.rstrip("？?。！! ")
    return f"{bare}有哪些？" if bare.endswith("的") and not ASKS_FOR_UNITS.search(bare) else asked
