"""The frame a user asks in, around the topic: whom it was for, how it was set about, where
in the reports. Each is a closed class of how people ask, never of what reports write:

- **An audience preposition** (面向/针对/对着 + whom): 「面向老百姓做了普法」 asks for 普法; a
  report writes 开展普法宣传 and seldom the preposition (its audience nouns 群众/老百姓 are no
  need already, ``vocabulary.GENERIC_NOUNS``). 针对性 is a word of its own and stays.
- **The 来 of purpose** between a means or a doer and the deed (「用清单来管」「搭了个班子来抓
  法治」「中心组来学」「请人来讲」): it links the two, it is not a deed (来访, 来信, 以来, 未来
  are words of their own: only 来 before a one-character verb of doing is read).
- **A generic predicate** closing a clause (「用清单来管事的」「靠什么办事」): 管事/办事/做事/
  干事 say that something was managed, the means before them is the topic (办事处, 办事大厅
  go on and stay). 办事 before a modal or 时 (「办事可以不用开证明」「办事时能少跑」) is the
  setting, and what is asked about it follows; 群众办事 (a report's own phrase) stays.
- **A kind left unnamed** (「某个行业的纠纷」「某类案件」) and **a kind asked** (「评上什么级别的」):
  某 + classifier says some instance exists without naming it, 什么/哪个 + 级别/类型 asks for the
  value; the kind word (行业, 级别) is never text a report writes — it writes 茶事纠纷, 全国.
- **An unnamed someone invited** (请人来, 找人来, 请了个人): the invited are no topic; a report
  names them (邀请律师, 聘请专家). 请人大代表 is 请 + 人大: not read.
- **Having a meeting** before the deed it held (「开会研究过」「开了会部署」): reports write the
  meeting's name (党委会, 专题会议) and the deed; 开会 itself is how the user says it.
- **An adverb of manner or intent** before a verb (专门/特意/特地/专程 + 开会/研究/组织/成立…):
  said of the deed, never a kind of it; before a noun (专门委员会, 专门人员) it stays.
- **A target against its result** (「原计划多少场，实际完成了多少场」): 原 before 计划/定 and 实际
  before the deed say which figure of a target/result pair is asked; a report's table heads
  them 计划 and 完成, and neither word is a topic.
- **How a thing is carried** (「随身带的录像设备」「随身携带的小册子」): 随身/贴身 + a verb of
  carrying or wearing + 的 describes the thing by its use; a report names the thing (执法记录仪,
  口袋书) and seldom how it is worn.
- **A topic said to be a part of the report** (「把X单独作为一项工作来写」「当成一块内容来讲」):
  how the report treats X, which a report shows by writing X; a 重点工作 names a rank and is
  not read.
- **A counter with a locative** (「北京的几家里」「那两个县里头」) or **a report with one**
  (「2025年度报告里」「工作报告中」): the reports in scope, said as a place to look in; the
  region, level or year before it is read by the scope readers. 报告 as the act (「向人大报告」)
  has no locative and stays. A count of reports (「盐田两份报告」「那几份法治报告」) likewise says
  which reports are asked about, the unit's held ones, and names no topic.
- **An unnamed someone sent** (派人, 派了个人): like 请人, the sent are no topic; a report names
  them (选派律师, 派驻干部).

Single words of the asking, by how they are built (``asking_word``):
- **A personal pronoun** (人家, 大家, 咱们, 他们, 大伙儿): points at people already known, names
  no one a report could be told apart by.
- **A directional verb of motion** (下去, 过来, 上来, 出去: one of 上下进出回过起 + 来/去): the
  going, never the deed done there (「下去普法」 asks for 普法).
- **A reduplicated AABB word** (前前后后, 来来回回, 反反复复, 明明白白): how long, how often or how
  thoroughly — an adverbial of extent or manner, never a thing done.
- **当 + where or when** (当众, 当面, 当场, 当即): the deed done in front of people or at once; a
  report writes the deed (述法, 现场办公 stays: it names a practice).
- **A bare locative** (外面, 下面, 里头, 外边): where, seen from the asker; a word naming a
  level of government (基层) is a noun and stays.
- **An accompanying manner, V着X** (开着车, 举着手, 对着干: a verb, the durative 着, one more
  character): the state the deed is done in, never the deed; a longer object stays a word of
  its own (「带着执法记录仪」 → 执法记录仪).
- **An adverb of repetition or frequency** (重新, 频繁, 经常, 反复, 再次: jieba tags some as
  adjectives, so they would weigh as nouns): how often, said of the deed; a word it opens
  (重新犯罪, jieba's one word) stays.
- **A count of times as an idiom** (三天两头, 三番五次, 一年半载: a numeral and a measure, then
  another numeral — the build ``coded_names`` refuses as a name) and **the first time**
  (头一回, 头一次): how often or when, never what; 两学一做, 一村一警 count nothing and stay.
- **A reduplicated measure** (一条条, 一件件, 一个个): one by one — the manner of listing or
  doing, read on the text because jieba cuts 一条|条列 across the next word.
- **A value asked for** (「各是什么数字」「具体数据是多少」「数量分别为多少」): 数字, 数据, 数量
  or 数目 after 什么/哪些/多少/具体, or before 是/为 + 什么/多少, name the answer's form — a
  figure — never what it is a figure of; reports write the figure, not the word. Before a noun
  (数字政府, 数据共享) they are a topic and stay.
- **去 before a one-character verb** (「一块儿去查」「去讲」), as the 来 of purpose: the going,
  with a verb too general to decide (去年, 过去, 去世 are words and are not read).
- **A progress frame** (走到哪一步, 进展如何: ``retrieval.progress_asks``): the stage reached is
  asked; a report writes the stage, never the frame.
- **A target frame** (目标定的多少, 目标是多少: ``retrieval.plan_targets``): a figure that was
  set is asked; a report writes the figure in its plan part, seldom 「目标定」.
- **The answer's slot** (「哪位市领导」「哪个部门牵头」): the person or organ asked for, which
  the report writes by its post or name (书记, 司法所), never by the word 领导 or 部门.
- **An answer arranged by year** (按年份拆开, 分年份看, 按年度分开: ``BY_YEAR``): how the figures
  are to be broken down, never a topic (reports write 年份 seldom) nor the report's year asked.
- **A count of years after the years it counts** (「2022和2023两年的」「2021、2022两个年度里」):
  restates the years already read as scope, never a topic (a report writes the figure of each
  year, not 两年).
- **A verb of holding before a post** (担任/出任/兼任 + 组长, 双组长, 主任, 队长, 指挥长) said of
  the unit asked (哪些单位担任双组长, 谁出任组长): the post held is the topic; reports write the
  holding as 任, 为 or 担任 alike (「书记、乡长为双组长」「办事处主任任双组长」), so the user's
  verb is no word a report must write. A holder named before it (由主要负责人担任组长) sets a
  role (``retrieval.conditions``) and is left as said.
- **A part of the report pointed into** (在问题部分, 写进了存在的问题, 在下一步打算里:
  ``retrieval.report_parts``): where to look, which the fan-out keeps to; never a topic.
"""

from __future__ import annotations

import re

from retrieval.plan_targets import PLAN_ASK
from retrieval.progress_asks import PROGRESS
from retrieval.report_parts import PART_ASK

# 「按年份拆开的话，2023年要新增多少」: the answer broken down by year — only with a verb of
# arranging or 的话/来看 after it; 「按年度计划完成了哪些任务」「分年度实施」 are content (a plan's kind)
_ARRANGE = r"(?:拆开|分开|拆分|分列|来?[分拆看说列])"
_SAYING = r"(?:的话|来看|来说)"
BY_YEAR = (
    rf"(?:按照?(?:年份|年度|年)(?:{_ARRANGE}{_SAYING}?|{_SAYING})"
    rf"|(?<![部十充区划过成])分(?:年份|年度)(?:来?[看说列]{_SAYING}?|{_SAYING}))[，,]?"
)
_ONE_CHAR_DEEDS = "抓管学讲办搞做干上推教审把考"
_MEASURE = "[条件个项次份家张本遍回趟步批]"
_VALUE = "(?:数字|数据|数量|数目)"
_VALUE_END = r"[，,。？?！!；;呢吗啊是各分都]|$"
_FRAMES = re.compile(
    r"(?:面向|针对|对着)(?!性)"
    rf"|(?<![以未近本原将后从由向往起出回过进下年历素])来(?=[{_ONE_CHAR_DEEDS}])"
    r"|(?:管事|办事|做事|干事)(?=的|[，,。？?！!；;]|$)"
    # 「办事可以不用开证明」「办事能少跑腿」: the setting the deed is asked in, then a modal or
    # 时 — what is asked about that setting follows it (办事处, 办事大厅 go on and stay)
    r"|(?<![群众人民企业])(?:办事|办业务)(?=(?:的?时候?|时)|(?:都|也|还)?(?:可以|能|能够|不用|不必|无需|不需要|免|要|得|需要))"
    # 「某个行业的纠纷」: an indefinite 某 + classifier + a kind word — the user says a kind exists
    # without naming it; a report names the instance (茶事, 渔事), never the kind word. Only a
    # kind word goes: 「某类纠纷」 asks 纠纷, and 某 + classifier stays to say the slot is open
    # (``retrieval.clause_examples``: examples after it fill that slot)
    r"|(?<=某[个种类些一])(?:行业|领域|方面|类型|类别|种类|群体|产业)"
    # 「什么级别的」「哪个层级」: the slot asked, a kind of kind; the report writes the value (全国, 省级)
    r"|(?:什么|啥|哪个|哪一?种)(?:级别|层级|类型|类别|档次|等级)"
    r"|(?:请|找|叫|派)了?(?:个|些|几个|几位|一些)?人(?!大|民|员|才|社|事|口|身|家|力|格)(?:过来|来)?"
    r"|开(?:个|了|过|次|了个|过个)?会(?=(?:专题|专门)?(?:研究|部署|学习|讨论|听取|传达|审议))"
    # 「原计划多少场，实际完成了多少」: the target as first set and the result against it — 原 and
    # 实际 say which of the two figures is asked (``answering.plan_table``), never a topic
    r"|(?:原本|原来|原先|原)(?=计划|定|打算|目标)"
    r"|实际(?:上)?(?=完成|开展|举办|办理|达到|实现|培养|培训|建成|建设|签约|做了|搞了|办了|开了|落实)"
    # 「随身带的录像设备」「随身携带的小册子」: how a thing is carried, never which thing it is
    r"|(?:随身|贴身)(?:携带|佩戴|带着|带|戴着|戴|揣着|揣)的"
    r"|(?:专门|特意|特地|专程)(?=开|召开|研究|组织|学|抓|部署|听取|讨论|请|邀请|搞|做|办|安排"
    r"|成立|设立|组建|建立|制定|出台)"
    # 「把X单独作为一项工作来写」: the report giving X its own part, said of X, never a deed
    r"|(?:单独|专门)?(?:作为|当作|当成|看作|看成)(?:一项|一块|一个|单独的?)"
    r"(?:工作|内容|板块|方面|部分)(?:来)?(?:写|讲|说|谈|介绍)?"
    r"|(?:那|这)?(?:几|两|三|四|五|六|七|八|九|十)(?:家|个|份)(?:里头|里面|里边|当中|里)"
    r"|(?:年度|工作|法治政府建设)?报告(?:里头|里面|里边|当中|里|中)"
    # 「两份报告」「两份五年总结」: those in scope
    r"|(?:那|这)?[两几三四五六七八九十]份(?=[\u4e00-\u9fff]{0,6}(?:报告|总结))"
    r"|(?<=[今去前])年(?:上|交)?报(?:上来|送|交)?的"  # 「今年报的」: when it was filed
    # 「一条条列成单子」: one by one; not the nouns a measure opens (一条条例, 一个个体户)
    rf"|一({_MEASURE})\1(?!(?<=条)[例款约]|(?<=个)[体人]|(?<=项)目)"
    rf"|(?<![过失除回进上下出])去(?=[{_ONE_CHAR_DEEDS}查看听])"
    # 「各是什么数字」「具体数据是多少」「数量分别为多少」: the value asked for, no topic
    rf"|(?:什么|哪些|啥|多少|具体)(?:具体)?{_VALUE}(?={_VALUE_END})"
    rf"|(?:具体)?{_VALUE}(?=(?:各自?|分别|都)?(?:是|为|有)(?:什么|多少|几|啥))"
    # 「哪位市领导来过」「由哪个部门牵头」: the noun 哪位/哪个 asks for is the answer's slot, a
    # person or organ the report names (书记, 市委书记, 司法所) — never a word it must write
    # (部门 before 规章/预算/决算 is the compound's modifier: 部门规章 is the thing asked)
    r"|哪一?[位名个](?:中央|[省市区县镇乡]级?)?(?:领导人?|负责人|同志|官员|部门(?!规章|预算|决算)|机构|科室)"
    # 「哪些单位担任双组长」: the unit asked is the holder; a holder named (「由主要负责人担任组长」)
    # is a role the question sets (``conditions``), its verb left as said
    r"|(?:(?<=单位)|(?<=乡镇)|(?<=街道)|(?<=哪些)|(?<=哪个)|(?<=谁))(?:担任|出任|兼任)"
    r"(?=(?:双|副)?(?:组长|主任|队长|站长|指挥长|召集人))"
    rf"|{PROGRESS}"
    rf"|{PLAN_ASK}"  # 「目标定的多少」: a set figure asked (``plan_targets``)
    rf"|{PART_ASK}"  # 「在问题部分」「写进了存在的问题」: a part pointed into (``report_parts``)
    rf"|{BY_YEAR}"
    r"|(?:(?<=\d)|(?<=\d年))[两二三四五六七八九十]个?(?:年度|年)(?=的|里|中|间|分别|各)"
)


def without_frames(text: str) -> str:
    """``text`` with each asking frame blanked (same length, so positions keep their place)."""
    return _FRAMES.sub(lambda m: " " * len(m.group(0)), text)


_PRONOUNS = frozenset("人家 大家 咱们 他们 她们 你们 我们 大伙 大伙儿 别人 人们".split())
_DIRECTION = re.compile(r"[上下进出回过起][来去]")
_LOCATIVE = re.compile(r"[上下里外前后][面边头]")
_BEFORE_ALL = frozenset("当众 当面 当场 当即".split())


_FREQUENCY = frozenset("重新 频繁 经常 反复 再次 屡次 时常 常常 一再".split())
_NUMERALS = "一二两三四五六七八九十百千半"
_TIMES = re.compile(rf"[{_NUMERALS}][天年月日周番次回载遍趟][{_NUMERALS}][\u4e00-\u9fff]")
_FIRST_TIME = re.compile(r"头一[回次遭趟]")


def asking_word(word: str) -> bool:
    """``word`` is a word of how the user asks, by its build (see the module's classes)."""
    return (
        word in _PRONOUNS
        or word in _BEFORE_ALL
        or word in _FREQUENCY
        or bool(_DIRECTION.fullmatch(word) or _LOCATIVE.fullmatch(word))
        or (len(word) == 4 and word[0] == word[1] and word[2] == word[3])
        or (len(word) == 3 and word[1] == "着")
        or bool(_TIMES.fullmatch(word) or _FIRST_TIME.fullmatch(word))
    )


# 「说到新冠疫情的报告」「哪些报告讲到瓶改管」「谈及河长制的」: a verb of saying with its result
# complement says the report mentions what follows; jieba parts 说|到 and the lone 到 would
# open the topic (「到新冠」, a word no report writes). Only the verbs jieba parts from their
# complement are read here (提到, 谈到, 说起 come whole and are frame already); and
# the verb inside a word of its own (宣讲到村, 座谈, 编写, 听说) is no frame, nor the idiom
# 说到做到 (keeping one's word), which is the topic; nor 到位 after the verb (「把普法讲到位」
# says the deed was done thoroughly, as 落实到位 does, and mentions nothing) (review62).
_SAID_VERB = re.compile(
    r"(?<![宣演座访约书编撰听解小游填抄描改])(?:[说讲写](?:到了|到(?!位)|及)|讲起)(?!做到)"
)


def without_saying(text: str) -> str:
    """``text`` with each verb of saying and its complement blanked (same length)."""
    return _SAID_VERB.sub(lambda m: " " * len(m.group(0)), text)
