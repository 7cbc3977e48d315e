"""A follow-up keeps the topic it does not restate.

People go on in a conversation by naming only what changes — a unit (「它」「其中那个乡」), a
year (「那2009年那份报告里呢」) — and the asking words of a count (「办了几起，结了几起」「配了几
台」). The thing counted is the one the last question was about (林业行政案件, 执法记录仪): a
count asks a number *of something*, and a turn that says no thing leaves it where it was.
Searched as typed, such a turn looks for 「办」「结」 in the report and finds nothing, or the
wrong sentence. So when a counting follow-up has no topic of its own, the last question's topic
— its words without its list frame (「哪些乡镇提到了」) and without its own asking words — is
put in front of it; the follow-up's unit, year and asking words stay its own.

So too for when a plan is (「它打算啥时候搞起来」 after 「迁西县配了公职律师吗」): an intending word
(打算, 计划), a when and a verb of any deed (搞起来) ask the time the last thing is planned for,
said in the report's plan (力争2023年…). Searched as typed, 「打算」 finds only the plan's heading.
"""

from __future__ import annotations

import re

from answering.fronted_topic import fronted_topic
from answering.relative_years import SAID_YEAR
from reportqa.errors import QuestionError

__all__ = [
    "MEASURE",
    "NAMED",
    "RANKING",
    "RANK_WORDS",
    "carried_topic",
    "counts_no_thing",
    "nothing_carried",
    "plan_when",
    "ranked_on_topic",
    "restates",
    "says_no_thing",
    "topic_of",
]

# the measure words of a count (「几台」「多少起」「几人次」): they name no thing by themselves
MEASURE = r"人次|[个台件起名次场份家项套处位间所条宗例批座届轮期]"
# a list question's frame: the words up to the asking word, the noun it asks for and the verb
# of mentioning (「哪些报告提到给…」「有哪些乡镇说到了…」)
_FRAME = re.compile(
    r"^.*?(?:哪些|哪几个|哪几家|哪几份|有谁|谁家)"
    r"(?:乡镇|街道|地方|单位|报告|区县|部门|乡|镇|县|区)?(?:的报告)?(?:里|中)?(?:都|也|还)?"
    r"(?:提到|提及|说到|讲到|写到|写了|谈到)?(?:了|过)?"
)
# a question's own asking words at its end: 「…是多少」「…有几个」「，21年是多少」
_ASKING_END = re.compile(
    r"(?:[，,]?\s*(?:(?:19|20)?\d{2}\s*年)?(?:各|分别|一共|共|总共)?"
    r"(?:是|有|为|达到?|了)?(?:多少|几)[\u4e00-\u9fff]{0,2}|吗|呢)?[？?。!！\s]*$"
)
# what a follow-up may say besides a topic: pointers, a level noun, a year (as said, or the
# report picked by its time: ``relative_years.SAID_YEAR``) and the report it names, particles,
# and the asking words of a count
_NOT_TOPIC = re.compile(
    r"它们|它|其中|这其中|那其中|里面|当中|(?:这|那)(?:个|份|家|些|几个)?|该|"
    rf"乡镇|街道|单位|地方|乡|镇|县|区|(?:19|20)?\d{{2}}\s*年度?|{SAID_YEAR}|"
    r"报告|里|中|的|了|过|呢|吗|啊|又|都|各|分别|一共|共|总共|"
    rf"(?:多少|几)(?:{MEASURE})?|[？?。!！，,\s]"
)
# a count and what follows it: 「几台」 counts the last thing, 「几个街道」「几次会」 one of its own
_COUNTED = re.compile(
    rf"(?:多少|几)(?P<measure>{MEASURE})?(?P<after>(?:(?!多少|几)[\u4e00-\u9fff])*)"
    r"(?P<again>(?=多少|几))?"
)
# what may follow a count without being a thing: particles, and the units counted themselves
# (「几个是2025年的」「多少家在重庆」: the listed units, ``_UNITS_COUNTED``)
_AFTER_COUNT = re.compile(r"^(?:呢|吗|啊|呀|吧|了)*$")
# 「其中有几个是2025年的」「多少家在重庆」: the units themselves counted, no thing of theirs;
# 「其中一共几家」「一共多少个」: a count with no deed counts the listed units
_UNITS_COUNTED = re.compile(
    r"(?:几|多少)(?:个|家|份)?(?:是|在|属于|为)"
    r"|^(?:其中|这其中|这些|它们|这里面|里面)?(?:一共|总共|共|合计|总计)?(?:有|是)?"
    r"(?:多少|几)(?:个|家|份|处|地|位)?(?:呢|啊)?[？?。!！\s]*$"
)


def counts_no_thing(q: str) -> bool:
    """Does ``q`` count with nothing named after the measure (「配了几台」「办了几起」)? A word
    after it (「几个街道」「几次会」「多少人」: 人 is people, a thing of its own) is what is
    counted, a level noun too — the follow-up then asks its own count."""
    found = False
    for m in _COUNTED.finditer(q):
        if m.group("measure") is None and m.group("after")[:1] == "人":
            return False  # 「多少人」: people counted
        after = m.group("after")
        if m.group("again") is not None and re.fullmatch(r"[\u4e00-\u9fff]{1,2}(?:了|过)?", after):
            after = ""  # 「办了几起结了几起」: the next count's verb, no thing
        if not _AFTER_COUNT.match(after):
            return False
        found = True
    return found


def topic_of(question: str) -> str:
    """The thing a question is about: its words without a list frame or its asking words."""
    bare = _FRAME.sub("", question.strip(), count=1) if _FRAME.match(question) else question
    return _ASKING_END.sub("", bare).strip("，, ")


# a thing named: a word of two characters or more, or a measure named in Latin letters (GDP,
# CPI, PM2.5, 5G, R&D) — 「那份报告里GDP是多少」 names its own thing as much as 「…财政收入是多少」
NAMED = re.compile(r"[\u4e00-\u9fff]{2,}|[A-Za-z]{2,}|[A-Za-z]\d|\d[A-Za-z]|[A-Za-z]&[A-Za-z]")


def says_no_thing(q: str) -> bool:
    """Does ``q`` say only pointers, years and asking words (「它今年定的多少」), no thing?"""
    return not NAMED.search(_NOT_TOPIC.sub(" ", q))


def restates(q: str, prev_q: str) -> bool:
    """Does ``q`` ask the last question's need again — no thing, and what verb it keeps is the
    last question's own (「它今年定的多少」 after 「…目标定的多少」)? A verb of its own
    (「今年考过了几个」 after 「…持证人员有多少」) asks a new need."""
    if not says_no_thing(q) or re.search(r"去年|前年|明年|上一?年度?|往年|早些年|前几年", q):
        return False  # a year said relative to another: another need than the swap's
    return all(ch in prev_q for ch in re.findall(r"[\u4e00-\u9fff]", _NOT_TOPIC.sub("", q)))


# a plan's time asked: an intending word, a when, a verb of any deed with its phase, pointers
_INTENT = r"打算|计划|准备|预计|争取|力争"
_WHEN = r"什么时候|啥时候|何时|什么时间|哪一年|哪年|几年"
_PLAN_WHEN = re.compile(
    rf"^(?:那么?)?(?:它们|它|这个|那个|该)?(?:具体|大概|到底)?(?:{_INTENT})(?:在|于)?(?:{_WHEN})"
    r"(?:(?:搞|做|弄|干|办|建|配)(?:起来|上|好|成|完|到位)?)?(?:呢|啊|呀)?[？?。!！\s]*$"
)


def plan_when(q: str) -> bool:
    """Does ``q`` ask only when the last thing is planned for (「它打算啥时候搞起来」)?"""
    return bool(_PLAN_WHEN.match(q.strip()))


def carried_topic(q: str, prev_q: str) -> str | None:
    """``q`` with the last question's topic in front (「林业行政案件，它办了几起，结了几起？」),
    or None: ``q`` asks no count, or names a thing of its own."""
    if plan_when(q) and re.search(r"[\u4e00-\u9fff]{2,}", topic := topic_of(prev_q)):
        return f"{topic}，{q}"  # 「它打算啥时候搞起来」: the time the last thing is planned for
    if not counts_no_thing(q) or not says_no_thing(q) or _UNITS_COUNTED.search(q.strip()):
        return None
    # 「…超过100起的乡镇有哪些」: the frame said last leaves the thing before it (``fronted_topic``)
    topic = topic_of(prev_q) or fronted_topic(prev_q)
    if not re.search(r"[\u4e00-\u9fff]{2,}", topic) or topic in q:
        return None
    return f"{topic}，{q}"


# 「那云乐镇配了几个」「那么峡口镇呢，搞了几场」: 那 leading a unit, then a count of no thing
_LEANING = re.compile(
    r"^(?:那个|那么?|还有)\s*(?P<name>[\u4e00-\u9fff]{1,10}?(?:街道|乡|镇|县|区|市|旗))"
    r"(?:呢)?[，,]?\s*(?P<rest>.*)$"
)


def nothing_carried(q: str) -> None:
    """Ask back a first question that leans on one before it: 那 and a unit, then a count that
    names no thing (「那云乐镇配了几个」). The thing counted is the last question's, and first in a
    conversation there is none — searching 「配」 would answer about whatever the report 配s."""
    m = _LEANING.match(q.strip())
    rest = m.group("rest") if m else ""
    if not m or not counts_no_thing(rest) or not says_no_thing(rest):
        return
    name = m.group("name")
    raise QuestionError(
        f"「{q}」要接着上一个问题问{name}，但这是对话的第一个问题，不知道要数的是什么。"
        f"请把要问的内容说完整，例如「{name}配了几台执法记录仪」"
    )


# the words that rank units by a figure, one list for every follow-up that ranks
RANK_WORDS = r"最多|最少|最高|最低|最大|最小|更多|更少|排第一"
RANKING = re.compile(RANK_WORDS)
# a list question's deed before its thing: 「给出了」「提出过」「设定了」 (one to three characters)
_DEED_LEAD = re.compile(r"^[\u4e00-\u9fff]{1,3}?(?:了|过)")
# a thing that is itself a figure — a target, a rate, a total — ends in a word of quantity; a
# thing done or kept (法律顾问, 专题会) is no figure: ranking the units by it asks nothing
_FIGURE = re.compile(
    r"(?:目标|指标|增速|增幅|增长|比例|比重|[率额量值数]|总量|规模|收入|产值|生产总值|GDP)$"
)


def ranked_on_topic(rest: str, prev_q: str) -> str:
    """「其中哪个定得最高」 after 「哪些区的报告给出了当年GDP增速目标」, a list that quoted no
    numbers: the ranking names no thing, so it ranks by the thing the list was about (its
    topic without the deed, 「当年GDP增速目标」), as the picking question 「哪个…最高」 that
    fetches each listed unit's figure; '' when there is no ranking word or the thing is no
    figure (「其中哪个最多」 after 「哪些乡镇聘请了法律顾问」 is asked back by the caller)."""
    rank = RANKING.search(rest)
    thing = _DEED_LEAD.sub("", topic_of(prev_q), count=1)
    if rank is None or not _FIGURE.search(thing):
        return ""
    return f"哪个{thing}{rank.group(0)}"
