"""Is a number in a sentence a count of the thing asked about? (a how-many answer's test)

Kept apart from ``retrieval.evidence`` (which judges whether a sentence says it at all): a
count must stand near a mention of the question's concepts, not anywhere in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.measures import QUANTITY

if TYPE_CHECKING:
    from retrieval.evidence import Need

_NEAR = 25  # characters between a count and the thing it counts (「调处矛盾纠纷37起」)

# A closing total: a clause that is only a total word and a count (「…共同参加专题讲座,涉及《民法典》
# …等,今年共计8场。」「…,累计12次」) has no noun of its own, so it counts the sentence's deed named
# before it however long the list between; the count must end its clause (no noun after it).
_TOTAL_CLAUSE = re.compile(
    r"(?:^|[,，;；:：])\s*(?:今年|全年度?|本年度?|年内|当年)?(?:以来)?"
    r"(?:共计|合计|累计|总计|一共|共)(?:达到?|有|开展|举办|组织)?\s*$"
)
_CLAUSE_END = re.compile(r"\s*(?:$|[。；;，,！!）)])")
# An occasion count closing a clause of its own: 「…常务会议学习贯彻习近平法治思想,研究法治政府建设
# 相关议题12次」 — the clause before 12次 names no asked concept and opens with a verb of another
# deed (研究…议题), so the count counts that deed (topics discussed), never the study sessions
# of the clause before. A clause that only totals, dates or carries the count on (「…学法,全年开展
# 12次」「…,先后3次」「…,每季度1次」) still counts the deed before it, and so does a clause that
# opens with a verb of holding or a quoted name (「开展法制宣传“六进”活动,开展“典亮校园”活动5次,
# “法治护老”宣传活动3次」): the instances of the deed just named, counted one by one.
_OCCASION = re.compile(r"(?<![人天件户架批])[次场期轮回]$")
_CARRIES_ON = re.compile(
    r"(?:共计|合计|累计|总计|一共|共|计|达到?|有|约|近|超过?|逾|分别|先后|各|均|平均|"
    r"开展|举办|组织|召开|进行|举行|参加|参与|学习|集中|专题|"
    r"(?:今|全|本|当|每)?(?:年度?|季度?|月|周|半年)(?:内|度)?|以来|其中)\s*$"
)
# how a clause of the deed's instances opens: a quoted name, or a verb of holding or doing
# that the clause before it used as well (「开展…活动,开展“典亮校园”活动5次」); a new verb with a
# new thing (「…学法…等制度,举办法治讲座3530余场」) is a deed of its own
_INSTANCE = re.compile(
    r"^\s*(?:(?:全年|今年|年内|先后|共|累计|还|并|另)\s*)?"
    r"(?:(?P<quote>[“\"「『《])|(?P<verb>开展|举办|组织|召开|举行|进行|实施|完成|承办|参加|参与))"
)
_BREAK = re.compile(r"[,，;；:：]")
_CLAUSE_BREAK = re.compile(r"[,，;；:：。！？!?、]")
# a count of people: 人, 名, 位 (not 人次, attendances of a deed counted after it)
_PEOPLE = re.compile(r"[人名位]$")


def _mentions(text: str, need: Need) -> list[tuple[int, int]]:
    out = []
    for a in (*need.full, *(p for p, _ in need.parts)):
        pos = text.find(a)
        while pos >= 0:
            out.append((pos, pos + len(a)))
            pos = text.find(a, pos + 1)
    return out


def counts_need(text: str, needs: Sequence[Need], counts: re.Pattern = QUANTITY) -> bool:
    """A how-many answer gives a count of the thing asked about, standing near a mention
    of one of the question's concepts, not just any number in the sentence (``counts``:
    a number with the measure word the question asks for, ``retrieval.measures``)."""
    spans = [m for n in needs if n.concept.required for m in _mentions(text, n)]
    # a people count reaches forward past its own noun only where the sentence names every
    # concept asked: 「86名新任村干部参加岗前考试」 counts 村干部, never the 网格员 asked about
    whole = all(any(_mentions(text, n)) for n in needs if n.concept.required)
    spans = spans or [m for n in needs for m in _mentions(text, n)]
    # 「对口帮扶新疆…安排了多少钱」: the question's own verb of the amount (安排, 投入, a soft
    # concept) is written right before the amount (「安排1亿元专项资金，加快推进…帮扶新疆塔县」);
    # beside it, in a sentence naming every concept asked, the amount is the topic's
    verbs = [m for n in needs if not n.concept.required for m in _mentions(text, n)]
    # (a need with no required concept names no topic: every sentence would be "whole")
    verbs = verbs if whole and any(n.concept.required for n in needs) else []
    for q in counts.finditer(text):
        if any(0 <= q.start() - e <= 1 for _, e in verbs):
            return True
        if own_clause_count(text, q.start(), q.end(), spans):
            continue
        if any(-6 <= q.start() - e <= _NEAR or _counts_ahead(text, q.end(), s) for s, e in spans):
            return True
        if whole and any(subject_count(text, q.start(), q.end(), s) for s, _ in spans):
            return True
        if closing_total(text, q.start(), q.end()) and any(e <= q.start() for _, e in spans):
            return True
    return False


def _counts_ahead(text: str, end: int, mention: int) -> bool:
    """A count written before its noun counts it inside one clause (「首批1000株珊瑚苗」): a
    count that ends its clause (「种植乔木2.5万株，新建荔枝园」) counts the clause before it,
    never the next clause's noun."""
    return 0 <= mention - end <= 6 and not _CLAUSE_BREAK.search(text, end, mention)


def subject_count(text: str, start: int, end: int, mention: int) -> bool:
    """Is the count at ``text[start:end]`` a number of people standing as the subject of the
    clause that names the thing asked after its verb: 「全乡3名执法人员全部取得行政执法证」
    counts the holders of 执法证 though the holders' noun and the verb stand between. People
    are counted before what they do (N名干部 + verb + object), things after it (调处纠纷37起),
    so only a people count reaches forward past its own noun, and never past its clause."""
    if not _PEOPLE.search(text[start:end]) or not 0 <= mention - end <= _NEAR:
        return False
    return not _CLAUSE_BREAK.search(text, end, mention)


def own_clause_count(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Does the occasion count at ``text[start:end]`` close a clause of its own: a clause
    that names none of the asked concepts (``spans``: where the sentence names them), ending
    in something other than a word that carries the count on (``_CARRIES_ON``), after a
    mention in an earlier clause? Such a count counts its own clause's deed — unless the
    clause opens as an instance of the deed just named (``_INSTANCE``)."""
    if not _OCCASION.search(text[start:end]):
        return False
    breaks = [b.end() for b in _BREAK.finditer(text, 0, start)]
    if not breaks:
        return False
    opens = breaks[-1]
    clause = text[opens:start]
    if any(opens <= s < start for s, _ in spans):
        return False  # the clause names the asked deed itself
    if len(re.findall(r"[\u4e00-\u9fff]", clause)) < 3 or _CARRIES_ON.search(clause):
        return False
    if _instance(clause, text[breaks[-2] if len(breaks) > 1 else 0 : opens]):
        return False  # an instance of the deed just named, counted on its own
    return any(e <= opens for _, e in spans)


def _instance(clause: str, before: str) -> bool:
    """Does ``clause`` open as one instance of the deed of the clause ``before`` it: a quoted
    name, or the verb that clause used, or its head noun again?"""
    m = _INSTANCE.match(clause)
    if m is None:
        return False
    if m.group("quote"):
        return True
    head = re.sub(r"[（(][^（）()]*[）)]|\s", "", clause)[-2:]
    return m.group("verb") in before or (len(head) == 2 and head in before)


def closing_total(text: str, start: int, end: int) -> bool:
    """The count at ``text[start:end]`` is a closing total (``_TOTAL_CLAUSE``): its clause
    holds only the total word before it and nothing after it."""
    return bool(_TOTAL_CLAUSE.search(text[:start]) and _CLAUSE_END.match(text, end))


def total_lead(text: str, start: int, end: int) -> str:
    """What a closing total counts: its sentence before it (the deed and the list it totals);
    '' for any other count."""
    if not closing_total(text, start, end):
        return ""
    return text[max((text.rfind(ch, 0, start) for ch in "。！？!?\n"), default=-1) + 1 : start]
