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

from answering.any_deed import ANY_DEED, GOT
from answering.followup import Turn
from answering.followup_empty import ASKED_UNITS as ASKS_FOR_UNITS
from retrieval.polarity import NEGATOR, positive

# a negator, a verb of at most four characters, and the words that close a follow-up
_BARE = re.compile(
    rf"^(?:那么?|那个|还有|另外)?(?:还有谁|谁|哪些|哪几个|有哪些)?(?:还|也|都)?{NEGATOR}"
    r"(?P<verb>[\u4e00-\u9fff]{0,4}?)(?:的|过)?(?:呢|有哪些|有谁|是哪些|都有谁)?[？?。！!\s]*$"
)
# 「哪些地方有执法记录仪」: the last question's deed is having a thing (有, 都有)
_HAD = re.compile(r"^(?:都|也|还)?有(?!没有)")
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
    if not history:
        return None
    if not (bare := _BARE.match(question.strip())):
        last = history[-1].effective
        return _aimed_only(question.strip(), last) or _predicate_negated(question.strip(), last)
    last, said = history[-1].effective, bare.group("verb")
    verb = _resulted(said, last)  # 「还没建成的呢」 after 「…建好了…」: its deed, as said now
    last, verb = (last.replace(verb, said, 1), said) if said and verb != said else (last, verb)
    if positive(last) is not None:  # already negative: nothing to turn
        return None
    if verb and re.search(rf"{NEGATOR}{re.escape(verb)}", last):
        # 「没败诉的有哪些」 after 「有行政诉讼但没败诉的有哪些」 (a negator ``positive`` reads in
        # no clause): that list again, never a second 没有 stacked on the first
        return last
    had = _HAD.match(last[m.end() :]) if (m := _ASKED_UNITS.search(last)) else None
    if verb and verb not in last and not ANY_DEED.match(verb) and not (had and GOT.match(verb)):
        # 「未败诉的有哪些」 after 「哪些地方开展了宪法宣传周」: a deed of its own, asked fresh
        return None
    if had:  # 「哪些地方有执法记录仪」: 没有 takes the place of 有 (「还没配的」 is not having it)
        return last[: m.end()] + "没有" + last[m.end() + had.end() :]
    if m is not None:
        rest = last[m.end() :]
        rest = rest[done.end() :] if (done := _ALREADY_FIRST.match(rest)) else rest  # 已经建好
        return last[: m.end()] + "没有" + _PERFECTIVE.sub(r"\1", rest, count=1)
    if re.search(r"的(?:乡镇|单位|地方|街道)?(?:都?有哪些|有谁|是哪些)", last):
        return "没有" + _PERFECTIVE.sub(r"\1", last, count=1)  # 「开展宪法宣传的有哪些」
    return None


# 「那还没做到全覆盖的呢」: a negator and a predicate of its own words, 的 and the closing words
_NEGATED_PREDICATE = re.compile(
    rf"^(?:那么?|那个|还有)?(?P<what>(?:还|也|都|仍)?{NEGATOR}(?P<rest>[\u4e00-\u9fff]{{2,8}}?))"
    r"的(?:呢|有哪些|是哪些|有谁|都有谁)[？?。！!\s]*$"
)
# what may stand around the last question's predicate and goes with it when it is negated:
# an adverb of completion before (已经全覆盖), an aspect particle after (全覆盖了)
_DONE_BEFORE = re.compile(
    r"(?:已经|已|都已|均已|全部|全都|均|都)?(?:[\u4e00-\u9fff]{1,2}(?:了|过))?$"
)
_DONE_AFTER = re.compile(r"^(?:了|过)")
# after the predicate: nothing but the list's asking words
_ASK_AFTER = re.compile(
    r"^(?:了|过)?的?(?:乡镇|单位|地方)?(?:都?有哪些|是哪些|有谁|有哪几个)?[？?。！!\s]*$"
)


def _predicate_negated(question: str, last: str) -> str | None:
    """「那还没做到全覆盖的呢」 after 「哪些地方村里的法律顾问已经全覆盖了」: the follow-up negates
    the last list's predicate in words of its own (做到全覆盖 for 全覆盖了) and names no thing —
    the thing is the last question's (法律顾问). The last question with its predicate replaced
    by the negated one; the predicate is the follow-up's words, bar one verb of its own before
    them (做到), that the last question ends its asking with. Searched alone, 「还没做到全覆盖」
    loses what was covered."""
    m = _NEGATED_PREDICATE.match(question)
    if m is None or positive(last) is not None or not ASKS_FOR_UNITS.search(last):
        return None
    rest = m.group("rest")
    # the shared words end the follow-up, and what stands before them is one verb of its own
    # at most (做到「全覆盖」): 「还没开展普法宣传」 after 「…开展了宪法宣传」 shares 「法宣传」
    # by chance and asks a deed of its own
    for start in range(min(2, len(rest) - 2) + 1):
        word, size = rest[start:], len(rest) - start
        at = last.rfind(word)
        if at < 0 or not _ASK_AFTER.match(last[at + size :]):
            continue
        # 「实现了全覆盖」「通过了验收」: the deed done goes too, and the adverb before it
        begin = _DONE_BEFORE.search(last[:at]).start()
        after = _DONE_AFTER.match(last[at + size :])
        end = at + size + (after.end() if after else 0)
        return last[:begin] + m.group("what") + last[end:]
    return None


# 「那只是说要争创、还没评上的呢」「只提了计划创建、没建成的有哪些」: an aim, then the deed not done
_AIMED = re.compile(
    r"^(?:那么?|那个|还有)?(?:还|也)?(?:只是|只|仅仅?|光)?(?:说|提|写|提了|写了|提出)?"
    r"(?P<aim>(?:要|想要?|计划|打算|准备|力争|争取)(?P<verb>[\u4e00-\u9fff]{1,2}?))"
    r"(?:[、，,]?(?:但|可|却)?"
    rf"(?:还|也|都|仍)?{NEGATOR}(?P<deed>[\u4e00-\u9fff]{{1,6}}?))?的(?:呢|有哪些|是哪些|有谁)[？?。！!\s]*$"
)


# a one-character verb and its result (建成, 建好, 建起): the same deed whichever result is said
_RESULTS = "成好起完齐"
_ALREADY = re.compile(r"(?:已经|都已|均已|已)$")
_ALREADY_FIRST = re.compile(r"(?:已经|都已|均已|已)(?!经)")


def _resulted(deed: str, last: str) -> str:
    """The last question's spelling of ``deed`` when the two differ only in the result said
    after the verb (「没建成」 of 「已经建好了」); else ``deed``."""
    if len(deed) != 2 or deed[1] not in _RESULTS or deed in last:
        return deed
    other = re.search(rf"{re.escape(deed[0])}[{_RESULTS}]", last)
    return other.group(0) if other else deed


def _with_result(verb: str, last: str) -> str:
    """``verb`` with the result the last question says after it (建 of 「建好了」 → 建好)."""
    at = last.find(verb)
    after = last[at + len(verb) : at + len(verb) + 1] if at >= 0 else ""
    return verb + after if after and after in _RESULTS else verb


def _aimed_only(question: str, last: str) -> str | None:
    """「那只是说要争创、还没评上的呢」 after 「有村子被评上示范村的有哪些地方」: the units that only
    aim at what the last list did — the last question with its deed (评上) replaced by the aim
    (要争创), asked over the library. Searched among the last answer's units it asks the ones
    that DID the deed, the opposite; searched as typed it loses what was aimed at (示范村).
    Only when the deed negated is the last question's own."""
    m = _AIMED.match(question)
    if m is None or positive(last) is not None or not ASKS_FOR_UNITS.search(last):
        return None
    # 「那打算建的呢」 after 「…已经建好了…」: the aim's own verb is the deed, said with its result
    deed = _resulted(m.group("deed") or _with_result(m.group("verb"), last), last)
    if last.find(deed) < 0:  # 「还没评为示范村」: its verb is the last question's (评为)
        # and so is what it did (示范村): 「还没开展法治培训」 after 「…开展了宪法宣传」 is its own
        if len(deed) <= 2 or deed[2:] not in last[last.find(deed[:2]) + 2 :]:
            return None
        deed = deed[:2]
    at = last.find(deed)
    if at < 0:
        return None
    begin = at - 1 if last[at - 1 : at] == "被" else at  # 被评上: the passive goes with the deed
    done = _ALREADY.search(last[:begin])  # 「已经建好了」: the adverb of completion goes too
    begin = done.start() if done else begin
    after = _DONE_AFTER.match(last[at + len(deed) :])
    end = at + len(deed) + (after.end() if after else 0)
    return last[:begin] + m.group("aim") + last[end:]


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
