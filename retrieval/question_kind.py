"""The shape of the answer a question asks for: ``which`` units, a ``compare`` of units,
or one unit's ``fact``.

The shape decides completeness: which and compare questions are answered over every report
in scope separately (fan-out), a fact inside the named unit's reports. It is read from the
asking words (哪些, 各乡镇, 分别) and what follows them, before any topic is looked for.
"""

from __future__ import annotations

import re

from reportqa.answer import Kind
from retrieval.asked_kind import UNIT_WORD as _UNIT_WORD
from retrieval.count_bounds import bounded_phrase
from retrieval.question_shape import asks_a_name
from retrieval.question_shape import asks_units as unworded_which
from retrieval.scope import levels_asked
from retrieval.unit_clauses import unit_clauses
from retrieval.units_asked import asks_doers

WHICH = re.compile(
    r"(?:还有|另有)谁|(?<=[中里头间面边])[，,]?是?谁|哪些|哪几|哪个|哪一|哪里|哪家|几个|多少个|有没有(?=[^，。？！,?!]{0,6}(?:乡镇|镇|乡|街道))|是否(?=.{0,4}(?:都|均))"
    # 「有没有地方/单位…」: 地方 and 单位 right after 有没有 are the subject asked about — any
    # unit that did it — not an aspect of the work (「有没有做得不好的地方」 keeps 地方 apart)
    r"|(?:有没有|有无|是否有)(?=地方|单位|报告)"
    # 「殡葬改革有区提到吗」「有没有县写了…」: a level noun as the subject of a verb of saying is
    # any unit of that level that says it — the units that do are the answer
    r"|(?:有没有|有无|是否有|有)(?=(?:区县|县区|区|县|市|旗|乡镇|街道)(?:提到|提及|说到|讲到|写到|谈到|写了|讲了|说了|涉及))"
    # 「乡镇一级有配了公职律师的吗」「有乡镇聘了法律顾问吗」: a level's units as the subject of
    # 有…的吗 / 有…吗 ask whether any of them did it — the ones that did are the answer
    r"|(?<![\u4e00-\u9fff])(?:乡镇街道|乡镇|镇街|街道|区县|县区)(?:一级|这一级|里面?|里头|当中|中)?(?:也|还)?有"
    r"(?=[^，。？！,?!；;]{1,24}的(?:吗|么|没|不))"
    r"|(?<![没无])有(?=(?:乡镇街道|乡镇|镇街|街道|区县|县区)[^，。？！,?!；;的]{2,20}(?:吗|么)[？?]?$)"
    # 「哪份报告」「哪篇报告」: 哪一份 with its 一 left out (as 哪个 is 哪一个) — over a library it
    # asks for the reports that say it, each judged on its evidence, never one ranked passage
    r"|哪[份篇](?=报告|总结|材料)"
    # 「哪位领导带头讲法治课」: 哪位/哪名 is 哪个 said of a person; with no unit named, the
    # people who did it are found unit by unit (each report names its own 书记, 班子成员)
    r"|哪[位名]"
)
# 「每个村」「各个社区」 ask about villages inside a unit (the need), not every unit
_BELOW = r"(?!村|社区|嘎查|行政村|居委会|居民|小组)"
COMPARE = re.compile(
    r"比较|对比|相比|比一比|各乡镇|各镇|各乡|各街道|各区|各县|各个"
    + _BELOW
    + r"|每个"
    + _BELOW
    + r"|分别|异同|差异|谁更|哪个更"
    # 「那三个街道」「这两份报告」: a demonstrative with a count of units points at a set the
    # question scopes (a county's towns, a year's reports) — a row each, as 各 would ask
    + r"|(?<![哪每])[这那](?:[两二三四五六七八九十几]|\d)(?:个|份|篇|家)"
    + r"(?=乡镇|镇|乡|街道|区|县|地方|单位|报告)"
    # 「三个区县各培养了多少」「区县各…」: a level's units (counted or not) then 各 — a row each;
    # so too the units a clause picks out (「写了检查次数的乡镇，各检查了多少次」): 的 ends the
    # clause, the level noun heads it, and a comma may stand before 各
    + r"|(?:(?<![\u4e00-\u9fff])|(?<=[个些的]))(?:乡镇街道|乡镇|镇街|街道|区县|县区)"
    + r"(?=各(?!项|类|种|级|村|社区|部门|科室|网格|单位)"
    # after a comma only a count asked of each (「…的乡镇，各检查了多少次」「，各自配了几个人」),
    # never a part's 各 (「，各室配备了几名」「，各方面怎么样」)
    + r"|[，,]\s*各(?!项|类|种|级|村|社区|部门|科室|网格|单位|室|站|点|所|方面)"
    + r"[\u4e00-\u9fff]{0,5}?(?:多少|几))"
)


def asks_townships(q: str) -> bool:
    """「哪些乡镇」「各乡镇」「还有谁」…: the question asks which township-level units. A
    street is one of them: 「那两个街道」「各街道」 ask the 街道 alone (``levels_asked``)."""
    levels = levels_asked(q)
    return bool(WHICH.search(q) or COMPARE.search(q)) and ("乡镇" in levels or "街道" in levels)


# 「各乡镇」「每个街道」「这几个区」 alone, no word of comparing: the units in scope, every one
_EVERY = re.compile(
    r"各(?:乡镇|镇|乡|街道|区|县|个)|每个|[这那](?:[两二三四五六七八九十几]|\d)(?:个|份|篇|家)"
)
# 「北京各区的报告里，哪些提到了…」: a plural which after 各X picks among them, and so does
# 谁 before a deed (「那两个县，谁把…纳入了考核」 — who among them did it); a pick of one
# (哪个最多, 谁更多), a figure (多少, 几次) or 分别 asks each unit's value instead
# 哪个 right before a verb of saying (「那两个区里，哪个写了X」) asks which of them says it, as 哪些
# does — not a pick by value (哪个高, 哪个最多), nor one closed by a word of degree
# (「哪个写的财政收入高」「哪个提的增速目标快」: the figure said is compared, review70)
_PICKS_SOME = re.compile(
    r"哪些|哪几(?![个家份位]?(?:最|更))|谁(?![最更])"
    r"|哪(?:个|一个)(?:区|县|镇|乡|街道|单位|地方)?(?:也|还|都)?(?:写|提|说|讲|谈)"
    r"(?![^，。？！,?!；;]*[高低多少快慢大小强弱早晚][些点]?(?:吗|呢|啊)?[？?。！!]*\s*$)"
)
# (「这几个区」 points at units, it asks no count)
_EACH_VALUE = re.compile(
    r"最|更|多少|(?<![哪这那])几[次场个件名人项份条起]|分别|情况|怎么|如何|什么"
)


# 「…都列一下」「挨个说说」「都有谁」: the user asks for a list, and over a library a list of
# what was done is a list of the units that did it
_LIST_ASKED = re.compile(
    r"列(?:一下|出来|个清单|个单子|个名单|举)|一一列|挨个|逐个|逐一|都有谁|都是谁|都有哪些|都有哪几"
)
# 「有没有领导去述法的？」: 有没有 + a clause closed by 的 asks for those who did it (the
# 的-phrase names doers), not whether one named unit did it — no unit is named
_ANY_WHO_DID = re.compile(
    r"(?:有没有|有无|是否有)[^，。？！,?!；;]{1,24}的(?=[？?。！!，,；;\s]|$)"
)


# 「有讲未成年人保护的吗」「有提到X的吗」: bare 有 + a verb of saying + a 的-phrase + 吗 is
# 有没有…的 said shortly — whether any report says it, so the reports that do are the answer
# (a unit named before it, 「白沙镇有讲X的吗」, asks that unit: ``question_kind`` keeps FACT)
# A place or time put first (「有在宪法日搞宣传的吗」) is the same question: 在… before the verb
_ANY_SAYS = re.compile(
    r"(?<![没无])有(?:在[^，。？！,?!；;的]{1,12}?)?(?:讲|提|说|写|谈|搞|做)"
    r"[^，。？！,?!；;]{1,24}的(?:吗|么|没|不)"
)
# 「乡镇街道都做了些啥」「各地都有哪些做法」: a plural level noun as the subject, then 都 and an
# open question of deeds, asks what each unit did — a list over units, never one passage.
# A demonstrative with 个 before the level noun (「这个街道都做了啥」) points at one unit.
_PLURAL_DID = re.compile(
    r"(?<![这那该个此本])(?:乡镇街道|镇街|乡镇|街道|区县|县区|各地|各单位|基层)"
    r"都(?:做|干|搞|抓|开展|采取|推出|有)了?(?:些|哪些|什么)"
    r"(?:啥|什么|工作|事|做法|举措|措施|动作)?"
)

# 「4.15国家安全教育日有活动的」「搞过积分超市的」: a whole question that is a bare 的-phrase of
# having or doing (the head noun left out, as a spoken list question leaves out 有哪些) names
# the doers — with no unit named, the units that did it. A question word (怎么聘请的), a copula
# (「是由司法所组织的」 explains how a thing was done) or a particle of asking (…的吗: ``_ANY_SAYS``)
# makes it another question, and so does a demonstrative (这个活动有意义的: one thing judged),
# a manner or rank (做得最好的) or an amount (多少): none may stand in it.
_BARE_DOERS = re.compile(
    r"^(?!.*(?:多少|[这那该此本][个份次项]|[得最更]))[^，。？！,?!；;是吗么呢啥谁哪几怎何什没]{0,30}?"
    r"(?:有|搞|做|办|开展|举办|组织)(?:了|过)?"
    r"(?P<thing>[^，。？！,?!；;是吗么呢啥谁哪几怎何什没]{1,16})的[？?。！!]?$"
)
# 「去年有组织的」「有做的」: the 的-phrase must name what was had or done; a verb of doing alone
# names nothing, and a list of every unit that wrote 组织 answers no question
_DEEDS_ONLY = re.compile(r"(?:有|搞|做|办|开展|举办|组织|了|过)+")


def lists_units(q: str) -> bool:
    """Does a question that names no unit ask for the list of units (「都列一下」, 「有没有
    …的」, 「有讲…的吗」, 「乡镇街道都做了些啥」)? 「有没有提到法律顾问」 (no 的-phrase, no
    list asked) asks a yes or no."""
    return bool(
        _LIST_ASKED.search(q)
        or _ANY_WHO_DID.search(q)
        or _ANY_SAYS.search(q)
        or _PLURAL_DID.search(q)
        or _bare_doers(q.strip())
        or asks_doers(q)  # 「…写了的有几家」「有报告提到X吗」「聘了X的（注）」 (units_asked)
        or bounded_phrase(q)  # 「调解成功率99%以上的」: the units meeting it (count_bounds)
    )


def _bare_doers(q: str) -> bool:
    """A bare 的-phrase of having or doing that names a thing (``_BARE_DOERS``)."""
    m = _BARE_DOERS.match(q)
    return bool(m and not _DEEDS_ONLY.fullmatch(m["thing"]))


# 「福田对口的那四个县分别叫啥」: the names of things one unit's report tells of. 分别 and
# 那四个县 count the things named, not units to set side by side; only a word of comparing
# (比较, 异同) makes a comparison of one unit's things
_NAMES_OF = re.compile(r"叫什么|叫啥|什么名|名字|名称|全称")
_COMPARING = re.compile(r"比较|对比|相比|比一比|异同|差异|谁更|哪个更")
# … but only names of places (那四个县, 对口的县): a place's name is checked against the division
# list (``answering.place_names_asked``). Other things' names (那几个棚改项目, 那几个片区) are
# often written unquoted in a list (景福花园片区、船步街片区) that no name check can tell from
# prose: there the sentences themselves are the answer, as before
_PLACE_NAMES_OF = re.compile(
    r"[那这该各几两三四五六七八九十\d个些的][县区市镇乡旗](?:分别|各自|都|又|是|的|\s)*"
    r"(?:叫什么|叫啥|什么名|名字|名称|全称)"
)
# 「跟福田一样提到“…”这个名称的还有哪些区」: the unit named is a yardstick, the question asks
# which other units say the name — a which-question, not the names one unit tells of
_YARDSTICK = re.compile(r"一样|同样|除了|之外|以外|还有哪|其他|其它|别的")


def asks_place_names(q: str) -> bool:
    """Does ``q`` ask what some places are called (「那四个县分别叫啥」)?"""
    return bool(_NAMES_OF.search(q) and _PLACE_NAMES_OF.search(q))


def question_kind(q: str, townships: list[str]) -> Kind:
    """which, compare or fact: the shape of the answer ``q`` asks for."""
    names_of_one = len(townships) == 1 and asks_place_names(q)
    if names_of_one and not _COMPARING.search(q) and not _YARDSTICK.search(q):
        return Kind.FACT
    if _every_then_which(q) and not townships:
        return Kind.WHICH
    if COMPARE.search(q) or (len(townships) >= 2 and re.search(r"[和与及、跟同]", q)):
        return Kind.COMPARE
    if len(townships) >= 2 and _EACH_HOW_MANY.search(q):  # 「巩义顺德安溪各几项」: a row each
        return Kind.COMPARE
    if unit_clauses(q, townships):  # 「甲镇…几次，乙区…几次」: a row a unit, each its measure
        return Kind.COMPARE
    m = WHICH.search(q)
    if not m:  # 「落实两个清单的乡镇街道」「谁搞了年终述法」: units, with no question word
        if townships:  # 「白沙镇有没有…的」: a yes or no about the unit named
            return Kind.FACT
        return Kind.WHICH if unworded_which(q) or lists_units(q) else Kind.FACT
    asks_units = bool(_UNIT_WORD.match(q[m.end() : m.end() + 3]))
    if asks_a_name(q, len(townships)):  # 「甲镇的法律顾问是哪家单位」: a name (qa28 hook)
        return Kind.FACT
    if townships and not (m.group(0).startswith("哪") and asks_units):
        return Kind.FACT  # 「白沙镇有几个村设了调解室」 counts inside one township
    return Kind.WHICH if asks_units or not townships else Kind.FACT


# 「各几项」「各有多少」「各是多少」: with two or more units named, the count of each of them —
# the names may run together with no 、 between them (「巩义顺德安溪」)
_EACH_HOW_MANY = re.compile(r"各(?:有|是|为|自|办了?|收了?|开了?)?(?:几|多少)")


def _every_then_which(q: str) -> bool:
    """「各街道哪些提到了合法性审查」: 各 names the scope (every unit), 哪些 asks which of
    them — a which-question, not a comparison of each unit's value."""
    compares = [m.group(0) for m in COMPARE.finditer(q)]
    return (
        bool(compares)
        and all(_EVERY.fullmatch(c) for c in compares)
        and bool(_PICKS_SOME.search(q))
        and not _EACH_VALUE.search(q)
    )
