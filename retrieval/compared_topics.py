"""「小营街道立案查处的案件和峡口镇的行政处罚比一下」: each unit with its own topic, then compared.

A question may name each unit with a topic of its own (甲镇的X和乙镇的Y) and put one verb of
comparing after the last (比一下, 对比, 比较): the user has already chosen what stands for each
unit, as two reports name one kind of work differently (立案查处 in one, 行政处罚 in the other).
Read as one need the topics were AND'ed over both reports and neither unit answered it. So
each unit's clause is its own row, as ``retrieval.unit_clauses`` reads clauses with their own
asking word. It is no such list when a unit has no words of its own (「甲镇和乙镇的X比一下」
「甲镇的X和乙镇比一下」: one topic for both; 「甲、乙、丙镇的X」 with 乙 no unit known: a list) or the two
topics are the same words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.unit_clauses import written_at

# the verb of comparing that closes the question, shared by every unit
_TAIL = re.compile(
    r"[，,\s]*(?:放在一起)?(?:比一下|比较一下|对比一下|比一比|比比|对比|比较|相比|做个对比|作个比较)"
    r"(?:看看|一下)?[吧呢啊。？?！!]*$"
)
# what parts one unit's clause from the next
_PARTED = re.compile(r"(?:和|跟|与|同|及|以及|、|，|,)\s*$")
# a unit followed at once by a separator is one item of a list (「鹰潭、鄂州、白云区的述法」): what
# stands before the next unit found is another place of the list, not the unit's own topic
_LISTED = re.compile(r"\s*(?:和|跟|与|同|及|以及|、|，|,)")
# the words of joining and pointing (的, 方面, 情况), which are no topic of their own
_NO_TOPIC = re.compile(r"的|方面|情况|工作|数据|数字|[\s，,、]")


def compared_topics(question: str, units: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """(unit, its clause) for each named unit when ``question`` gives each its own topic
    before one shared verb of comparing; () otherwise."""
    tail = _TAIL.search(question)
    if tail is None:
        return ()
    body = question[: tail.start()]
    at = sorted(w for u in dict.fromkeys(units) if (w := written_at(body, u))[0] >= 0)
    if len(at) < 2 or len({p for p, _, _ in at}) < len(at):
        return ()
    lead = body[: at[0][0]]
    out, topics = [], []
    for k, (start, name, unit) in enumerate(at):
        end = at[k + 1][0] if k + 1 < len(at) else len(body)
        own = body[start + len(name) : end]
        if _LISTED.match(own):
            return ()  # a list of places sharing the topic after its last member
        if k + 1 < len(at):
            parted = _PARTED.search(own)
            if parted is None:
                return ()
            own = own[: parted.start()]
        topic = _NO_TOPIC.sub("", own)
        if len(topic) < 2:
            return ()  # 「甲镇和乙镇的X」: the units share the one topic
        topics.append(topic)
        out.append((unit, f"{lead}{name}{own}"))
    if len(set(topics)) < len(topics):
        return ()  # the same topic for each: the comparison reads it once
    return tuple(out)


__all__ = ["compared_topics"]
