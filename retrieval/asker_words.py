"""The user's own situation around a question: said, but never part of what is asked.

People who ask about reports say why they ask before or after the question itself, and how
little will do; none of it is a need (facts of how such questions are written, each by its
clause, not by a list of topics):

- A first clause that describes the asker at paperwork: a doer (县里, 我们, 领导, 单位…), a
  verb of being at it (在, 正在, 要, 准备…) and a word of collecting or writing (汇总, 统计,
  材料, 总结…), with no asking word in it: 「县里在汇总各镇街材料，问一下…」「我们正准备写年终
  总结，…」. A clause about a policy the county pushes (「县里在推广枫桥经验，哪些镇也搞了」) has
  no paperwork word and stays: the question leans on it with 也.
- A self-introduction (「我是司法所的，」「我们是X，」) and a lead clause naming what the asker
  wants to learn about (「我们司法局想了解下普法宣传，哪些报告提到了普法？」), before a clause
  with the asking word that names the topic again: the asking clause carries the need, in
  its own words; the lead is context. The asking clause must repeat the lead's whole concept
  — the topic itself, or its first word where only a generic second word follows (普法 of
  普法宣传) — never any two characters of it: 「想了解一下人民调解，调解满意率最高的是哪个
  乡镇？」 keeps 人民调解, as 调解 alone is not what the lead named. A lead whose topic the
  asking clause does not repeat (「想了解下法律顾问，哪些乡镇有」) keeps its topic: it is the
  only place the topic is said; only the asker and the wanting to learn go. An asker who
  names a unit or a year (「我是福田区司法局的」) says the question's scope: kept.
- The asking verb that opens the question (问一下, 请问, 想了解一下, 打听一下; spoken short as
  查下, 看下, 找下 — V下 is V一下), and a first
  clause that only turns the talk to the next question: a turn (反过来, 倒过来, 换个角度, 顺便,
  另外, 还有, 再) with at most a verb of asking or saying or a word for "a question" after it
  (「反过来问一下，」「换个角度问问，」「还有个问题，」「再问一个，」「反过来说，」). It says how
  this question stands to the last one, never what a report must write.
- A last clause of leniency (「哪怕就提了一句的也算」「只要写到就行」「…都算」), of the asker's
  purpose (「县里想找几个学习」「我们好参考」, or with no doer 「写材料要用」「想借鉴一下」) or a
  closing request (「列一下」, 「一个都别漏」): what will do, or why, never what is asked.
- A level said to count as well (「县区的也算上」) widens the levels asked (:func:`asked_levels`).
- 年报 is a 年度报告: a document named as where something is written (「年报里写到」) is a
  locator (``retrieval.question_scope.document_reference``), never a topic; 报告 as the act
  (「向人大报告了」) stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.asker_talk import Tagger, without_talk
from retrieval.list_all import LIST_ALL_TAIL

_ASKS = r"哪|谁|几|多少|什么|有没有|是否|吗|怎么|如何"
# in a closing clause 几 counts (「找几个学习」) and 哪怕 concedes: only these still ask
_TAIL_ASKS = r"哪(?!怕)|谁|什么|有没有|是否|吗|怎么|如何"
_DOER = (
    r"县里|区里|市里|镇里|局里|办里|所里|科里|处里|单位|领导|上级|上面|我们|咱们|我|本人|这边|"
    r"司法局|司法所|法制办|办公室|依法治县办|依法治区办"
)
_AT = r"正在|正|在|要|想|准备|打算|需要|得|让我|叫我|安排我"
_PAPERWORK = (
    r"汇总|统计|整理|梳理|收集|摸(?:个|一下|下|摸|一摸)?底|调研|排查|核查|自查|考核|考评|评比|评估|比对|对照|写|起草|撰写|编|报|"
    r"材料|总结|报告|汇报|台账|表格|数据"
)
_CLAUSE = r"[^，,。；;？?！!]"
_SITUATION = re.compile(
    rf"^(?:{_DOER})(?:{_CLAUSE}{{0,4}}?)(?:{_AT}){_CLAUSE}*?(?:{_PAPERWORK}){_CLAUSE}*[，,。；;！!]+\s*"
)
# 「我是司法所的，」「我们是县司法局的，」: who asks, a clause of its own
_SELF = re.compile(rf"^(?:我|我们|咱们)(?:是|这边是|这里是){_CLAUSE}{{1,12}}[，,。；;！!]+\s*")
# 「我们司法局想了解下普法宣传，」: a doer, a verb of wanting to learn, what about
_LEAD = re.compile(
    rf"^(?:(?:{_DOER}){_CLAUSE}{{0,8}}?)?(?:想|要|准备|打算)(?:先|再)?"
    r"(?:了解了解|了解|打听|咨询|知道|问问|问)(?:一下|下)?"
    rf"(?P<topic>{_CLAUSE}{{2,20}})[，,。；;！!]+\s*"
)
_ASKING_VERB = re.compile(
    r"^[，,。\s]*(?:我?想|就想|顺便|麻烦|请|帮我|帮忙|麻烦帮我)?"
    r"(?:问一下|问下|问问|请问|请教一下|打听一下|了解一下|咨询一下|知道|查一下|查下|查查|看一下|看下|看看|找一下|找下|找找)"
    rf"[，,：:]?\s*(?={_CLAUSE}*?(?:哪|谁|几|多少|有没有|是否))"  # the question follows it
)
# 「我们司法局想了解下，」「领导想问问：」: the asker (maybe with their unit) and a verb of asking
# closing its own clause — who asks and that they ask, never what; the question follows it.
# The verb must close the clause: 「司法局想了解群众需求，…」 names what is asked about and is
# left to ``_LEAD``
_LED_ASKING = re.compile(
    rf"^[，,。\s]*(?:{_DOER}){_CLAUSE}{{0,8}}?(?:想|要|准备|打算|就想)(?:先|再)?"
    r"(?:了解了解|了解一下|了解下|了解|打听一下|打听下|打听|咨询一下|咨询下|咨询|问一下|问下|问问|问)"
    rf"[，,：:]\s*(?={_CLAUSE}*?(?:哪|谁|几|多少|有没有|是否))"
)
# 「反过来问一下，」「换个角度问问，」「还有个问题，」: a clause turning the talk, then the question
_TURN = r"反过来|倒过来|换个角度|换个方向|换个问法|换个说法|换句话说|顺便|顺带|另外|此外|还有|再"
_TURNED = re.compile(
    r"^[，,。\s]*(?:那么?|对了|然后|接着|最后)?[，,]?\s*"
    rf"(?:{_TURN})(?:我|咱)?(?:再|还|想|要)?"
    r"(?:问一下|问下|问问|问一句|问个问题|问一个|问|说|来说|讲|看|来看|有个问题|一个问题|个问题|一个|一句)?"
    rf"(?:啊|哈|呀|吧|呢)?[，,：:]\s*(?={_CLAUSE}*?(?:{_ASKS}))"
)
# 「哪怕就提了一句的也算」「只要写到就行」「提一句也行」「县区的也算上」
_LENIENT = re.compile(
    rf"[，,？?。！!\s]\s*(?:(?:哪怕|即使|就算|即便|只要){_CLAUSE}*|{_CLAUSE}{{0,14}}?(?:也|都|就)(?:算|行|可以|成)"
    rf"{_CLAUSE}{{0,3}})[。！!？?～~]*$"
)
_PURPOSE = re.compile(rf"[，,？?。！!]\s*(?:{_DOER})(?:想|要|准备|打算|好){_CLAUSE}*[。！!]*$")
# 「写材料要用」「写总结用」「汇报要用」「想借鉴一下」: a last clause with no doer, saying what the
# answer is for — writing it up (a verb of paperwork first) or learning from it (an intent
# first) — and ending in the use; 「要求干部学习」「供群众学习」 say what was done and stay
_USE = r"要用|用|备用|参考|借鉴|学习|学学|取经"
_FOR_USE = re.compile(
    rf"[，,？?。！!]\s*(?:想|准备|打算|好|写|起草|撰写|编|汇报|汇总|总结){_CLAUSE}{{0,6}}?"
    rf"(?:{_USE})(?:一下|下|一二)?(?:的|呢|啊|哈|吧)?[。！!～~]*$"
)
# The closing request around a question, asking nothing of its own — one list of its words,
# read here and by ``retrieval.question_scope.unframed``: 「…，列一下」「说说看」 asks to be told,
# 「…比比看」「…比比」「…，对比一下」「看看」 to be shown or compared (the doubled verb 比比 is
# the request, never part of the thing: 「新增学位比比」 asks 新增学位).
_PLEASE = r"请|麻烦"
_TELL = r"(?:列|说|讲|数|报|告诉我)(?:一下|一列|一说|说看|出来)?"
_SHOW = r"比比看|比比|比一比|比一下|比较一下|比较下|对比一下|对比下|对照一下|看看|说说|讲讲|说一下"
_REQUEST = re.compile(
    rf"[，,？?。！!]\s*(?:{_PLEASE}|帮我|给我|帮忙)?{_TELL}(?:吧|呗|哈|啊)?[。！!？?]*$"
)
# 「一个都别漏」「一家也不要落下」「全部列出来」: a last clause telling the answerer to leave none
# out asks for the whole list, never a thing a report writes (``retrieval.list_all``, one reading
# since stop 77)
_ALL_OF_IT = LIST_ALL_TAIL
SHOW_TAIL = re.compile(rf"[，,。？?！!\s]*(?:{_PLEASE})?(?:{_SHOW})(?:吧|呢)?[。？?！!\s]*$")

# The genre's short names of a report, one list read here and by ``answering.report_words``:
# 年报 is a 年度报告 (not the 年 of 「2024年报告」), and both are a 报告.
# 「今年报的」「去年报上来的」: a relative year, then the verb 报 — no 年报
SHORT_ANNUAL = r"(?<![今去前明当])年报(?!告)"
_ANNUAL = re.compile(SHORT_ANNUAL)


def without_asker(q: str, tagged: Tagger | None = None) -> str:
    """The question without the asker's situation, asking verb, leniency or purpose, and 年报
    spelled 年度报告; unchanged when it has none. The asker's talk inside the clauses (particles,
    asides, concern, resumptions: ``retrieval.asker_talk``) goes first."""
    q = without_talk(q, tagged)
    m = _SITUATION.match(q)
    if m and not re.search(_ASKS, m.group(0)):
        q = q[m.end() :]
    q = _without_lead(q, tagged)
    q = _ASKING_VERB.sub("", _TURNED.sub("", _LED_ASKING.sub("", q)))
    for _ in range(3):  # 「…？县里想找几个学习，写到就算」「县区的也算上，列一下」
        found = (
            m
            for tail in (_LENIENT, _PURPOSE, _FOR_USE, _REQUEST, _ALL_OF_IT)
            if (m := tail.search(q))
        )
        m = next(
            (m for m in found if m.start() > 0 and not re.search(_TAIL_ASKS, m.group(0))), None
        )
        if m is None:
            break
        q = q[: m.start()]
    return _ANNUAL.sub("年度报告", q)


def _without_lead(q: str, tagged: Tagger | None) -> str:
    """``q`` without a self-introduction and a lead clause whose topic the asking clause
    after it names again (module docstring)."""
    m = _SELF.match(q)
    said = m and _HOME.sub("", m.group(0))
    if said and not _ASKING_OR_SCOPED.search(said) and re.search(_ASKS, q[m.end() :]):
        q = q[m.end() :]
    m = _LEAD.match(q)
    asker = q[: m.start("topic")] if m else ""
    if m is None or re.search(_ASKS, m.group(0)) or _SCOPE.search(_HOME.sub("", asker)):
        return q
    rest, topic = q[m.end() :], m["topic"]
    if not re.search(_ASKS, rest):
        return q
    # the asking clause names the topic again: the lead is context; else the topic is the
    # only place the need is said, and only the asker's wanting to learn goes
    return rest if _said_again(topic, rest, tagged) else f"{topic}，{rest}"


# a named unit or a year said by the asker (「我是福田区司法局的」): the question's scope, never
# dropped with the asker; a lone level (县司法局, 县里) is where the asker sits, no scope
_SCOPE = re.compile(r"[\u4e00-\u9fff]{2}(?:区|县|市|镇|乡|街道)|[0-9０-９]|年")
_HOME = re.compile(r"^(?:我们|咱们|我)(?:是|这边是|这里是)?")
_ASKING_OR_SCOPED = re.compile(rf"{_ASKS}|{_SCOPE.pattern}")


def _said_again(topic: str, rest: str, tagged: Tagger | None) -> bool:
    """Does ``rest`` name the lead's whole ``topic``: all of it, or its first word where one
    two-character word follows it (普法 of 普法宣传)? Never a part that is not its head word
    (调解 of 人民调解)."""
    if topic in rest:
        return True
    words = [w for w, _ in tagged(topic)] if tagged is not None else []
    return len(words) == 2 and len(words[0]) >= 2 and len(words[1]) == 2 and words[0] in rest


# 「县区的也算上」「街道也算进来」「县里的也包括」: a clause of its own whose subject is a level
# noun, said to count as well — the level added to what the question asks, not the only one;
# the last of several listed (「乡镇的、县里的都算」) says all of them count
_LEVEL_NOUN = {
    "乡镇": "乡镇",
    "街道": "乡镇",
    "乡": "乡镇",
    "镇": "乡镇",
    "县": "区县",
    "区": "区县",
}
_LEVEL_NOUN.update({"区县": "区县", "县区": "区县", "县市区": "区县", "旗": "区县", "市": "地市"})
_LEVEL_NOUN.update({"镇街": "乡镇", "街镇": "乡镇"})  # 镇 and 街道 said as one level noun
_NOUNS = "|".join(sorted(_LEVEL_NOUN, key=len, reverse=True))
_ALSO = re.compile(
    rf"(?:^|[，,？?。！!；;、\s])\s*(?:连同|包括|把)?"
    rf"(?P<noun>(?:{_NOUNS})里?(?:[、和与/]?(?:{_NOUNS})里?)*)"  # 「县里、镇街的」
    r"(?:一级|级|层面|里)?(?:的)?(?:单位|报告)?"
    r"(?:也|都)(?:要)?(?:算上|算进来|算进去|算|包括进来|包括|加上|带上|列上|(?<=要)(?=[。！!？?]|$))"
)

# 「县区的不算」「县里的除外」「区县一级的不要」: a clause whose subject is a level noun, said
# not to count — every level the question asks but that one
_NOT_COUNTED = re.compile(
    rf"(?:^|[，,？?。！!；;、\s])\s*(?P<noun>(?:{_NOUNS})(?:[、和与/]?(?:{_NOUNS}))*)"
    r"(?:一级|级|层面|里)?(?:的)?(?:单位|报告)?(?:就|都)?"
    r"(?:不算|不要算|不用算|除外|不包括|不计|不要|排除)(?:在内)?(?=[，,。！!？?；;\s]|$)"
)
_LEVELS = ("乡镇", "区县", "地市")
_PART_OF_LEVEL = {"街道", "乡", "镇"}


def asked_levels(q: str, levels_of: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """``levels_of(q)``, but a level only said to count as well (「哪几个单位…？县区的也算上」)
    widens the scope: no level beside it is every level; levels beside it gain it."""
    if (m := _NOT_COUNTED.search(q)) is not None:
        # 「乡镇街道里头，谁搞过述法？县区的不算」: the level said not to count leaves the scope
        nouns = re.findall(_NOUNS, m.group("noun"))
        rest = asked_levels(q[: m.start()] + q[m.end() :], levels_of)
        if _PART_OF_LEVEL.intersection(nouns):
            return rest  # 「街道的不算」 leaves 乡 and 镇: a part of a level, no scope word for it
        dropped = {_LEVEL_NOUN[n] for n in nouns}
        return tuple(lv for lv in rest or _LEVELS if lv not in dropped) or rest
    m = _ALSO.search(q)
    if m is None:
        return levels_of(q)
    base = levels_of(q[: m.start()] + q[m.end() :])
    # 「县区镇街都算」: each level noun of the list counts
    added = [_LEVEL_NOUN[n] for n in re.findall(_NOUNS, m.group("noun"))]
    return tuple(dict.fromkeys((*base, *added))) if base else ()
