"""「整个库里还有谁搞了」「所有报告里还有哪些提到」: the last question's thing, asked of the whole library.

After asking whether one unit did something (「云乐镇有没有培养法律明白人？」), people widen by
naming the library itself (整个库, 全库, 所有报告, 全部报告) and asking who else (还有谁, 还有哪些):
the thing stays the one just asked about, the kind becomes a list over every report, and the unit
asked first stays in it — the library named whole holds it too (unlike 「除了它」「别的报告」,
``answering.followup_scope``, which set it aside). A thing said in the follow-up itself
(「整个库里还有谁提到河长制」) is asked instead. The last question must have asked of a thing
(a mention, a deed), never of a figure (多少, 几): 「整个库里还有谁更多」 compares, it lists nothing.
"""

from __future__ import annotations

import re

from answering.followup_carry import RANK_WORDS
from answering.followup_scope import last_thing

__all__ = ["library_widened"]

# the library named whole, as a place to look in
# (「整个报告」 is the one report just asked about — 「整个报告里还有哪些地方提到」 asks its other
# passages — so only the library, or reports counted all (所有/全部), name every report)
_WHOLE = re.compile(
    r"(?:(?:整个|全部|所有|全)(?:的)?(?:库|报告库|资料库)|(?:全部|所有)(?:的)?报告)"
    r"(?:里面?|里头|中|内)?(?:的)?"
    r"|(?:库|报告库)(?:里面?|里头|中)"
)
# who else is asked: 还有谁, 还有哪些(报告/单位/地方), 还有哪家, 都有谁
_WHO_ELSE = re.compile(
    r"(?:还|都|也)有(?:谁|哪些|哪几个|哪几家|哪家|哪个)"
    r"(?:报告|单位|地方|乡镇|街道|区县)?(?:也|还)?"
)
# a verb with nothing after it: the thing is the one just asked about
_VERB = re.compile(
    r"^(?:提到|提及|写到|讲到|说到|涉及|提|写|讲|说|搞|弄|做|干|有|开展|推进|实施)?(?:了|过)?"
)
_END = re.compile(r"(?:的|这个|这事|这件事|这项工作)?(?:吗|呢|吧)?[？?。!！\s]*$")
# a field every report has (「还有哪些年份」「还有哪些地方」): the reports listed by metadata, no
# thing any of them did
_REPORT_FIELD = re.compile(r"年份|年度|时间|日期|单位|地方|级别|省份|地区|报告|乡镇|街道|区县")
# the last question asked a figure, never whether or which: nothing to list by
_FIGURE = re.compile(r"多少|几[个家份项次人件场]|是几|排名|最")
# no thing to search for: a negation (「还有谁没提」 asks who is silent — the opposite list), a
# question word (the last question asked a content, 「讲了什么」), a year or a level (「还有谁也是
# 2017年的」「也是区级的」 ask a report's field, which metadata answers, not a mention)
_SILENT = re.compile(
    r"^(?:也|还|都)?(?:没|未|不)(?:有|曾)?(?:提|写|讲|说|搞|弄|做|干|开展|推进|实施)"
)
_NO_THING = re.compile(r"什么|哪|怎|如何|是\d|是.{0,3}级|^\d{4}年?的?$")


def library_widened(q: str, prev_q: str) -> tuple[str, str] | None:
    """(question, note): the list over the whole library ``q`` asks for, of the thing it names
    or else of the last question's thing; None when ``q`` does not name the whole library and
    ask who else, or the last question asked a figure."""
    whole = _WHOLE.search(q)
    who = _WHO_ELSE.search(q)
    if whole is None or who is None or who.start() < whole.start():
        return None
    head = q[: whole.start()].strip("那么 ，,")
    if head:  # 「云乐镇整个库里…」: words before the library, not a bare widening
        return None
    between = q[whole.end() : who.start()].strip()
    if between:
        return None
    rest = _END.sub("", q[who.end() :])
    # 「还有谁更多」「还有谁做得好」「还有谁没提」: a comparison or the silent ones, said in the
    # follow-up's own words (the last thing may hold 更, as 城市更新 does)
    if "更" in rest or re.search(r"[得好差快慢高低]$", rest) or _SILENT.match(rest):
        return None
    thing = _VERB.sub("", rest) if rest else ""
    if len(thing) < 2:
        if _FIGURE.search(prev_q):
            return None
        thing = last_thing(prev_q)
    if len(thing) < 2 or _FIGURE.search(thing) or re.search(RANK_WORDS, thing):
        return None
    if _REPORT_FIELD.search(thing) or _NO_THING.search(thing):
        return None
    return f"哪些报告提到{thing}？", "（范围：全部报告，连同上一个问题的单位）"
