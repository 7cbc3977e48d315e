"""A count of the topic's own things is no count of what they did.

「便民服务中心和服务站一年办了多少件」 names places and asks how many matters they handled:
「建有1个便民服务中心及21个便民服务站」 counts the places — 个 right before the topic's noun —
while 「各便民服务中心(站)…累计办件10790件」 answers. Reports put a count of things right
before the thing (21个服务站, 3家律所); when the question asks another measure of the same
class (件 of matters, where 个 may stand for 件), such a count is of the wrong kind. A count
in the asked measure itself (「办理12件民生实事」 for 「办了多少件民生实事」) still answers.

The noun a question counts right after its measure word (「养老院有多少张床」 → 床) is what the
count is of: a count standing right before that noun (「建设1所拥有500个养老床位的区级养老院」)
counts the thing asked, though the topic's words (养老) stand in its modifier and the report
writes the general 个 for the asked 张.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reportqa.text import to_simplified
from retrieval.carrier import Carrier
from retrieval.concept import Concept
from retrieval.measures import counts_with

# the measures that count things and bodies: a number with one right before a noun counts it
_THING_MEASURES = "个座所家处"
_GAP = 4  # characters of modifier between the count and the topic's noun (21个便民服务站)


# the noun after the asked measure word (「多少张床」「几个床位」), up to a particle or a mark
_COUNTED = r"(?:多少|几)\s*{}([\u4e00-\u9fff]{{1,2}}?)(?=[的了呢吗啊呀？?，,。、和及与]|$)"


def counted_after(question: str, measure: str) -> str:
    """The noun ``question`` counts right after ``measure`` (「多少张床」 → 床), or ""."""
    if not measure:
        return ""
    m = re.search(_COUNTED.format(re.escape(measure)), to_simplified(question))
    return m.group(1) if m else ""


def counts_own_things(
    sentence: str, measure: str, concepts: Sequence[Concept], counted: str = ""
) -> bool:
    """Does every count of the asked class in ``sentence`` count a thing of the topic with a
    measure other than the asked one (「21个便民服务站」 for 「多少件」)? False when the
    sentence has a count in the asked measure, one right before the noun ``counted`` the
    question counts (``counted_after``), or none at all."""
    if not measure or measure in _THING_MEASURES:
        return False
    t = to_simplified(sentence)
    # the topic's nouns by their two-character pieces: 便民服务站点 is asked, 便民服务站 written
    pieces = {
        a[i : i + 2]
        for c in concepts
        if c.required
        for a in c.alternatives
        for i in range(len(a) - 1)
    }
    found = list(counts_with(measure).finditer(t))
    if not found or not pieces:
        return False
    for m in found:
        word = m.group(0).rstrip()
        if word[-1] not in _THING_MEASURES:
            return False  # a count in the asked measure (or its own class): it may answer
        after = t[m.end() : m.end() + _GAP + 2]
        if counted and 0 <= after.find(counted) <= _GAP:
            return False  # 「500个养老床位」 for 「多少张床」: the noun counted is the one asked
        if not any(0 <= after.find(p) <= _GAP for p in pieces):
            return False
    return True


def not_own_counts(
    carrier: Carrier | None, measure: str, concepts: Sequence[Concept], question: str = ""
) -> Carrier | None:
    """``carrier`` that refuses a sentence whose counts are all of the topic's own things
    (``question``: the noun it counts, ``counted_after``)."""
    if carrier is None or not measure or measure in _THING_MEASURES:
        return carrier
    judge, measured = carrier.judge, carrier.measured
    noun = counted_after(question, measure)

    def gives(text: str, heading: str = "") -> bool:
        return judge(text, heading) and not counts_own_things(text, measure, concepts, noun)

    def stated(text: str, heading: str = "") -> bool:
        return measured(text, heading) and not counts_own_things(text, measure, concepts, noun)

    return replace(carrier, judge=gives, measured=stated if measured else None)
