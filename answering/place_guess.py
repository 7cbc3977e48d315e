"""A word before 的 in a question listing reports is a place only when it is shaped as one.

「浦东的报告有哪几份」 names a place no list knows, and the honest answer is 「库中没有浦东的
报告」. But 「行政复议的情况哪份报告里有写」「提到机构改革的报告是哪几份」 name a topic before
的: a work term the reports write, or a phrase opening with a verb of mention (提到, 涉及, 讲到).
Read as a place, the answer claimed the library held no such report while one wrote the topic.
So the guess is kept only for a word no report of the library writes (its generic head 工作 or
情况 aside) and that opens with no verb of mention; a word spelled as a place (XX县, XX镇) or
read as a place name by the tokenizer (浦东, 海淀: ns) stays a place whatever the reports write —
a report writes other places too (「赴浦东学习考察」), and 「浦东的报告有哪几份」 still asks for
浦东's own reports, never for the reports that name it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.vocabulary import GENERIC_NOUNS

# a locative after the place (「永修县下面有哪些镇」「那边」「境内」) ends its name as 的 does
_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,8}?)(?:的|有|下辖|下面|底下|境内|那边|这边|所属|辖区)")
PLACE_SUFFIX = re.compile(r"(?:省|市|县|区|州|旗|盟|镇|乡|街道)$")
_NOT_PLACE = re.compile(r"库|报告|政府|哪|几|多少|这|那|写|材料|文件")
# verbs that say what a report mentions: the words after them are the topic. Spoken questions use
# the bare verb too (「讲干部培训的报告」「写普法的材料」「说调解的那几份」): a one-character verb
# of speech or writing opens no place name, so before a topic of two characters it is the verb
_MENTION = re.compile(
    r"^(?:提到|提及|提过|讲到|讲了|说到|说了|谈到|谈及|涉及|关于|有关|包含|包括"
    r"|[讲谈说写提聊](?=[\u4e00-\u9fff]{2}))"
)


def is_topic(
    candidate: str,
    holds: Callable[[str], bool],
    place_name: Callable[[str], bool] = lambda w: False,
) -> bool:
    """``candidate`` (the words before 的) names a topic, not an unknown place: it opens with a
    verb of mention, or a report of the library writes it (``holds``) and it is neither spelled
    as a place nor a place name (``place_name``)."""
    if _MENTION.match(candidate):
        return True
    if PLACE_SUFFIX.search(candidate) or place_name(candidate):
        return False
    stems = [candidate]
    for noun in GENERIC_NOUNS:  # 「信访工作的情况」: the reports write 信访 with or without 工作
        if candidate.endswith(noun) and len(candidate) - len(noun) >= 2:
            stems.append(candidate[: -len(noun)])
    return any(holds(s) for s in stems)


def place_guessed(
    q: str,
    rest: str,
    holds: Callable[[str], bool],
    place_name: Callable[[str], bool] = lambda w: False,
) -> str:
    """The place no list knows that ``rest`` (the question without its known places) opens
    with before 的/有 (「浦东的报告」), in a question that names reports or spelled as a place
    (「XX县的有哪些」), or ""; 「搞了网格化管理的是哪个乡镇」 and 「行政复议的情况哪份报告里有写」
    ask a topic."""
    m = _PLACE.match(rest)
    if not m:
        return ""
    word = m.group(1)
    named = "报告" in q or "几份" in q or PLACE_SUFFIX.search(word)
    if not named or _NOT_PLACE.search(word) or is_topic(word, holds, place_name):
        return ""
    return word
