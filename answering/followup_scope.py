"""Which-question follow-ups that change the last question's scope or its set of topics.

A follow-up after a list question changes one slot and keeps the rest, and the slot is told by
its words, not by a topic of its own:

- scope words act on the last question's scope: 「放宽到所有年份呢」「不限年份」 take the year
  off (the topic and the list shape stay; the units the last answer listed are the narrower set
  being widened, so they are no scope); 「除了它，还有哪些报告提到」 asks the topic named now over
  the whole library — 它 is the unit just talked about, the one to look beyond, never the scope;
- topic words act on the last topic: 「再把X也加进来」 adds a topic — the units mentioning
  either (a union) — unless 两样/两个/同时/既 asks for the units mentioning both (an
  intersection, read by ``answering.both``); 都 alone means all, the union; a region added
  (「把浙江的也加进来」) widens the scope, a part of the answer (「具体做法」) is no topic.

Searched as typed, each of these looks for its frame words (放宽, 两样) in the reports, or keeps
the last answer's units as its scope and loses every report the last answer did not list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_aside_said import thing_said
from answering.followup_carry import RANK_WORDS, topic_of
from answering.followup_county_added import county_added
from answering.followup_region import is_region, joined_regions, regions_in
from retrieval.level_words import names_level

__all__ = [
    "beyond_last",
    "last_thing",
    "lifts_years",
    "region_added",
    "topic_added",
    "without_years",
]

# 「放宽到所有年份」「不限年份」「不管哪一年的」「全部年份都算」: a limit of years lifted
_YEARS_LIFT = re.compile(
    r"(?:放宽|扩大|扩展|推广)(?:到|至)?(?:所有|全部|各个?)年(?:份|度)"
    r"|(?:不限|不管|不论|不分|不看|别管|别限|不用管)(?:是)?(?:哪一?年|年份|年度)(?:了)?"
    r"|(?:年份|年度)(?:不限|不管|随便|都行|无所谓)"
    r"|(?:所有|全部|各个?)年(?:份|度)(?:的)?(?:都|全都)?(?:算上|算进来|算|看|列出来)?"
)
# what a lifting follow-up may say besides the lift: particles and frame, nothing asked
_LIFT_FRAME = re.compile(
    r"^(?:那么?|那就|如果|要是)|的|都|也|呢|吧|啊|了|看看|看一下|再|报告|话|列出来|列一下|算上|"
    # the list asked again in its own words (「都有哪些」「全部的呢」): the same list, nothing new
    r"(?:有)?哪些|有啥|全部|全都|所有|[？?。！!，,、\s]"
)
# a year said of the reports, with the whole time phrase around it: a span (「2023年到2024年」
# 「2019至2021年」), a start (「2016年以来」「2020年以后」), a stretch (「…期间」) and what ties it
# to the rest (「2023年的报告里」「2024年度」)
_SPAN = re.compile(
    r"(?:19|20)\d{2}\s*年?度?(?:(?:到|至|—|-|~)(?:19|20)?\d{2,4}\s*年度?)?"
    r"(?:以来|以后|之后|以前|之前|起|开始|期间|当年|全年|这一年)?(?:期间)?(?P<tie>的)?"
)
# what follows a year said of the reports (their scope): the reports, the asking word, a
# clause break, or the end. A year followed by a thing (「2035年远景目标」「2035年的远景目标」)
# is part of that thing — a target year, the topic's own
_AFTER_SCOPE = re.compile(r"报告|哪|谁|有|各|所有|[，,、：:\s？?。]|$|里|中|内|提到|提及")
_TIME_END = re.compile(r"(?:以来|以后|之后|以前|之前|起|开始|期间)$")


def lifts_years(q: str) -> bool:
    """Does the follow-up only lift the limit of years (「放宽到所有年份呢？」)? A year said
    (「换成2022年的呢」) moves the limit, it does not lift it (``answering.followup_years``)."""
    if re.search(r"\d", q) or not (m := _YEARS_LIFT.search(q)):
        return False
    return not _LIFT_FRAME.sub("", q[: m.start()] + q[m.end() :])


def without_years(prev_q: str) -> str | None:
    """The last question with its time phrase taken off, or None when it said no year of
    the reports. A phrase of time (以来, 期间) is the scope whatever follows it."""
    out, at = [], 0
    for m in _SPAN.finditer(prev_q):
        if not re.search(r"\d{4}\s*年|\d{4}(?:到|至)", m.group(0)):
            continue  # a bare number (「2035个」) says no year
        whole = m.group(0)
        said = whole[:-1] if m.group("tie") else whole
        if not (_TIME_END.search(said) or _AFTER_SCOPE.match(prev_q, m.end())):
            continue
        out.append(prev_q[at : m.start()])
        at = m.end()
    if not out:
        return None
    asked = ("".join(out) + prev_q[at:]).strip("，, ")
    return asked if asked.rstrip("？?。") else None


# 「再把搞述法的也加进来」「把垃圾分类也算上」「再加上普法宣传」: one more thing to list by
_ADD_TOPIC = re.compile(
    r"^(?:那么?)?(?:再|还)?(?:(?:把|将)(?P<what>[^，,。？?]{2,24}?)(?:也|都|一起|一并)?"
    r"(?:加进来|加进去|加上|加入|算上|算进来|放进来|纳进来)"
    r"|加上(?P<plus>[^，,。？?]{2,24}?)(?:呢)?(?=[，,。？?]|$)"
    # 「垃圾分类也加进来」「述法的也加上」: 把 unsaid, 也 marks the thing as one more
    r"|(?P<bare>[^，,。？?把将]{2,24}?)(?:也|一起|一并)(?:加进来|加进去|加上|算上|算进来|放进来))"
)
# the light verb before a thing and the nominaliser after it: 「搞述法的」 names 述法
_LIGHT_LEAD = re.compile(r"^(?:搞|做|干|弄|抓|有关|关于|涉及|提到|提及|写了|写到)")
_THING_TAIL = re.compile(r"(?:的事情?|的内容|的工作|这一?块|这方面|方面|这一?项|的)$")
# a pointer, a year or a unit's name in what is added: another slot (「把它的报告年份也加上」,
# 「把丙镇也加进来」: units, read by ``answering.followup_added``), never a topic
_NO_TOPIC = re.compile(
    r"它|他|其|这|那|(?:19|20)\d{2}|年份|[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|县|旗|区|市)$"
)
# what the answer is to show of each unit (「具体做法」「原文出处」「相关数据」): a part of the
# answer asked for, the same units — never a thing to list them by
_OUTPUT = re.compile(
    r"(?:具体|相关|详细|对应|有关)?的?"
    r"(?:做法|出处|原文|原话|来源|依据|数据|数字|细节|例子|页码|链接|名单|日期|情况|内容|说明|举例)+"
)
# 「两样都提到的」「同时写了的」「既…又…」: the units on both, never either. Only a word
# counting the two things (两样, 两个, 两者) or joining them (同时, 既, 共同) asks both; 都 alone
# means all (「都是哪些单位」「全都列出来」) — it spreads over the answer's units, not the things
_BOTH = re.compile(r"同时|既|共同|(?:两|二)(?:者|样|个|项|种|方面|件)")
# the rest of the message lists the things itself (「禁毒、反诈、反邪教三样都做了的」): a question
# of its own over every item it names, read as typed with the last answer's units as scope
_RESTATED = re.compile(r"[^，,。？?、]{2,}、[^，,。？?]{2,}")
# 「提到X的报告有哪些」「写了X的是哪几个」: a list question asking at its end, its condition
# first — the same list as 「哪些报告提到X」
# — 「报告里」 before it says where, and an aside in brackets after the thing (「（学习、宣传都算）」)
# or a remark after the question mark (「？光是明年打算的不算。」) qualifies it: both are kept
# after the question, never read as its topic; a question typed without its question mark
# (「提到X的有哪些」) has no remark and still reads so (review fu78b)
_ENDED = re.compile(
    r"^(?:在?报告(?:里|中))?(?P<what>(?:提到|提及|写了|写到|讲到|涉及)了?[^，,。？?（(]{2,30}?)"
    r"(?P<aside>[（(][^（()）]*[）)])?的(?P<noun>报告|单位|地方)?(?P<aside2>[（(][^（()）]*[）)])?"
    r"(?:有|是)(?:哪些|哪几个|哪几份|哪几家)[？?。!！\s]*(?:(?<=[？?。!！\s])(?P<remark>[^？?]*))?$"
)
# 「上一轮、也就是第七个五年普法」: what 也就是/即 restates is named in the words after it —
# 就是/即 only after a pause (、，): inside a word they are its characters (即时调解, 即问即答)
_RESTATED_AS = re.compile(r"^[^，,。？?]*?(?:[、，,]\s*(?:也就是说?|就是|即)|也就是说?)")
# a list question's frame, up to its asking word and the noun it asks for
_FRAME = re.compile(
    r"^.*?(?:哪些|哪几个|哪几家|哪几份|哪几)(?:乡镇|街道|地方|单位|报告|区县|乡|镇|县|区)?"
)


def topic_added(q: str, prev_q: str) -> tuple[str, str] | None:
    """The list question over the last topic and the one ``q`` adds, with its note: the units
    mentioning both when the rest of ``q`` counts or joins the two (两个, 同时), else those mentioning either.
    None when ``q`` adds no topic or the last question was no list question.

    Either is asked as one list of alternatives (「哪些单位提到述法或者“第一议题”制度」,
    ``retrieval.alternatives``), the thing added first: a quoted name followed by more words on
    the left of 或者 (「“第一议题”制度或者述法」) is cut at its closing quote there, and its
    units were lost."""
    m = _ADD_TOPIC.match(q.strip())
    remark = ""
    if m and (ended := _ENDED.match(prev_q.strip())):  # 「提到X的报告有哪些」: asked at the end
        prev_q = f"哪些{ended.group('noun') or '单位'}{ended.group('what')}？"
        remark = "".join(ended.group(g) or "" for g in ("aside", "aside2", "remark"))
    frame = _FRAME.match(prev_q)
    if not m or not frame:
        return None
    new = _THING_TAIL.sub("", _LIGHT_LEAD.sub("", _RESTATED_AS.sub("", _added(m))))
    if len(new) < 2 or _NO_TOPIC.search(new) or names_level(new) or _OUTPUT.fullmatch(new):
        return None
    if is_region(new) or county_added(q, prev_q):  # 「把浙江的也加进来」: a scope (region_added)
        return None
    old = topic_of(prev_q)
    rest = prev_q[frame.end() :].rstrip("？?。!！ ")
    deed = rest[: rest.find(old)] if old and old in rest else ""
    deed = re.sub(r"^(?:的报告|的)?(?:里|中)?(?:都|也)?", "", deed)
    if not old or old == new:
        return None
    if _RESTATED.search(q[m.end() :]):
        return None  # 「…，禁毒、反诈、反邪教三样都做了的有吗」: the whole condition said anew
    if _BOTH.search(q[m.end() :]):
        return (
            f"{frame.group(0)}既{deed}{old}又{deed or '提到'}{new}？{remark}",
            "（两项都提到的）",
        )
    return f"{frame.group(0)}{deed or '提到'}{new}或者{old}？{remark}", f"（提到{old}或{new}的）"


def _added(m: re.Match[str]) -> str:
    return (m.group("what") or m.group("plus") or m.group("bare")).strip()


def region_added(q: str, prev_q: str) -> tuple[str, str] | None:
    """「把浙江的也加进来」 after a question over the whole library: the scope widened by a
    region it already covers — the last question asked again, with a note. After a question
    with one region of its own (「上海的报告有哪几份」) the regions added join it: the last
    question over all of them. None when ``q`` adds no region."""
    if county := county_added(q, prev_q):  # 「再把城口县的也加进来」 (followup_county_added)
        return county
    m = _ADD_TOPIC.match(q.strip())
    if not m or not _FRAME.match(prev_q):
        return None
    new = _THING_TAIL.sub("", _added(m))
    # 「北京、江苏的」: several regions added at once, each a region
    added = [_THING_TAIL.sub("", p) for p in re.split(r"[、，,和与及跟]", new) if p]
    if not added or not all(is_region(p) for p in added):
        return None
    if regions_in(prev_q):  # 「上海的报告有哪几份」: its region and the added ones
        joined = joined_regions(prev_q, added)
        return (joined, f"（范围：{'、'.join(added)}的报告也算上）") if joined else None
    return prev_q, f"（上一个问题不限地区，已包括{new}的报告）"


# 「除了它」「除了这份报告」「除了这个区」: the unit just talked about, set aside. 「这个」 alone
# (「除了这个，它还…」) and 「除此之外」 set aside the thing just said, not the unit
_UNIT_NOUN = r"(?:报告|单位|乡镇|地方|街道|区县|区|镇|乡|县|市|部门)"
_EXCEPT = re.compile(
    rf"除了?(?:(?:它们?|这份|那份|该)(?:{_UNIT_NOUN})?|(?:这|那)(?:个|家)?{_UNIT_NOUN}"
    # 「除了这几个」「除了这些区」「除了那两家」: the units just listed, set aside together
    # ; never 「除了这些措施」: a pointer to things, the clause's noun after it
    rf"|(?:这|那)(?:些|几[个家份]|[两三四五六七八九十][个家份])(?:{_UNIT_NOUN})?"
    r"(?=之外|以外|外|[，,？?。\s]|$))"
    r"(?:之外|以外|外)?|除此(?:之外|以外)"
)
# the list asked beyond it: other units (哪些区, 别的报告, 还有谁), never more of the same
# unit — 「它还提到了哪些治安举措」 asks on within the report, its unit kept
_WHICH_NOUN = re.compile(rf"(?:哪些|哪几[个家份]?|哪个)(?P<noun>{_UNIT_NOUN})")
# other units named as such (「其他区还有谁提了」「别的报告里有没有」): the last unit set aside
# as 除了它 sets it aside; 剩下的/其余的 (「那剩下的报告里有没有提X的」) are the units the last
# answer did not list, said from the list's side — the same set. The place word after the noun
# (里, 中) belongs to it, so the thing asked starts after it
_OTHERS = re.compile(
    rf"(?:其他|其它|别的|(?:剩下|剩余|其余)的?)(?P<noun>{_UNIT_NOUN})(?:里面?|当中|中)?"
)
_SAME_UNIT = re.compile(r"它(?:还|又|也)|这份报告(?:还|又|也)|其中")
# the clause that asks: a which-word, a who, a yes-or-no over the others
_ASKING = re.compile(r"哪|谁|有没有|是否|有无")
# the verb of mentioning in the asking clause, the thing after it (「还有哪些报告提到过扫黑除恶」)
_VERB = re.compile(r"(?:提到|提及|写到|讲到|说到|涉及|写了|提了|讲了|说了)(?:过|了)?")
_TOPIC_MARK = re.compile(r"(?:这一?块|这方面|方面|的事情?|这件事|这个事|(?:这|之|那)一?类的?)$")
# 「还有别的区提民宿吗」: the thing said right after the units asked of, its verb and the asking
# particle off — a verb of mentioning may be a bare 提/写/讲 in speech, a deed a bare 搞/弄/做
_LEAD = re.compile(
    r"^(?:还|也|都|又)*(?:有没有|有无|是否|是不是)?(?:提到|提及|写到|讲到|说到|涉及|提|写|讲|说|搞|弄|做|有)?(?:了|过)?"
)
# a verb said before the thing (「谁报了空气优良天数」「谁开展了禁毒宣传」): one or two characters
# marked done by 了/过
_DONE = re.compile(r"^[\u4e00-\u9fff]{1,2}?(?:了|过)")
_WHO = re.compile(r"(?:还有|有)?谁")
# 「这种做法」「类似的做法」「同样的情况」: the thing just talked about, pointed back to — the
# last question's topic, never words to search
_POINTED = re.compile(
    r"^(?:这种|这类|这样的?|这个|类似的?|同样的?|相同的?|一样的)(?:做法|举措|措施|情况|工作|事情?|经验|内容)?$"
)
# what asks of the others and names no thing (「是多少」「有几个」「的数量」): asking words, a
# measure of the answer, or a ranking (「谁的增速最高」 compares the others, it lists no mention)
_ASKS_ONLY = re.compile(
    r"^(?:的|是|有|都|也)*(?:多少|几个?|几项|几家|几份|数量|数目|总数|数字|比例|规模|情况|怎么样|如何|咋样)*$"
)
_OTHERS_ONLY = re.compile(rf"(?:那么?)?(?:其他|其它|别的)的?{_UNIT_NOUN}(?:呢|吗)?")
# 「别的报告还有谁提了」「都有谁提了」: who else is asked with a bare verb of mentioning and no
# thing after it — the widening of a yes-or-no question about one unit, whose thing it keeps
# (said in speech, the verb's object is the thing just asked about, never left unsaid); the
# pro-verbs 搞/弄 (「别的区还有谁搞了」) point back the same way: they stand in for whatever verb
# the thing takes and mean nothing of their own — unlike 做/干/开展, a deed of its own
# (「还有谁做了」 after 「有没有讲河长制」 asks no mention)
_WHO_ONLY = re.compile(
    r"(?:那么?)?(?:里|中|里面)?(?:呢)?(?:还|也|都|又)*有?(?:谁|哪些|哪几个|哪几家|哪家)(?:还|也|都|又)*"
    r"(?:有没有|是否)?(?:提到|提及|写到|讲到|说到|涉及|提|写|讲|说|搞|弄)(?:了|过)*"
    r"(?:的|吗|呢|没有)?"
)
_END = re.compile(r"(?:的)?(?:吗|呢|没有|没|么)?[？?。!！\s]*$")
_MENTION_ASKED = re.compile(r"有没有|是否|有无|吗|哪些|哪几|谁")
# a report's own field asked (「是2017年的」「是区级的」): metadata answers it, nobody mentions it
_FIELD_ASKED = re.compile(r"^是|是\d|级的?$|^\d{4}年?的?$")
_FIGURE_ASKED = re.compile(
    r"什么|怎么|如何|哪方面|内容|多少|几[个家份项次人件场年]|是几|哪一?年|何时|排名|最|增长|增速|比例"
)


def beyond_last(q: str, prev_q: str = "", aside_units: Sequence[str] = ()) -> str | None:
    """The list question 「除了它，还有哪些报告提到」「其他区还有谁提了」 asks over the library
    beyond the last unit: its topic (the clause that names a thing, 「扫黑除恶这块」, else the
    thing after the asking clause's verb) asked of the units it names (「哪些报告提到扫黑除恶？」).
    A pointer to the thing (「这种做法」) is the last question's topic (``prev_q``). None when
    ``q`` sets nothing aside, asks on within the same unit, asks of no units, names no topic or
    only asks a measure or a ranking of the others. A clause restating what a unit of
    ``aside_units`` said (「光明有写X」) gives only its thing (``followup_aside_said``)."""
    aside = _EXCEPT.search(q)
    others = _OTHERS.search(q)
    if not (aside or others) or _SAME_UNIT.search(q):
        return None
    which = _WHICH_NOUN.search(q) or others
    if not which and not re.search(r"还有谁|有谁", q):
        return None
    rest = q[: aside.start()] + q[aside.end() :] if aside else q
    clauses = [c.strip() for c in re.split(r"[，,；;？?。!！]", rest) if c.strip()]
    asking = [c for c in clauses if _ASKING.search(c) or _OTHERS.search(c)]
    if len(asking) > 1:  # 「其他报告呢？还有谁报了X」: the others named, then the clause that asks
        asking = [c for c in asking if not _OTHERS_ONLY.fullmatch(c)]
    if len(asking) != 1:
        return None
    told = [c for c in clauses if c not in asking and not _OTHERS_ONLY.fullmatch(c)]
    told = [thing_said(c, aside_units) for c in told]
    topic = "".join(t for c in told if len(t := _TOPIC_MARK.sub("", c)) >= 2)
    if not topic and (verbs := list(_VERB.finditer(asking[0]))):
        topic = asking[0][verbs[-1].end() :].rstrip("？?。!！ ")
    # the last of the words naming who is asked: the thing follows it (「其他区还有谁开展了X」)
    said = [m for r in (_WHICH_NOUN, _OTHERS, _WHO) if (m := r.search(asking[0]))]
    named = max(said, key=lambda m: m.end()) if said else None
    if not topic and named:
        after = _LEAD.sub("", asking[0][named.end() :])
        after = after if after != asking[0][named.end() :] else _DONE.sub("", after)
        topic = _END.sub("", after)
    topic = _TOPIC_MARK.sub("", topic.rstrip("？?。!！ "))
    if _POINTED.match(topic) and prev_q:
        topic = last_thing(prev_q)
    # 「别的报告呢」「其他区呢」 alone: the last question's thing asked of the others — only
    # when it asked whether or which (a mention), never a figure or a content (「南山GDP多少」→
    # 「其他区呢」 asks each one's figure, no list of who mentions it)
    who_only = not told and _WHO_ONLY.fullmatch(_OTHERS.sub("", asking[0]).rstrip("？?。!！ "))
    topic = "" if who_only else topic  # 「还有哪些提到了」: no thing of its own
    alone = who_only or _OTHERS_ONLY.fullmatch(q.strip().rstrip("？?。!！ "))
    if not topic and alone and _MENTION_ASKED.search(prev_q) and not _FIGURE_ASKED.search(prev_q):
        topic = last_thing(prev_q)
        if _FIELD_ASKED.search(topic):  # 「南山区的报告是不是区级的」: a field, no mention
            return None
    # 「还有谁做得更好」: 得 after the verb says how well, a judgement — no thing to list by
    if (
        len(topic) < 2
        or _ASKS_ONLY.match(topic)
        or re.search(RANK_WORDS, topic)
        or topic[0] == "得"
    ):
        return None
    return f"哪些{which.group('noun') if which else '单位'}提到{topic}？"


def last_thing(prev_q: str) -> str:
    """The thing the last question asked about: after its verb of mentioning
    (「鸡鸣乡提到法律顾问了吗」「云岭乡有没有提民宿」 → 法律顾问, 民宿), else its words without
    the asking ones."""
    bare = topic_of(prev_q)
    verb = _VERB.search(bare) or _ASKED_VERB.search(bare)
    thing = bare[verb.end() :] if verb else bare
    return re.sub(r"(?:了|过|没有|没)$", "", thing).strip("，, ")


# 「有没有提民宿」「是否写了」: the yes-or-no verb of mentioning, said bare in speech
_ASKED_VERB = re.compile(
    r"(?:有没有|是否|有无)(?:提到|提及|写到|讲到|说到|涉及|提|写|讲|说)?(?:了|过)?"
)
