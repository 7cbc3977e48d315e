"""「其中福田和光明各计划了多少件」: units picked by name from the last answer, counted with a
verb and no thing — the thing counted is the last question's.

After 「哪几份报告讲了民生实事？」 a follow-up that picks some of the answer's units by name and
asks a count with only a deed (计划了多少件, 完成了几项) names nothing to count: the measure
counts the thing just listed, as 「它办了几起」 does after one unit (``followup_carry``). Read
with the unit names left in, the names look like a thing and the count is searched bare.
A word of its own beyond one short verb (「各有多少名法律顾问」) is a thing asked, kept as said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_carry import carried_topic, counts_no_thing, says_no_thing, topic_of
from answering.followup_scope import last_thing
from answering.fronted_topic import fronted_topic
from reportqa.units import short_name
from retrieval.count_bounds import bound_asked, bound_spans

__all__ = ["bounded_count", "counted_thing", "named_count"]

# the units joined (和/与/跟/、) and a deed of one or two characters, done (了/过) or planned
_VERB = re.compile(
    r"(?:各自?|分别)?(?:(?:计划|打算|准备|要)[\u4e00-\u9fff]{0,2}?(?:了|过)?|[\u4e00-\u9fff]{1,2}?(?:了|过))"
    r"(?=多少|几)"
)
# what may follow a bound said alone: 的 and the list's asking words (「…的是哪几个」「…的呢」)
_BOUND_ASKED = re.compile(
    r"^的(?:乡镇|单位|地方)?(?:都?有哪些|是哪些|有哪几个|是哪几个|有哪几家|是哪几家|有谁|呢)?[？?。!！\s]*$"
)
_JOINS = re.compile(r"[和与跟及、,，]|以及")


def named_count(rest: str, prev_q: str, units: Sequence[str]) -> str | None:
    """``rest`` with the last question's thing in front (「民生实事，福田和光明各计划了多少件」)
    when, the names of ``units`` taken out, it is only a deed and a count of no thing; else
    None."""
    bare = rest
    named = False
    for unit in sorted(units, key=len, reverse=True):
        for name in dict.fromkeys((unit, short_name(unit))):
            if name in bare:
                bare, named = bare.replace(name, " "), True
    if not named or not counts_no_thing(rest):
        return None
    bare = _JOINS.sub(" ", bare)
    bare = _VERB.sub(" ", bare, count=1)
    if not says_no_thing(bare):
        return None
    thing = last_thing(prev_q).rstrip("？?。 ")
    if not re.search(r"[\u4e00-\u9fff]{2,}", thing) or thing in rest:
        return None
    return f"{thing}，{rest}"


def bounded_count(rest: str, prev_q: str) -> str | None:
    """``rest`` with the last question's thing in front (「培养法律明白人，超过50名的有哪些」)
    when it is a bound and 的 alone (「超过50名的有哪些」「100场以上的」): a bound counts in a
    measure word, which names no thing — what is counted is what the last list was about.
    Searched as typed, 「超过」 and 「名」 are the words looked for. None when a word of its own
    stands before the bound (「其中法律顾问超过3名的」 names its thing)."""
    spans = bound_spans(rest)
    if bound_asked(rest) is None or len(spans) != 1:
        return None
    ((start, end),) = spans
    if not _BOUND_ASKED.match(rest[end:]) or not says_no_thing(rest[:start]):
        return None
    topic = topic_of(prev_q) or fronted_topic(prev_q)
    for s, e in sorted(bound_spans(topic), reverse=True):  # the last bound gives way to this one
        topic = topic[:s] + topic[e:]
    topic = re.sub(r"的$", "", topic.strip("，, "))
    if not re.search(r"[\u4e00-\u9fff]{2,}", topic) or topic in rest:
        return None
    return f"{topic}，{rest}"


def counted_thing(rest: str, prev_q: str, units: Sequence[str]) -> str | None:
    """A count among the last answer's units with the last thing carried: after a pointer
    (「其中它办了几起」, ``followup_carry``), after the units' names (:func:`named_count`), or
    a bound alone (:func:`bounded_count`)."""
    return (
        carried_topic(rest, prev_q)
        or named_count(rest, prev_q, units)
        or bounded_count(rest, prev_q)
    )
