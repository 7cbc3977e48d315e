"""「罗湖那边签了多少人？」「具体是哪一天？」: a follow-up that keeps the last question's topic.

People go on by naming only what changes. A turn that names a unit and asks a count with
nothing but a verb of the last topic (签 of 家庭医生签约, 办 of 办理) asks that topic's count of
the unit; a turn that asks only when (「具体是哪一天」「什么时候」) asks the date of the thing the
last question was about (中央领导去调研). Searched as typed, neither finds anything: 「签」 or
「哪一天」 is in every report or none. So the last question's topic — its words without its
which-frame (「哪些区」「有哪位」) and its asking words — is put in front. A turn that names a
thing of its own (「罗湖那边有多少人口」「下次培训是哪一天」) asks that, and is left alone.

A when-question leans on the last thing only when the last answer's evidence dates it (a month,
a day): a figure of a year (GDP增长4.8%) or a count (列席二十次) has no day to be asked, and
carrying it quotes that figure again as if it answered when. Over several units, asked back —
the evidence of some dated is no answer for the others. The count's verb must be a whole verb
word of the last topic, or its head (签 of 签约): 住 is no word of 人才住房 (住房 is a noun).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from answering.any_deed import ANY_DEED
from answering.followup_named_count import named_count
from answering.followup_turn import Resolved
from reportqa.errors import QuestionError
from reportqa.units import short_name

__all__ = ["inherited_topic", "topic_asked", "verb_of_last"]

# the picking words of a which-question and the unit noun they pick (「哪些区」「有哪位」「谁家」)
_WHICH = re.compile(
    r"(?:有|是)?(?:哪些|哪几个|哪几家|哪几位|哪几份|哪位|哪个|哪家|有谁|谁家|谁)"
    r"(?:(?:乡镇街道|乡镇|街道|单位|地方|部门|区县|报告|区|县|镇|乡)(?:的报告)?(?:里|中)?)?"
    r"(?:都|也|还)?(?:提到|说到|写到|讲到|谈到|提及|提|说|写|讲)?(?:了|过)?"
)
# a question's own asking words at its end (「…了吗」「…是多少」「…怎么样」)
_ASKING_END = re.compile(
    r"(?:是|有|为)?(?:多少|几)?(?:了吗|吗|呢|么|没有|怎么样|如何)?[？?。!！\s]*$"
)
# asking when: the day, month or moment of a thing (a report's year is asked of the document)
_WHEN = re.compile(
    r"哪一天|哪天|哪一日|哪日|什么时候|啥时候|何时|什么时间|几月几[号日]|几号|哪个月|几月份?|什么日子"
)
# what a when- or how-question says besides its asking words: pointers, particles, 具体/到底
# (and at most the last topic's verb again: 「哪天去的」「是什么时候聘的」, ``_only_asks``)
_WHEN_FILLER = re.compile(
    r"那么?|那个|这个|它|具体|到底|究竟|大概|主要|是|在|的|呢|啊|吗|呀|[？?。!！，,\s]"
)
# asking how a thing was done (「是怎么做的」「如何开展的」): asked of the last topic
_HOW = re.compile(r"(?:怎么|怎样|如何)(?:样)?(?:做|搞|干|开展|推进|落实|实施)?")
# what a counting turn says besides its unit and its verb: a place pointer, the asking words
# of a count of people or things, particles
_COUNT_FILLER = re.compile(
    r"那边|这边|那里|这里|那儿|这儿|方面|那么?|还有|一共|总共|累计|共|具体|到底|究竟|了|过|的|呢|吗|啊|"
    r"(?:19|20)\d{2}\s*年度?|去年|今年|前年|上一?年|当年|本年|"  # when, not what: kept as said
    r"(?:多少|几)(?:万|千|百)?(?:人次|户|人|个|件|家|次|场|项|名|位|台|起)?|[？?。!！，,\s]"
)
_COUNT = re.compile(r"多少|几")
# a day or a month as reports date an event: 2021年9月13日, 9月13日, 10月
_DATE = re.compile(r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}[日号])?")


def inherited_topic(
    q: str, prev_q: str, prev_units: Sequence[str], units: Sequence[str], said: str = ""
) -> Resolved | None:
    """``q`` with the last question's topic in front, or None when it names a thing of its own
    (or, asking when, the last answer's evidence holds no date). ``said``: that evidence."""
    topic = _topic(prev_q)
    stripped = q.strip()
    if not _named(topic):
        return None
    if not units and prev_units and _WHEN.search(stripped):
        if not _only_asks(_WHEN.sub("", stripped), topic) or not _DATE.search(said):
            return None
        if len(prev_units) > 1:
            raise QuestionError(
                f"上一个回答涉及{len(prev_units)}个单位（{'、'.join(prev_units)}），"
                f"请问要问哪一个的时间？例如「{short_name(prev_units[0])}{topic}是什么时候」"
            )
        return Resolved(f"{topic}，{stripped}", tuple(prev_units), _note(prev_units))
    # 「甲镇和乙镇各做了多少家」 after a list: its thing, each counted — only when the deed is
    # the list's own or any deed (做, 办): 「各受理了多少件」 asks a thing of its own
    if (
        len(units) > 1
        and prev_units
        and _deed_of(_counted_verb(stripped, units), topic)
        and (asked := named_count(stripped, prev_q, units))
    ):
        return Resolved(asked)
    if len(units) != 1 or not _COUNT.search(stripped):
        return None
    rest, own = stripped, topic
    for name in (units[0], short_name(units[0])):
        rest = rest.replace(name, "")
    for name in prev_units:  # the last turn's units give way to the one named now
        own = own.replace(name, "").replace(short_name(name), "")
    verb = "".join(re.findall(r"[\u4e00-\u9fff]", _COUNT_FILLER.sub("", rest)))
    # 「签了多少人」: a verb of the last topic, and nothing else named
    if 0 < len(verb) <= 2 and _verb_of(verb, own) and _named(own):
        return Resolved(f"{own.strip('，, ')}，{stripped}")
    return None


def _counted_verb(q: str, units: Sequence[str]) -> str:
    """What a count says besides its units, their joins and its asking words: its verb."""
    for unit in sorted(units, key=len, reverse=True):
        q = q.replace(unit, " ").replace(short_name(unit), " ")
    q = re.sub(r"各自?|分别|[和与跟及、]|以及", "", q)
    return "".join(re.findall(r"[\u4e00-\u9fff]", _COUNT_FILLER.sub("", q)))


def _deed_of(verb: str, topic: str) -> bool:
    """Is ``verb`` the last topic's deed (a verb of it) or one standing for any deed?"""
    return 0 < len(verb) <= 2 and (bool(ANY_DEED.match(verb)) or _verb_of(verb, topic))


@lru_cache(maxsize=1)
def _tokenizer():
    from reportqa.text import Tokenizer  # the domain dictionary; built once, on first use

    return Tokenizer()


def _verb_of(verb: str, topic: str) -> bool:
    """Is ``verb`` a verb word of ``topic`` or its head (签 of 签约)? Characters shared by
    chance (住 of the noun 住房) are not."""
    return any(
        tag.startswith("v") and word.startswith(verb) for word, tag in _tokenizer().tagged(topic)
    )


def verb_of_last(verb: str, prev_q: str) -> bool:
    """Is ``verb`` (one or two characters) a verb inside a word of the last question's thing
    that is no noun — 改 of 更新改造, 配 of 配置? A follow-up saying only it (「各自说改多少台」)
    asks the count of that thing, however the tagger files the compound (更新改造 is an idiom to
    it); 住 inside the noun 住房 is no verb of it."""
    tagged = _tokenizer().tagged(_topic(prev_q))
    if not 0 < len(verb) <= 2 or not any(t.startswith("v") for _w, t in _tokenizer().tagged(verb)):
        return False
    return any(verb in w and not t.startswith("n") for w, t in tagged)


def topic_asked(rest: str, prev_q: str, said: str) -> str | None:
    """「是怎么做的」「是什么时候聘的」 said of one unit: how or when of the last question's thing
    (when only if the last answer's evidence dates it), or None when ``rest`` names its own."""
    topic = _topic(prev_q)
    if not _named(topic):
        return None
    if _WHEN.search(rest) and not _DATE.search(said):
        return None
    left = _HOW.sub("", _WHEN.sub("", rest))
    if left == rest or not _only_asks(left, topic):
        return None
    return f"{topic}，{rest.strip()}"


def _only_asks(left: str, topic: str) -> bool:
    """Is ``left`` (a question without its asking words) nothing, or the topic's verb again?"""
    verb = "".join(re.findall(r"[\u4e00-\u9fff]", _WHEN_FILLER.sub("", left)))
    return not verb or (len(verb) <= 2 and _verb_of(verb, topic))


def _topic(prev_q: str) -> str:
    """The last question's thing: its words without its which-frame and asking words."""
    topic = _WHICH.sub("", prev_q.strip(), count=1)
    return _ASKING_END.sub("", topic).strip("，, ")


def _named(topic: str) -> bool:
    """Does ``topic`` name a thing (two characters or more)?"""
    return len(re.findall(r"[\u4e00-\u9fff]", topic)) >= 2


def _note(units: Sequence[str]) -> str:
    return f"（范围：{'、'.join(units)}）"
