"""One message, several questions: 「左岚乡聘请法律顾问了吗？云乐镇开展了几次普法活动？」 asks
two things, and read as one it is blended into a comparison nobody asked for or loses a half.

A message is cut where a sentence ends (？。！) and at 「，」「；」 before a word that opens a new
question — a connector (另外, 还有, 再问) or a pointer back (它, 其中, 该镇). A unit after a comma or
a semicolon is no cut: 「甲镇…几次；乙街道…几次」 is one comparison, each unit on its own clause
(``retrieval.unit_clauses``), so neither half is lost. A cut stands only when both sides ask something of their own; what
follows a question without asking anything new belongs to it, because in Chinese a second
sentence often only presses or frames the first:

* no asking word — an instruction or a remark on what counts: 「对比一下」「列一下」「县区的也算」;
  「几」 after a verb of picking is 「a few」 (「县里想找几个学习」), 「啥的」 is 「and such」;
* asking words and nothing else — the same question pressed: 「是哪几个」「哪个最多」「多少」,
  a pick among the units just asked of (「它们俩谁开得多」), a condition on the first's answer
  (「如果有，是哪年？」「有的话列一下」 asks when / which of the same thing: one question);
* a condition on the first question's answer (「如果有，是哪家律所？」「要是没有呢」): it asks
  more of the same thing, answered by the same passage — one question;
* 「有没有X？是哪些」 — whether any unit did X, then which: one which-question.
A question on the report as a document (「它是哪年的报告」) asks a new thing beside a deed, so
「报告」 is a topic of its own. A sentence that asks an aspect of the answer before — when, what,
why, how well (「分别是什么时候」「具体内容是什么」「为什么没有」「效果怎么样」) — names no unit and
no topic the question analysis keeps (``topic``): answered alone it would have nothing to look
for and say the reports are silent, so it belongs to the question it asks about. A pointer
(它, 其中) or a connector (另外) opens a question of its own all the same. A message in
traditional characters is cut as its simplified spelling (offsets kept): 嗎/幾 are 吗/几.

A unit list (「A、B、C哪个最多」), two units in one question (「比较A和B的…」) and a full stop
inside a quotation are never cut. Most messages hold no cut at all and leave at the first test.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from answering.followup_added import adds_units
from ingest.gazetteer import gazetteer
from reportqa.text import to_simplified
from reportqa.units import UnitIndex, short_name

__all__ = ["split_turn"]

_STOP = "？?；;。！!"
_ANY_CUT = re.compile(rf"[{_STOP}，,]")
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|《[^》]*》|\"[^\"]*\"|（[^）]*）|\([^)]*\)")
# 「；」 parts clauses of one sentence: 「甲镇…几次；乙街道…几次」 is one comparison, a row per
# clause (``retrieval.unit_clauses``), so only ？。！ end a question by themselves
_SENTENCE_END = re.compile(r"[？?。！!]+")
# 「，另外…」「？还有…」「；再问一下…」: a connector that opens another question (dropped)
_CONNECTOR = re.compile(
    rf"[，,{_STOP}]\s*(?:另外|此外|以及|还有就是|还有|再问一下|再问下|再问|顺便问一下|顺便问下|顺便问|"
    r"还想问一下|还想问|还想知道)[，,]?\s*"
)
# 「，它归哪个区管」「，其中哪个办了培训班」: a pointer back opens a question of its own
_POINTS = r"它(?!们)|它们|其中|这其中|该(?:乡镇|乡|镇|街道|单位|报告)|这份报告|这个(?:乡镇|乡|镇|街道|单位)"
_POINTER = re.compile(rf"[，,；;]\s*(?={_POINTS})")
_LEANS = re.compile(rf"\s*(?:{_POINTS})")  # a part opened by a pointer back
# 「网格员有多少人，公安义警呢？」: a topic and 呢 ending the message after a comma asks the
# question before of another thing — two measures, each answered (a unit with 呢 instead,
# 「甲镇几次，乙镇呢」, is one comparison: ``_new_question`` keeps it whole). A clause naming the
# units by the deed (「没开展的呢」「其他的呢」: 没/不/其他 or a 的-phrase) asks of the same thing
_ALSO_OF = re.compile(
    r"[，,]\s*(?=(?![没不未非其别另])[^，,；;？?。！!]{2,12}(?<!的)呢[\s？?。！!]*$)"
)
# ... and only in the frame 「A有多少X，B呢」: a count of things (有多少/有几) asked first, then a
# bare thing. A 呢-part with an asking word of its own (「受众多少人呢」) is one question with the
# first; a ratio or share (「成功率呢」「人均呢」) is a measure of the first thing, not a thing of
# its own; a place (「龙华呢」「盐田区呢」「社区呢」) asks the same of another unit, a time or a
# target (「去年呢」「今年的目标呢」) the same count at another time — each one question
_COUNT_OF = re.compile(r"有(?:多少|几)")
_OWN_ASK = re.compile(r"什么|啥|哪|谁|多少|几|怎么|如何|是否|有没有|吗")
_RATIO = re.compile(r"^(?:人均|平均|户均)|(?:率|比例|比重|占比|人均|平均)$")
_PLACE = re.compile(r"(?:省|市|州|盟|区|县|旗|镇|乡|街道|村)$")
_WHEN = re.compile(r"年|月|季度|同期|目标|计划|预期")

# an asking word or a yes-no ending; 「几」 after a verb of picking counts 「a few」, 「啥的」 is
# 「and such」
_ASKS = re.compile(
    r"什么|啥(?!的)|哪(?!怕)|谁|多少|(?<![找选挑举列荐说])几|怎么|怎样|咋|如何|为何|为什么|是否|有没有|"
    r"有无|是不是|能否|可否|了没|[吗呢么嘛否][\s？?。！!]*$|没有?[\s？?]*$"
)
# what a question that asks nothing new is made of: pointers, asking and picking words, a
# condition on the first answer, requests to list, and the function words around them
_NO_TOPIC = re.compile(
    r"[\u4e00-\u9fff]{1,2}得(?:最|更|比较|较)?(?:多|少|好|快)|"
    r"其中|这其中|里面|当中|它们俩?|它|他们|这些|那些|[这那]几个|上述|以上|[这那]两个|两者|二者|俩|"
    # 「两个区哪个多」「两个比一下哪个高」: the pair just asked of, then a pick between them
    r"两(?:个|家|边)?(?:区县|乡镇|街道|单位|区|县|镇|乡)?(?=比|相比|对比|哪|谁)|比一下|比比|相比|"
    r"(?<=哪个)(?:更|要)?[高低大小快慢](?=[\s？?。！!呢]|$)|"
    r"如果有的话|如果有|若有|如有|要是有|有的话|的话|如果|要是|若是|"
    r"哪一年|哪年|哪些|哪几个|哪几家|哪一个|哪一家|哪个|哪家|哪里|哪儿|哪|谁家|谁|什么|啥|多少|"
    r"几[个家份次场件年人名位项条起回]?|是否|有没有|有无|是不是|怎么样|怎样|如何|咋样|"
    r"最多|最少|最高|最低|最大|最小|最好|最早|最晚|更多|更少|较多|较少|排第一|第一|"
    r"列一下|列出来|列出|列举|说一下|说说|讲一下|具体|分别|各自|各|都|也|又|还|请|一下|"
    r"比较|对比|比一比|统计|介绍|谈谈|帮我|麻烦|"  # a request by itself (「对比一下」) asks nothing new
    r"为什么|为何|为啥|没|"  # 「为什么没有」: the reason of the answer before
    r"吗|呢|么|吧|啊|哈|呀|是|有|的|了|过|在|单位|乡镇|地方|街道|家|个|[^\u4e00-\u9fff]"
)
# 「如果有，是哪家？」「有的话是哪年」「要是没有呢」: a condition on the answer before opens it
_CONDITION = re.compile(
    r"^\s*(?:(?:如果|若|如|要是|假如|倘若)(?:有|是|没有|没|不是)|有的话|没有的话)"
)
_EXISTS = re.compile(r"有没有|是否有|有无|有(?!的话).*[吗么][\s？?]*$")
_WHICH = re.compile(r"哪|谁")
# a sentence opening with the pair (两年, 两份, 两个) points at the two sides the sentence before
# set beside each other (「跟2018年那份比呢？两年各计划新增多少学位」): it says what they are
# compared on, one question with the comparing one
# (两年内, 两年来, 两年间: a span of time, not the pair)
_PAIR_OPENS = re.compile(r"\s*(?:这|那)?两(?:年|份|个|家|边|者|区|县|镇|乡)(?![内来间以前后])")
# ... a sentence ending on the verb, nothing compared named after it (「甲镇比乙镇多吗」 is whole)
_COMPARING = re.compile(
    r"(?:跟|和|与|同).{0,14}?(?:比|相比|对比|比较|对照)(?:一下|一比|比)?[呢吧]?\s*$"
)
# 「那其他区呢？还有谁提了X」: a sentence naming only the other units asks nothing by itself —
# it is the scope of the question after it, one question (``followup_scope.beyond_last``)
_OTHERS_ONLY = re.compile(
    r"^\s*(?:那么?)?(?:其他|其它|别的)的?(?:区县|乡镇|街道|单位|地方|报告|区|县|乡|镇)"
    r"(?:呢|吗)?[\s？?。！!]*$"
)
# 「比较甲镇和乙乡的…？丙镇开展了几场…？」: a message may open with a request instead of a
# question — compare, list, describe — which asks as much as an asking word does, so a
# question after it is a part of its own
# 「一起比一下」「一起列出来」「一并对比」: a closing request to put together what was named
_TOGETHER = re.compile(
    r"(?:那么?|再)?(?:一起|一并|一块儿?|放在一起|合在一起)"
    r"(?:比一下|比一比|比比|比较一下|比较|对比一下|对比|列出来|列一下|列个表|说一下|说说)(?:吧|呢)?"
)
# what may stand around unit names in a part naming only them: 「那坪山呢」「还有光明区的呢」
_UNIT_FRAME = re.compile(r"[那么还有再和跟与及、，,的呢吧\s]")
_REQUEST = re.compile(r"\s*(?:请|帮我|麻烦)?(?:比较|对比|比一比|列出|列举|统计|介绍|说说|谈谈)")


# 「…是哪年的？标题里没看到年份」: after the question, what the user looked at and did not find —
# why they ask, no question of its own (no asking word, a verb of not seeing or finding)
_REMARK = re.compile(
    r"(?<=[？?])\s*(?![^？?]*(?:有没有|是不是|有无))(?:我)?[^？?。，,；;哪啥谁吗呢么几多怎]{0,10}?"
    r"(?:(?:没|没有|没能)(?:看到|找到|看见|发现|看着)|找不到|看不到)[^？?。，,；;哪啥谁吗呢么几多怎]{0,8}[。.！!]?$"
)


def without_remark(question: str) -> str:
    """The question without a closing remark of what the user did not find."""
    return _REMARK.sub("", question.strip())


def split_turn(
    question: str, units: UnitIndex | None = None, topic: Callable[[str], bool] | None = None
) -> tuple[str, ...]:
    """The questions ``question`` holds, in order; one element for one question (as typed).

    ``units``: the library's units (「有没有X？是哪些」 stays one question only when the first
    names no unit). Without it, units are not looked at. ``topic``: does a part hold a topic of
    its own (the question analysis keeps a concept of it)? Asked only of a part that would be
    cut off with neither a unit, a pointer nor a connector; without it, not asked."""
    q = question.strip()
    body = q.rstrip(_STOP + " ")
    if not _ANY_CUT.search(body):  # most messages: one question, nothing to cut
        return (q,)
    simple = to_simplified(q)  # the same offsets: each part is cut from ``q`` where found
    pieces = _pieces(simple)
    if len(pieces) < 2:
        return (q,)
    at = len(pieces[0][0])  # marks before the first question (「？石桥镇…」) are no part of it
    spans = [[at, at + len(pieces[0][1])]]
    at = spans[0][1]
    asked = [bool(_ASKS.search(pieces[0][1]) or _REQUEST.match(pieces[0][1]))]
    for joint, text in pieces[1:]:
        before = simple[spans[-1][0] : spans[-1][1]]
        scope_only = _OTHERS_ONLY.match(before)
        new = _new_question(before, text, units) and _own(joint, text, units, topic)
        if asked[-1] and new and not scope_only:
            spans.append([at + len(joint), at + len(joint) + len(text)])
            asked.append(True)
        else:  # belongs to the question before: kept as typed
            spans[-1][1] = at + len(joint) + len(text)
            asked[-1] = asked[-1] or bool(_ASKS.search(text))
        at += len(joint) + len(text)
    if len(spans) < 2 or _named_then_together(simple, spans, units):
        return (q,)
    # a part keeps its question mark; the 「；」「，」 that joined it to the next is no part of it
    return tuple(q[s:e].strip().rstrip("；;，, ") for s, e in spans)


def _named_then_together(q: str, spans: list[list[int]], units: UnitIndex | None) -> bool:
    """「坪山呢？光明呢？一起比一下」: units named one by one with 呢 and then a closing request
    to put them together (一起比, 一起列, 一并说) — in speech the closing request gathers every
    unit said before it into one question beside the last one's units
    (``followup_added.adds_units``); cut, the first would lose the others and the last
    compare without the unit already asked of. Only when each part names nothing but units."""
    if units is None:
        return False
    whole = q[spans[0][0] : spans[-1][1]]
    sentences = [x for x in _SENTENCE_END.split(whole) if x.strip(" ，,")]
    last = sentences[-1].strip(" ，,")
    # the request must be one the follow-up resolver reads as adding units (``adds_units``)
    if len(sentences) < 2 or not _TOGETHER.fullmatch(last) or not adds_units(last, 0):
        return False
    for part in sentences[:-1]:
        names = units.candidates(part)
        bare = part
        for n in sorted(names, key=len, reverse=True):
            bare = bare.replace(n, "").replace(short_name(n), "")
        if not names or _UNIT_FRAME.sub("", bare):
            return False
    return True


def _own(joint: str, text: str, units: UnitIndex | None, topic) -> bool:
    """Does the part ``text`` ask on its own: a connector or a pointer opens it, it names a
    unit, or it holds a topic (「分别是什么时候」 holds none: it asks of the part before)?"""
    if topic is None or joint.strip(_STOP + "，, ") or _LEANS.match(text):
        return True
    return bool(units and units.candidates(text)) or topic(text)


def _new_question(before: str, text: str, units: UnitIndex | None) -> bool:
    if not (_ASKS.search(text) or _REQUEST.match(text)) or _CONDITION.search(text):
        return False
    if _PAIR_OPENS.match(text) and _COMPARING.search(before.rstrip(_STOP + " ")):
        return False  # 「跟2018年那份比呢？两年各…」: the two sides just set, what they are compared on
    if len(_NO_TOPIC.sub("", text)) < 2:
        return False
    after_comma = not _SENTENCE_END.search(before.rstrip()[-1:])  # a ？ ends its own question
    if after_comma and _ALSO_OF.match("，" + text) and units and units.candidates(text):
        return False  # 「甲镇几次，乙镇呢」: the same question of another unit, one comparison
    # 「有没有乡镇开展X？报告里写了X的是哪几个」: one which-question
    which_of_any = _WHICH.search(text) and _EXISTS.search(before)
    return not (which_of_any and not (units and units.candidates(before)))


def _another_thing(q: str, m: re.Match[str]) -> bool:
    """Does the 呢-part after ``m`` ask the count before it of another thing of the same
    unit (「网格员有多少人，公安义警呢」), and not of a place nor a measure of the first?"""
    before = re.split(r"[，,；;？?。！!]", q[: m.start()])[-1]
    thing = re.sub(r"[呢\s？?。！!]+$", "", q[m.end() :])
    if not _COUNT_OF.search(before) or _OWN_ASK.search(thing) or _RATIO.search(thing):
        return False
    if _PLACE.search(thing) or _WHEN.search(thing):
        return False
    g = gazetteer()  # loaded on first use
    return thing not in g.short_names("区县") and thing not in g.short_names("地市")


def _pieces(q: str) -> list[tuple[str, str]]:
    """(the text joining it to the piece before, the piece) at every place a cut may go."""
    quoted = [m.span() for m in _QUOTED.finditer(q)]

    def inside(at: int) -> bool:
        return any(a < at < b for a, b in quoted)

    cuts: list[tuple[int, int]] = []  # (end of the piece before, start of the next)
    for m in _SENTENCE_END.finditer(q):
        if m.end() < len(q) and not inside(m.start()):
            cuts.append((m.end(), m.end()))
    for m in _CONNECTOR.finditer(q):
        if not inside(m.start()):
            cuts.append((m.start(), m.end()))
    also = [m for m in _ALSO_OF.finditer(q) if _another_thing(q, m)]
    for m in (*_POINTER.finditer(q), *also):
        if not inside(m.start()):
            cuts.append((m.start(), m.end()))
    if not cuts:
        return [("", q)]
    cuts.sort()
    out, pos, joint = [], 0, ""
    for end, start in cuts:
        if end < pos or start <= pos:
            continue
        piece = q[pos:end]
        if piece.strip(_STOP + "，, "):
            out.append((joint, piece))
            joint = q[end:start]
        else:  # an empty piece (「？？」): its marks join the next one
            joint += piece + q[end:start]
        pos = start
    out.append((joint, q[pos:]))
    return out
