"""「有哪个乡镇办过法律知识竞赛的？」: a deed asked with the experiential 过 is a deed done.

A report's plan part (「四、2024年推进法治政府建设的工作思路」「下一步工作打算」) lists what the unit
means to do next: 「通过举办法治主题活动，开展法律知识竞赛…提升群众学法兴趣」. Undated, such an
item stays a mention for a question asking what the reports write (stop 77: earlier sets count a
plan part's 「继续加大…宣传力度」 as the report's practice). But a question that marks its verb
with 过 (办过, 搞过, 开展过, 举办过) asks whether the thing has been done: a later year's plan
names the thing without having done it, so under the plan part's heading a sentence that
tells nothing done (已…, 目前已…) is no support for it. A verb + 了 asks the same
(「哪些地方配了执法记录仪」「建了法治广场的」「开展了法治体检」, or a sentence-final 了 after the
object: 「哪些村建法治广场了」): 「下一步将为执法队配备执法记录仪」 tells no recorder bought.

A plan part often opens on a recap of the year (「2024年，我镇共开展法律知识竞赛3场，下一步将…」
「今年以来开展法治讲座12场，但…」): a clause dated in the covered year or before, or counting
deeds (共/累计, 3场, 12次), with no word of intent (将, 计划) tells the deed done, and keeps the
passage (review rev_q81w80). So does an item that goes on with the deed (「继续加大《反有组织犯罪法》
的宣传力度」「持续开展…」): 继续/持续 presuppose it under way, as stop 77 reads such items (q67 h67_06).
A result sentence is told first, wherever it stands (stop 86: fix84e's 了 lost 平利县, 朱家角镇):
a clause without intent stating a result (「有效增强了…意识」「配备率达100%」), a thing used as
built (「依托建成的…」), a practice deepened (「将深化…调解工作法」) — the unit did the thing.

Only 过 or 了 right after a verb of doing counts: 通过, 经过, 超过, 不过 are no aspect, nor is
the 了 of 了解, 为了, 除了, 了不起; a verb of saying (讲过, 提过, 提到了) asks what a report mentions. A 政府工作报告's yearly plan part is left
alone: its plan for the year it is delivered in is read as the report's own practice (stop 77,
``dated_plans``), as 「哪些报告讲过对新疆的帮扶」 over 深圳 work reports shows.
"""

from __future__ import annotations

import re

from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.dated_plans import asks_mention, asks_plan_words
from retrieval.question_scope import WORK, of_genre
from retrieval.report_parts import plan_heading
from retrieval.shortfalls import asks_shortfall
from retrieval.told_done import TOLD_DONE, WILL, YEAR

__all__ = ["asks_done", "plan_only"]

# a verb of doing (办, 开展, 配备…): with 过 after it, or 了 after it or its complement (建成了,
# 配齐了), the question asks a deed done; 上过 (上过法治课) but not 上了 (线上了解); a bare 用了 is
# as often a report's wording (「哪些报告用了“法治副校长”这个说法」): with 了 only 使用, 运用, 应用
_DOING = (
    "开展|举办|组织|召开|举行|建立|设立|成立|组建|推行|实行|实施|落实|参加|聘请|签订|"
    "配备|配置|安装|购置|办|搞|做|干|开|建|设|评|请|聘|签|学|用|配|装"
)
_DOING_LE = _DOING.replace("|用|", "|") + "|使用|运用|应用"
# a character of the object between a verb and a sentence-final 了
_OBJECT_CHAR = r"(?!讲(?!座|堂)|提(?!升|高)|怎|如何|几|多少|多久|多长)[^，,。？?！!了的哪写说到]"
_DONE_ASK = re.compile(
    rf"(?:{_DOING}|上)过"
    # not the 了 of 了解 or 了不起: 「组织了解群众需求」 asks no deed
    rf"|(?:{_DOING_LE})(?:好|成|起|齐|完)?了(?!解|不起)"
    # a sentence-final 了 after the verb's object (「哪些村建法治广场了」「配执法记录仪了吗」), not
    # after a later verb of its own (「创建工作走到哪一步了」「学法的次数写出来了」) — 讲座, 提升 are
    # objects — nor after a question of state or amount (「建设怎么样了」「开展多少了」「有几年了」)
    # or a change of degree (「开会多了」「宣传少了」); 干 there is mostly 干部's (「让干部考法律了」);
    # after a verb of intent the 了 is the intent's (「哪些乡镇决定建法治广场了」 asks the plan)
    r"|(?<!承诺|决定|提出|谋划|筹划|申请|建议|要求)(?<!想)"
    rf"(?:{_DOING_LE.replace('|干|', '|')})(?:{_OBJECT_CHAR}){{1,10}}"
    r"(?<![多少高低快慢])了[吗没呢]?[？?。！!]?$"
)
# an honour received is a thing done, wherever it is written (「石桥乡被评为县级文明单位」
# 「获评…称号」「荣获」): an honour still sought is 争创/创建, or comes with a word of intent
_HONOURED = re.compile(r"被评为|被授予|被命名为|获评|荣获|获得了?[^，。；]{0,12}(?:称号|荣誉|表彰)")
# a recap clause: the covered year's span or a count of deeds done (共开展, 累计, 3场, 12次)
_RECAP = re.compile(
    r"今年以来|年以来|全年|本年度|累计|先后|共计?[\u4e00-\u9fff]{0,4}\d|"
    r"\d+\s*余?\s*(?:场|次|期|人次|件|起|批|轮)"
)
# an item going on with a deed already under way (继续加大, 持续开展, 巩固…成果), or carrying
# on a thing that exists (「推动网格化调解平台向各小区延伸」「推动…提档升级」「将深化“老娘舅”调解
# 工作法」: what is deepened is there)
_GOES_ON = re.compile(r"继续|持续|进一步|巩固|保持")
# carrying on a thing that exists, read of the clause naming the thing asked: 「深化行政执法体制
# 改革，计划推行“邻里说事”调解工作法」 deepens the reform, the 工作法 is new
# — and so does perfecting it, as stop 77 read 建立健全 (fact77 rv2: 「将建立健全村级法律顾问制度」
# perfects what the unit has; a bare 建立 or 探索配备 sets up what it has not)
_CARRIED_ON = re.compile(r"延伸|升级|深化|健全|完善")
_CLAUSES = re.compile(r"[^，,；;。！？!?]+")
_SENTENCES = re.compile(r"[^；;。！？!?]+")
# 已 before any verb the question may ask (「用好已配备的执法记录仪」「已聘请法律顾问」): ``TOLD_DONE``
# knows only 已完成, 已建成… and a plan part's 已配备 tells the thing there
_ALREADY = re.compile(rf"已(?:全面|基本|全部)?(?:{_DOING_LE})")
# a thing made use of as built (「依托建成的法治广场开展宣讲」「用好新配备的执法记录仪」): it is
# there, whatever the clause means to do with it
_IN_USE = re.compile(
    r"(?:依托|利用|借助|用好|发挥)(?:已|新)?(?:建成|建好|配备|配齐|设立|成立|组建|聘请|设置)的"
)
# a clause that states a result: a verb's perfective 了 (「有效增强了…法治意识」, not 为了, 除了,
# 了解, 了结, 解决不了) or a rate reached (「配备率达100%」「覆盖率达到95%」)
_RESULT = re.compile(r"[\u4e00-\u9fff](?<![为除不])了(?![解结])|(?:率|覆盖面)(?:达到?|为)\s*\d")


def _stated(clause: str, year: int | None) -> bool:
    """A clause with no word of intent and no later year: it tells, it does not aim."""
    years = [int(y) for y in YEAR.findall(clause)]
    # a later year's count is a target (2025年开展…2场)
    return not WILL.search(clause) and not (year and years and max(years) > year)


def _recap(said: str, year: int | None) -> bool:
    """Does a clause without a word of intent tell the deed done (a count, a past year)?"""
    return any(
        _stated(c, year) and (_RECAP.search(c) or (year and YEAR.search(c)))
        for c in _CLAUSES.findall(said)
    )


def _names(clause: str, things) -> bool:
    """Does the clause name one of the asked things (no things: any clause may tell it)?"""
    return not things or any(s in clause for spellings in things for s in spellings)


def _of_thing(said: str, year: int | None, things) -> bool:
    """Does a clause about the asked thing tell it there (已配备…, 依托建成的…, 深化…), or a
    result follow it in its sentence (「将…纳入…考核，…有效增强了…意识」「…执法记录仪配备率达
    100%」)? A plan part's opening 「新形势对…提出了更高要求」「取得了一定成效」 or a shortfall's
    「出现了…问题」 tells no deed of a thing it does not name: the effect follows its deed."""
    for sentence in _SENTENCES.findall(said):
        named = False
        for clause in _CLAUSES.findall(sentence):
            here = _names(clause, things)
            named = named or here
            if here and (
                _ALREADY.search(clause) or _IN_USE.search(clause) or _CARRIED_ON.search(clause)
            ):
                return True
            if named and _stated(clause, year) and _RESULT.search(clause):
                return True
    return False


# 「哪几个地方有公职律师」「哪些乡镇有公共法律服务站」: 有 as the units' predicate asks what they
# have now — a plan to get it (「探索配备公职律师」 under 「工作打算」) says they have not
_HAS = re.compile(
    r"(?:(?:哪些|哪几个?|哪一个|哪个|谁)(?:地方|单位|乡镇街道|乡镇|镇街|街道|乡|镇|县区|区县|县|区|市)?"
    r"|(?<![\u4e00-\u9fff])(?:乡镇街道|乡镇|镇街|街道|区县|县区)(?:一级|这一级|里面?|里头|当中|中))"
    r"(?:也|还|都|已经|现在)?有(?!没有|关|效|哪|些|无|所|点|的|提|写|讲|说|涉|多|更|权|资格|特色|几)"
    # 「乡镇一级有没有配公职律师的」: whether any did it, a deed done as 配了 asks
    rf"|有没有(?:{_DOING})"
    # a verb with its result (「哪些乡镇建成法治文化广场」「配齐了吗」): done, as 了 says
    r"|(?:建成|建好|配齐|配好|办成|评上|获评)(?!率|区)"
)


def asks_done(question: str) -> bool:
    """Does the question ask a deed done (a verb + 过 or 了) or a thing had (哪些地方有X),
    naming no plan and no mere mention?"""
    said = to_simplified(question)
    if asks_shortfall(said):
        return False  # 「哪些乡镇法治建设滞后了」 asks the lag, not the deed
    asked = _DONE_ASK.search(said) or _HAS.search(said)
    return bool(asked) and not (asks_plan_words(said) or asks_mention(said))


def plan_only(text: str, section: str, info: ReportInfo, things=()) -> bool:
    """Is the passage an item of a (法治) report's plan part that tells nothing done? A
    result is read of the ``things`` asked (each concept's spellings), as ``_of_thing`` says."""
    if of_genre(info, WORK) or not plan_heading(section, info):
        return False
    said = to_simplified(text)
    honoured = any(_HONOURED.search(c) and not WILL.search(c) for c in _CLAUSES.findall(said))
    # 继续/持续 carry on the thing their own clause names (「规划建设法治文化广场1处，持续营造
    # 法治氛围」 goes on with the climate, the square is new)
    going = any(_GOES_ON.search(c) and _names(c, things) for c in _CLAUSES.findall(said))
    told = TOLD_DONE.search(said) or going or honoured
    return not (told or _recap(said, info.year) or _of_thing(said, info.year, things))
