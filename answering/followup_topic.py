"""A follow-up that swaps only the topic: 「换成《信访工作条例》看看」「改成安全生产法呢」
「要是换成法律顾问呢」.

People continue a conversation by changing one slot and leaving the rest as it was: after
「哪些地方组织学习过反有组织犯罪法？」 the words 「换成X」 keep the question's shape (a list over
the library), its scope, its deed (组织学习过) and replace its topic. The thing replaced is the
last question's thing of X's own kind — a law for a law (《…》, …法, …条例), a quoted term
for a quoted term; when the last question has none, a list question keeps its asking frame
(「哪些地方」) and asks which mention X. The follow-up alone, searched as it stands, would look
for 「换成」 in the reports and keep the last answer's units as its scope, losing every report
the last answer did not list.
"""

from __future__ import annotations

import re

from ingest.admin_names import is_generic
from ingest.gazetteer import gazetteer
from retrieval.level_words import names_level

_SWAP = re.compile(
    r"^(?:那么?|那就|如果|要是)?(?:换成|改成|换为|改为|换作|换一下|改一下)\s*"
    r"(?P<what>.{2,30}?)\s*(?:的话)?\s*(?:看看|看一下|试试|呢|怎么样|如何|又如何)*[？?。!！]*$"
)
# a level or kind of unit (「换成街道的」「改成乡镇一级」), or a unit's name the library may
# not hold (「换成丙镇」: the unit slot, read by the unit follow-ups), never a topic. 镇/乡/街道/
# 县/旗 end only the names of units; 区 and 市 also end the things a unit runs, builds or is
# rated (自贸区, 工业园区, 社区, 景区, 智慧城市, 文明城市): such a name is a unit only when it is a
# place of the division list (``_is_place``)
_KIND = re.compile(
    r"^(?:乡镇|街道|区县|县区|乡|镇|县|区|市)(?:一?级)?的?(?:报告)?$"
    r"|^[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|县|旗)的?$"
)
_CITY_OR_DISTRICT = re.compile(r"^(?P<name>[\u4e00-\u9fff]{1,8}(?:区|市))的?$")
# the kinds of thing a topic may be, each by how its name ends or is marked
_LAW_END = r"(?:法|条例|规定|办法|决定|纲要|规划|意见|通知|准则|细则)"
_BOUND = r"过|了|着|的|把|将|对|和|与|及|、|，|,|学习|宣传|贯彻|落实|提到|提及|写|讲"
_LAW_IN = re.compile(
    rf"《[^》]{{2,40}}》|(?:^|{_BOUND})(?P<bare>(?:(?!{_BOUND})[\u4e00-\u9fff]){{2,20}}?{_LAW_END})"
)
_QUOTED = re.compile(r"「[^」]{1,30}」|“[^”]{1,30}”|\"[^\"]{1,30}\"")
# a list question's frame: everything up to its asking word and the noun it asks for
_FRAME = re.compile(
    r"^.*?(?:哪些|哪几个|哪几家|哪几份|哪个)(?:乡镇|街道|地方|单位|报告|区县|乡|镇|县|区)?"
)


def swapped_topic(q: str) -> str | None:
    """The new topic of 「换成X看看」 (X as typed), or None for any other follow-up."""
    m = _SWAP.match(q.strip())
    return m.group("what").strip() if m else None


def topic_swapped(q: str, prev_q: str) -> str | None:
    """The last question with the topic 「换成X」 names in its place, or None: not a swap,
    or X is a year, a level or a unit (other slots, read by their own follow-ups)."""
    new = swapped_topic(q)
    if not new or re.search(r"(?:19|20)\d{2}\s*年", new) or names_level(new) or _KIND.match(new):
        return None
    if (m := _CITY_OR_DISTRICT.match(new)) and _is_place(m.group("name")):
        return None
    return with_topic(prev_q, new)


def with_topic(prev_q: str, new: str) -> str | None:
    """The last question with its topic replaced by ``new``, or None when there is neither a
    thing of ``new``'s kind in it nor a list frame to ask with."""
    if _is_law(new) and (old := _law_in(prev_q)):
        return prev_q.replace(old, new, 1)
    if _QUOTED.fullmatch(new) and (m := _QUOTED.search(prev_q)):
        return prev_q.replace(m.group(0), new, 1)
    asks = _ASKS.search(prev_q)
    if asks and _TOPIC_FIRST.match(prev_q) and _BARE_VERB.fullmatch(prev_q[asks.end() :]):
        # 「家庭医生签约服务哪些区在推」: the topic said before the asking word, and the verb
        # after it (在推) its own — both go, the list is asked of the new thing
        return f"{asks.group(0)}提到{_NOMINAL.sub('', new)}？"
    if frame := _FRAME.match(prev_q):
        return f"{frame.group(0)}提到{new}？"
    return None


# the asking word of a list and the noun it asks for, anywhere in the question
_ASKS = re.compile(
    r"(?:哪些|哪几个|哪几家|哪几份|哪个)(?:乡镇|街道|地方|单位|报告|区县|乡|镇|县|区)?"
)
# 「X哪些区在推」: a thing before the asking word — not a scope (「2023年的报告里」「重庆的」,
# 「在」), not a filler (「请问」「那么」). 「X有哪些…」 makes X the owner (「阎良区有哪些学法活动」):
# a unit or region, the scope that stays when the topic is swapped
_TOPIC_FIRST = re.compile(
    r"^(?:请问|那么?|现在)?(?P<thing>(?:(?!报告|里|中|年|的|在|请问|有)[\u4e00-\u9fff]){2,20})"
    # 「禁毒宣传都有哪些地方搞了」: 都有/也有 before the asking word says the thing is done by many,
    # the thing still the topic (「X有哪些…」 alone makes X the owner: see above)
    r"[，,]?(?:(?:都|也|还)有)?(?:哪些|哪几|哪个)"
)
# the thing is said first only when nothing after the asking word names one: a bare verb
# (在推, 在做, 提到了) ends the question. 「重庆哪些乡镇提到了法律顾问」 names its thing after
# 提到 — what stands before the asking word is then its scope (a unit, a region, a level)
_BARE_VERB = re.compile(
    r"(?:都|也|还|正在|在|有)?[\u4e00-\u9fff]{0,2}?(?:了|过)?(?:呢|啊)?[？?。!！\s]*"
)
# 「换成对口支援新疆的呢」: 的 makes the thing a noun (the ones of X); the thing is X
_NOMINAL = re.compile(r"的$")


def _is_place(name: str) -> bool:
    """Is a name ending in 区/市 a district or city of the division list? Without the list
    (jionlp missing) a name built like one counts, unless it names a kind of area (园区,
    社区, 开发区: ``is_generic``) — the reading before the list was consulted."""
    gaz = gazetteer()
    if gaz.loaded:
        return bool(gaz.level_of(name))
    return not is_generic(name)


def _is_law(name: str) -> bool:
    return name.startswith("《") or bool(re.search(rf"{_LAW_END}》?$", name))


def _law_in(text: str) -> str | None:
    """The name of a law the question asks about: quoted in 《》, or the words before
    法/条例 back to a particle or a verb of studying or mentioning."""
    m = _LAW_IN.search(text)
    return (m.group("bare") or m.group(0)) if m else None


# 「换成2025年的增长目标呢」: a year and a thing, both swapped at once
_YEAR_THING = re.compile(
    r"^(?P<year>(?:19|20)\d{2})\s*年度?的?(?P<thing>[\u4e00-\u9fffA-Za-z]{2,12})$"
)


def year_and_topic_swapped(q: str, prev_q: str, named: tuple[str, ...], counts: bool) -> str | None:
    """「换成2025年的增长目标呢」 after 「2024年罗湖和龙华的GDP增速差多少」: two slots named, the
    year and the thing; the rest stays. After a which-list (「哪些区的报告给出了2024年增速目标」)
    the shape is the list: the year and thing swapped inside its frame, its deed kept. Else the
    units the last question named (``named``) are asked, a number of each when the last asked
    a number (``counts``). None for any other follow-up."""
    m = _YEAR_THING.match(swapped_topic(q) or "")
    if not m or names_level(m.group("thing")) or _KIND.match(m.group("thing")):
        return None
    year, thing = m.group("year"), m.group("thing")
    if (frame := _FRAME.match(prev_q)) and not named:
        deed = _DEED.match(prev_q[frame.end() :])
        return f"{frame.group(0)}{deed.group(0) if deed else '提到'}{year}年的{thing}？"
    if not named:
        return None
    joined = "和".join(named)
    asking = ("各是多少" if len(named) > 1 else "是多少") if counts else ""
    return f"{joined}{year}年的{thing}{asking}？"


# a list question's deed before its thing: 「的报告给出了」「提到过」「设定了」
_DEED = re.compile(r"^(?:的报告)?(?:里|中)?(?:都|也)?[\u4e00-\u9fff]{1,3}?(?:了|过)")
