"""「有具体审了多少份的是哪几个」「其中写了数字的有哪些」: the last list kept to units that give a count.

After a list of who did something (「做合同审查的有哪些」), people ask which of them say how much:
a 的-phrase of a figure (有具体数, 写了数字, 审了多少份) followed by the list's asking words. It
names no new thing — the thing is the last question's — only a condition on the answer's
sentence: it must carry a count, in the measure said (份 of 审了多少份) if one is. Read as a
question of its own, 「审了多少份」 is searched as words and finds nothing; read as a region
(「有具体数的报告里」) it keeps every unit the last answer listed. The last answer's units are
the ones picked from; the condition is said in the words ``retrieval.conditions.figure_asked``
reads (「写了具体份数的」).
"""

from __future__ import annotations

import re

from retrieval.conditions import _MEASURES

__all__ = ["figure_kept"]

_LEAD = r"^(?:那么?|其中|这里面|这里头|这些里面?|里面|里头|它们中)?[，,]?\s*(?:只要|只看)?"
# 「有具体审了多少份的」「写了审了多少份的」: a count asked inside a 的-phrase, its measure after 多少
_HOW_MANY = re.compile(
    _LEAD + r"(?:有|写了|写明了?|给了|给出了?|列了)?(?:具体|确切|明确)?"
    r"(?P<verb>[\u4e00-\u9fff]{0,4}?)(?:了|过)?多少(?P<m>[" + _MEASURES + r"])?的"
)
# 「有具体数的」「写了数字的」「给了数据的」「有具体件数的」: a figure named as what is written
_STATED = re.compile(
    _LEAD + r"(?:有|写了|写明了?|给了|给出了?|列了)(?:具体|确切|明确)?的?"
    r"(?:数字|数据|数目|数量|(?P<m>[" + _MEASURES + r"])数|数)的"
)
# a superlative (最快, 最多, 第一) or 更: the last question picked one unit, listed none
_PICKED_ONE = re.compile(r"最|更|第一|排名")
# the list's asking words, nothing after them
_ASKING = re.compile(
    r"^(?:单位|报告|地方)?(?:是|有)?(?:哪几个|哪几家|哪几份|哪些|哪个|哪家|谁)?(?:呢)?[？?。!！\s]*$"
)
# a figure of its own kind asked (「有多少人的」 asks people, not a count of the deed): the verb
# before 多少 must be short, a deed's verb, never a question word
_NOT_VERB = re.compile(r"[哪谁什么怎]")


# 「其中谁说了碧道建了多少公里」「这里面哪些写了修了多少公里」: the same condition said the other way
# round — a pointer into the list, the who-word, a verb of saying, then the count asked of the
# list's own thing (it shares a word with the last question: another thing asks anew)
_WHO_SAID = re.compile(
    r"^(?:那么?)?(?:其中|这里面|这里头|这些里面?|里面|里头|它们中)[，,]?\s*(?:有)?"
    r"(?:谁|哪些|哪几个|哪几家|哪个|哪家)(?:报告|单位|地方)?"
    r"(?:说了|写了|写明了?|提到了?|给出?了|列了|讲了)"
    r"(?P<thing>[\u4e00-\u9fff]{2,12}?)(?:了|过)?多少(?P<m>[\u4e00-\u9fff]{0,2}?)[？?。!！\s]*$"
)


def _said_count(s: str, prev_q: str) -> str | None:
    """「其中谁说了X建了多少公里」: the last list kept to units whose sentence gives a count, in
    the measure asked when it is one measure word the condition reads (份, 个), else any."""
    m = _WHO_SAID.match(s)
    if m is None:
        return None
    thing = m.group("thing")
    # review68: the thing is the list's own thing said whole (碧道 of 碧道建设), then at most a
    # verb (建, 完成): 「民生实事的资金投入」 asks another figure, sharing a word is not enough
    core = next((thing[:k] for k in range(len(thing), 1, -1) if thing[:k] in prev_q), "")
    if not core or len(thing) - len(core) > 2 or "的" in thing[len(core) :]:
        return None
    measure = m.group("m") if m.group("m") and m.group("m") in _MEASURES else ""
    return f"{prev_q.strip().rstrip('？?。!！')}，写了具体{measure}数的"


def figure_kept(q: str, prev_q: str) -> str | None:
    """The last list question with the figure condition ``q`` names (「…，写了具体份数的」),
    or None when ``q`` asks no figure of the last list's units."""
    s = q.strip()
    if (said := _said_count(s, prev_q)) is not None and not _PICKED_ONE.search(prev_q):
        return said
    if _PICKED_ONE.search(prev_q):  # 「GDP增长最快的是哪个区」 picked one: no list to keep
        return None
    m = _HOW_MANY.match(s) or _STATED.match(s)
    if m is None or not _ASKING.match(s[m.end() :]):
        return None
    if "verb" in m.groupdict() and m.group("verb") and _NOT_VERB.search(m.group("verb")):
        return None
    # 「有多少份的」 with no asking word, pointer or 呢: a count asked, not a list picked
    pointed = m.group(0).startswith(("其中", "这里", "里")) or "呢" in s
    if not s[m.end() :].strip("？?。!！ ") and not pointed:
        return None
    measure = m.group("m") or ""
    return f"{prev_q.strip().rstrip('？?。!！')}，写了具体{measure}数的"
