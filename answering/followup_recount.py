"""「那乙乡呢，学了几回」: a follow-up to another unit that says the last count again.

After 「甲街道一年组织了多少场学习？」 a user moving to another unit often repeats the asking in
short everyday words — the verb of the deed (学) and a count in a measure word of the same
class (回 ~ 场 ~ 次: occasions) — instead of a bare 「那乙乡呢」. Those words name no new topic:
the verb is the last question's, the count the same kind of count, so the follow-up is the
last question asked of the new unit. A tail with a word the last question lacks (「那乙乡呢，
调解了几件」), or a count of another class (「学了多少人」: people, not occasions), is a new
question and is left alone.

The verb may also be one that names no deed of its own: 「那乙乡配了几个」 after 「甲乡聘请了几名法律
顾问？」, 「乙镇搞了多少次」 after 「甲镇开展普法活动多少场」. Everyday light verbs (搞, 弄, 干, 做,
办, 整, 配, 请, 聘, 有) and the reports' generic verbs of holding an event (开展, 组织, 举办)
take their meaning from an object; said with none, the object is the one just asked about, so the
tail is the last deed in other words. A content verb the last question lacks (调解, 审查) names a
new deed and stays a new question. The general 个 (or a count with no measure word) counts
whatever was counted before, so it re-asks the last count of any class.
"""

from __future__ import annotations

import re

from retrieval.measures import asked_measure, one_class

# verbs whose deed is their object: said without one, they re-say the last question's deed
_LIGHT = frozenset("搞弄干做办整配请聘有") | {"开展", "组织", "举办", "配备"}

# 「，学了几回」「，一共开过多少次」「，又搞了几场」: filler, one or two characters of a
# verb, an aspect word, then the count asked
_TAIL = re.compile(
    r"[，,？?\s]*(?:又|也|一共|总共|共|一年|全年)*(?P<verb>[\u4e00-\u9fff]{1,2}?)(?:了|过)?"
    r"(?P<count>(?:多少|几)\s*[\u4e00-\u9fff]{1,2})[？?。!！\s]*$"
)


def without_recount(leftover: str, prev_q: str, asking: str) -> str:
    """``leftover`` (the follow-up without its units) without its closing asking words (the
    pattern ``asking``: 「又是多少」), or '' when all it says besides 那/呢 is a tail that
    repeats the last question's count (``prev_q``): its verb said there, its measure of the
    same class — or whether the last deed was done (``asks_done_again``)."""
    if asks_done_again(leftover, prev_q):
        return ""
    leftover = re.sub(asking, "", leftover)
    m = _TAIL.fullmatch(re.sub(r"那么?|还有|呢", "", leftover))
    if not m:
        return leftover
    said, light = m.group("verb") in prev_q, m.group("verb") in _LIGHT
    if not said and not light:
        return leftover
    now, before = asked_measure(m.group("count")), asked_measure(prev_q)
    if light and m.group("count")[-1] == "个" and (now in ("", "个")):
        return ""  # 「配了几个」: the general measure word counts what was counted
    if not now or not before or not one_class((now, before)):
        return leftover
    return ""


# 「那2022年的时候三河镇请了没有」: a time adverbial on the year said (its year is read apart), a
# verb of one or two characters with no object, then a yes/no asking (了没有, 了吗, 没V, 过没有)
_WHEN = re.compile(r"((?:19|20)?\d{2}\s*年度?)(?:的时候|那会儿?|那时候?|时)")
_DONE_TAIL = re.compile(
    r"[，,？?\s]*(?:又|也|都|还|是否|有没有|有无)?(?P<verb>[\u4e00-\u9fff]{1,2}?)"
    r"(?:了|过|没|不)?(?:没有|没|吗|了吗|过吗|与否)[？?。!！\s]*$"
)


def asks_done_again(leftover: str, prev_q: str) -> bool:
    """Is ``leftover`` (the follow-up without its units) only whether the last deed was done —
    a light verb, or a verb the last question says, with its object elided? Such a turn names
    a new unit or year and carries the last question's object, as 「那X呢」 would; a content verb
    of its own (「调解了没有」) asks a new deed and stays a question of its own."""
    bare = re.sub(r"(?:19|20)?\d{2}\s*年度?", "", _WHEN.sub(r"\1", leftover))
    m = _DONE_TAIL.fullmatch(re.sub(r"那么?|还有|呢|的", "", bare))
    if not m:
        return False
    verb = m.group("verb")
    if verb in _LIGHT or ((verb == "是" or len(verb) == 2) and verb in prev_q):
        return True
    # one character of the last question is its verb only when a deed's aspect follows it
    # (建立了 for 立, 聘请过 for 请), not inside a noun (学法阵地 is no 学了没有)
    return re.search(re.escape(verb) + r"[\u4e00-\u9fff]?(?:了|过)", prev_q) is not None
