"""Picking from a which-answer by a thing it did not count: 「其中哪个持证执法的人最多？」.

A which-answer (「哪些乡镇有持证执法人员」) names units and quotes no numbers to rank; the
follow-up names what to rank them by. That is a comparison of those units on that thing,
each unit's own count quoted, then the pick made over the quoted counts
(``answering.compare``), so the claim is checkable cell by cell. Asked as one question over
the earlier units: 「甲镇、乙乡和丙街道的持证执法的人各是多少，哪个最多」. A verb with 得
before the ranking word (「办得最多」「配得更多」) is how the user says it, not the thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_RANK = r"最多|最少|最高|最低|最大|最小|更多|更少"
_PICK = r"(?:哪个|哪一个|哪家|哪一家|谁)(?:乡镇|镇|乡|街道|单位|地方)?的?"
# 「哪个X最多」 and 「X最多的是哪个」: the picking word, the thing, the ranking word
_BEFORE = re.compile(rf"^{_PICK}(?P<thing>.+?)(?P<rank>{_RANK})$")
_AFTER = re.compile(rf"^(?P<thing>.+?)(?P<rank>{_RANK})的?(?:是|为)?{_PICK}$")
_HOW = re.compile(
    r"的?(?:[\u4e00-\u9fff]得)?$"
)  # 「办得」 before 最多: spoken verbs are one character


# 「哪些乡镇…」「哪几个地方…」「哪些报告写了…」: the head of a which-question, naming no unit
_WHICH = re.compile(
    r"^(?:请问)?(?:有哪些|哪些|哪几个|哪几家)(?:乡镇|镇|乡|街道|单位|地方|报告)?(?:的报告)?(?:里|中)?"
)


# 「其中哪个多」「谁审的合同少」「哪家的成功率高」: one unit picked (哪个/哪家/谁, never the
# plural 哪些) by a bare adjective at the end — Chinese compares with the bare word, so it
# ranks as 最多 does; 多少 asks a count and ranks nothing
_BARE = re.compile(
    r"^(?P<head>(?:[^，,。？?！!]*?[，,])?[^，,。？?！!]*(?:哪个|哪一个|哪家|哪一家|谁)"
    r"[^，,。？?！!哪些]*?)(?<![最更多])(?P<rank>多|(?<!多)少|高|低)(?P<end>[？?。！!\s]*)$"
)


# 「排第一的是哪个」「排名第一」「数第一」: the first of a ranking by a count is the most
_FIRST = re.compile(r"(?:排名?|数|居|位列)(?:第一|第1|首位|头名)")


# 「哪个最多？多少个？」「最低的是哪个区，多少？」: a pick, then its figure asked in a clause of
# asking words alone — the pick is answered by the quoted figure of each unit, the figure too;
# 「一共有多少个」 asks a total of them all, another question, and is kept
_FIGURE_AFTER = re.compile(
    r"(?P<pick>(?:哪|谁)[^，,。？?！!]*(?:最|更|排第一)|(?:最|更)[^，,。？?！!]*(?:哪|谁))[^，,。？?！!]*"
    r"(?P<ask>[，,？?、\s]+(?:那么?)?(?:分别|各|具体)?(?:是|有|为)?(?:多少|几)"
    r"(?:个|家|项|件|次|场|人|名|位|份|处|万|亿)?(?:呢|啊)?[？?。！!\s]*)$"
)


def most_said(question: str) -> str:
    """The question with a bare comparative of a pick (「其中哪个多」) or the first place of a
    ranking (「排第一的是哪个」) said as 最多, the ranking word the comparison's pick reads, and
    a figure asked after the pick (「，多少？」) dropped; unchanged otherwise."""
    question = _FIRST.sub("最多", question)
    if (fig := _FIGURE_AFTER.search(question)) is not None:
        question = question[: fig.start("ask")] + "？"
    m = _BARE.match(question)
    if m is None:
        return question
    return f"{m.group('head')}最{m.group('rank')}{m.group('end')}"


def picked_from_which(prev_q: str, rest: str, units: Sequence[str]) -> str:
    """「其中哪个开得最多」 after 「哪些乡镇写了一年开了几次专题会」: the last question asked of
    each of its answer's ``units`` as a comparison, then the pick; '' when the last question
    was no which-question over several units (a comparison is asked again as it was)."""
    m = _WHICH.match(prev_q)
    if m is None or len(units) < 2:
        return ""
    body = re.sub(r"[？?。！!\s]+$", "", prev_q[m.end() :]).lstrip("的")
    if len(body) < 2:
        return ""
    names = list(units)
    return f"{'、'.join(names[:-1])}和{names[-1]}{body}，{rest}"


# 「开得最多」「开的次数最少」: a one-character verb ranked, the deed the user means
_DEED = re.compile(r"([^\W\d_谁个家])(?:得|的)(?:次数)?(?=最|更)")


# 「哪些地方报告里有民生微实事」: the last question said only that the thing is there (有 + a
# thing, no deed of its own): a deed ranked after it (办得最多) is what is done to that thing, so
# each unit's count of it answers. A deed of its own (配备了法律顾问) keeps 「开得最多」 unasked.
# Only a thing made of countable items (实事, 项目, 案件, 活动) is counted by a deed done to
# it; a programme or a figure (行政复议, 地区生产总值) has no count of deeds, and only a deed
# that makes or handles items (办, 建, 开展, 推进) counts them — 投入/涨/聘 rank money, growth
# or people, never the items.
_HAS = re.compile(
    r"(?:里|中|都|也|还)有(?P<thing>[^，,。？?！!了过]{0,10}"
    r"(?:事|事项|项目|工程|案件|活动|会议|讲座))[？?。!！\s]*$"
)
_ITEM_DEED = "办做搞开建成施理展进"
# 「民生微实事 哪些区有写」「法治讲座，哪几个乡镇提到了」: the same list asked topic first — the
# thing said before the which-word, then only a verb of mentioning; the thing must again be
# made of countable items (``_HAS``)
_FRONT = re.compile(
    r"^(?P<thing>[^，,。？?！!\s]{0,10}(?:事|事项|项目|工程|案件|活动|会议|讲座))[\s，,]*"
    r"(?:有)?(?:哪些|哪几个|哪几家)(?:乡镇|镇|乡|街道|区县|区|县|单位|地方|报告)?(?:里|中)?"
    r"(?:都|也|还)?(?:有|有写|写了|提到了?|提了|提到过|有提到?)(?:的)?[？?。!！\s]*$"
)
# review68: only 最多/最少/更多/更少 rank a count; 办得最好, 建得最快, 开展得最早 judge how well,
# how fast or when — no count of the thing (「其中哪个办得最好」 asks no 各多少)
_COUNT_RANK = re.compile(r"(?:得|的)(?:次数)?(?:最|更)(?:多|少)")


def counted_deed(prev_q: str, rest: str, units: Sequence[str]) -> str:
    """「其中哪个开得最多」 after 「哪些乡镇开了法治专题会」, which asked no count: ranking
    by the last question's own verb asks how many times each unit did that deed, so each
    unit's count is quoted and the pick made; '' when the verb is not the last question's
    (「开得最多」 after 「哪些乡镇配备了法律顾问」 ranks nothing asked)."""
    m = _DEED.search(rest)
    # (a verb of writing, 写得最多, ranks how much a report says, never a count of the thing)
    has = _HAS.search(prev_q) and m is not None and m.group(1) in _ITEM_DEED
    front = _FRONT.match(prev_q.strip())
    counts = _COUNT_RANK.search(rest) is not None
    if m is not None and m.group(1) in _ITEM_DEED and front and counts and len(units) >= 2:
        names = list(units)
        joined = f"{'、'.join(names[:-1])}和{names[-1]}"
        return f"{joined}的{front.group('thing')}各多少，{rest}"
    if m is None or (m.group(1) not in prev_q and not has):
        return ""
    return picked_from_which(prev_q, f"各多少，{rest}", units)


def ranked_among(rest: str, units: Sequence[str]) -> str:
    """The comparison a picking follow-up asks of ``units`` (the last answer's), or '' when
    it names no thing to rank them by or there is nothing to pick from."""
    text = re.sub(r"[？?。！!\s]+$", "", rest.strip())
    m = _BEFORE.match(text) or _AFTER.match(text)
    if m is None or len(units) < 2:
        return ""
    thing = _HOW.sub("", m.group("thing")).strip("的")
    if len(thing) < 2:
        return ""
    names = list(units)
    joined = "、".join(names[:-1]) + "和" + names[-1]
    return f"{joined}的{thing}各是多少，哪个{m.group('rank')}"
