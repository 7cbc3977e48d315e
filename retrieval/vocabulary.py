"""The words of questions that are not their topic, and nouns and verbs too general to decide
whether a report mentions it. Each list states a general fact about how Chinese questions
about government reports are phrased; none is here for one question."""

from __future__ import annotations

import re

QUESTION_WORDS = frozenset(
    [
        "哪些",
        "哪个",
        "哪几个",
        "哪一个",
        "哪里",
        "哪家",
        "几个",
        "多少",
        "多少个",
        "什么",
        "怎么",
        "怎样",
        "如何",
        "是否",
        "是不是",
        "有没有",
        "谁",
        "是谁",
        "吗",
        "呢",
        "吧",
        "啊",
        "请问",
        "请",
        "告诉",
        "介绍",
        "一下",
        "列出",
        "列举",
        "说说",
        "分别",
        "比较",
        "对比",
        "相比",
        "各",
        "各个",
        "每个",
        "提到",
        "提及",
        "提出",
        "报告",
        "乡镇",
        "乡",
        "镇",
        "街道",
        "情况",
        "方面",
        "哪",
        "几",
        "有",
        "都",
        "均",
        "中",
        "里",
        "其中",
        "它们",
        "这些",
        "那",
        "那么",
        "以及",
        "还有",
        "怎么样",
        "具体",
        "主要",
        "相关",
        "数量",
        "数",
        "件数",
        "人数",
        "个数",
        "次数",
    ]
)
# 第31轮（fact31）：多大、多远、多长、多高、多宽、多深、多重、多久 ask a size or a span as 多少 asks a
# count; a report answers with a number and its unit (223.72平方公里, 距县城15公里), never the word
# 「几月份开始请的」: a month asked (``when_asked``), as 几月 is; jieba keeps it one word
QUESTION_WORDS = QUESTION_WORDS | frozenset(
    [
        "多大",
        "多远",
        "多长",
        "多高",
        "多宽",
        "多深",
        "多重",
        "多久",
        "几月份",
        "哪月份",
        "几月",
        "几号",
    ]
)
# the frame of a question about reports, not its topic: 「哪些地方在报告里…」, 「原文…」,
# 「搞了/做过…」. Function words (adverbs, conjunctions, pronouns, particles, prepositions,
# modal particles) and verbs of saying (说到, 谈及, 提起) are frame by their part of speech:
# see ``is_frame``; this list holds the content words that frame a question all the same
QUESTION_FRAME = frozenset(
    "地方 单位 报告 报告里 原文 明确 讲 说 写 搞 搞了 做 做过 做了 干 干了 "
    "给 有没有 里面 一起 一级 事 事情 哪家 哪一年 一年 一下 还 也 过 曾 出来 "
    "起来 东西 有关 涉及 些 个 份 家 位 名 时候 这份 那份 该 最后 一共 总共 "
    "名字 叫 全称 当时 现在 期间 时 之前 之后 以前 以后 下面 底下 顺带 顺便 "
    "得有 交代 才能 先 又 加进来 加上 放在 最多 最少 最高 最低 最大 最小 更多 更少 "
    "除了 之外 以外 本身 自己 所在 所属 正在 已经 曾经 一直 仍然 尚 "
    "不同 区别 差别 不一样 一样 相同 有何 "
    # 「分别在干什么」「都做些什么」: asks what is done, as 怎么做 does; never a thing done
    "干什么 干啥 做什么 干嘛 "
    # 「执法队在干活办案」「网格员天天干活」: 干活 is to be at work, a verb as light as 搞 and 做;
    # reports write the work itself (办案, 巡查), never 干活
    "干活 干活儿 "
    # 跟 alone joins two things asked about (「县长跟书记」), as 和 does: never a topic
    "跟 "
    # position words after a scope (这些单位当中, 几个乡镇里头): among them, no topic
    "里头 里边 当中 之中 中间 "
    # 「原话是啥」「原句怎么写的」: asks for the words as written, as 原文 does, which every
    # answer quotes anyway; the words of the thing asked are the topic, never 原话
    "原话 原句 "
    # 「整个十三五」「整个2023年」: the whole of a period or place, as 一共 is the whole of a
    # count; a report's figure is of its period already and never writes the word beside it
    "整个".split()
)
# jieba part-of-speech tags of function words: d adverb, c conjunction, r pronoun, u particle,
# p preposition, y modal particle
FRAME_FLAGS = ("d", "c", "r", "u", "p", "y")
_SAYING = re.compile(r"[说讲谈写提][到了及起过]")


# nouns too general to decide whether a report mentions the topic
GENERIC_NOUNS = frozenset(
    "活动 工作 情况 方面 事项 内容 措施 举措 做法 频次 次数 数量 规模 水平 成效 效果 方式 形式 "
    "人员 队伍 单位 部门 辖区 范围 全镇 全乡 全区 全县 全市 全街 全年 今年 去年 目前 总额 总数 总量 金额 数额 比例 名称 全称 结果 人士 "
    # the period a report covers, said relative to it (「2021年的工作报告说上一年…」): a
    # report's counts are of its period, it rarely writes the word beside them
    "上一年 上年 上年度 年度 前一年 本年 本年度 当年 "
    # 「一整年都没有…」: the whole year is the report's period, written 全年 if at all
    "整年 一整年 整整一年 "
    # a five-year plan's period (「十三五新增了多少学位」) is a period too: a work report reviewing
    # it names it in the heading (「“十三五”发展回顾」), not beside each of its counts
    "十二五 十三五 十四五 十五五 "
    # a time in the year said around a deed (「年终述法」「宪法日前后」): reports write the deed
    # (述职述廉述法, 12·4 宣传) and often not when in the year it fell
    "年终 年底 年末 年初 年中 半年 上半年 下半年 前后 期间 前夕 之际 当日 "
    # 「执法队平时在干活办案」: usually, as the speaker says it; a report states what was done
    "平时 平常 平日 往常 "
    "群众 老百姓 百姓 民众 队员 成员 日子 时节 那天 当天".split()
)
# action words that jieba sometimes tags as nouns; never decisive on their own
SOFT_VERBS = frozenset(
    "利用 开展 实行 实施 推行 推进 组织 建立 设立 落实 提到 提及 聘请 签订 举办 召开 进行 采取 加强 "
    "完善 健全 执行 制定 印发 发放 参加 参与 组建 成立 配备 选聘 办理 做好 抓好 提高 提升 强化 要求 "
    "深化 坚持 注重 开办 引进 设置 使用 运用 依托 借助 通过 存在 取得 实现 做到 达到 "
    # 「充分发挥X作用/功能」: a verb of using, like 运用 and 依托; X is what the report names,
    # never a kind of X (``retrieval.compounds``: 发挥合法性审查 is no other 合法性审查)
    "发挥 "
    # verbs of improving (``IMPROVING_VERBS``) name no thing: the object does
    "改善 优化 改进 增强 营造 "
    # verbs of receiving an honour: the title carries the need, and reports write its receipt
    # as 获评 / 评为 / 命名为 / 建成…N个 (``honour_received`` reads whether it was received)
    "获评 评为 评上 荣获 入选 命名 "
    # verbs of issuing a document: a list, rule or catalogue is released by whichever of 印发 /
    # 发布 / 公布 / 出台 / 下发 / 编制 its writer chose, so beside the document's name the verb says
    # only that it was issued (「公布了权责清单」 is 「编制并公开权责清单」「更新《…清单》」)
    "发布 公布 出台 下发 编制 "
    # 「把…列成清单」「列出清单」: to list is how any list comes to be (reports write 编制 / 梳理 /
    # 制定 the 清单), so beside 清单/目录 the verb says only that the list was made (q81w80)
    "列成 列出 "
    # 「处理信访的事情」: handling a matter is written 受理 / 办理 / 接待 / 调处 / 办结 by whichever
    # the report chose, so 处理 says only that the matter (the object, which carries the need) was
    # dealt with, as 办理 does
    "处理".split()
)
# verbs of doing: setting up, building, training, carrying out. Before an object (「培养了调解
# 骨干」「搭建法治文化广场」) they say only that something was done, and reports use any of them
# for the same deed (培育 / 评选, 新建 / 建成), so beside its object each stands for all of them
# (``retrieval.evidence``); the object carries the need
DOING_VERBS = frozenset(
    "建立 建成 新建 组建 搭建 打造 建设 建起 设立 成立 开设 开办 创建 创办 培养 培育 培训 评选 "
    "评出 选树 推行 实行 实施 开展 推进 落实 举办 组织 配备 聘请 选聘 聘任 实现 完成 制定 提供".split()
)
# verbs of improving: 「改善营商环境」 in a question is 「优化营商环境」「营商环境持续改善」 in a
# report; beside its object each stands for all of them, as a verb of doing does. 营造 is one
# of them: reports 营造 an environment or a climate (「营造良好营商环境」「营造学法氛围」) and
# write the same deed as 优化/提升 it, so the thing made better is the need, not the verb
IMPROVING_VERBS = frozenset("改善 优化 提升 改进 完善 提高 加强 强化 增强 健全 营造".split())
# ways of learning a law: 「学习民法典」 in a question is 「民法典专题讲座」「民法典培训」
# 「宣讲民法典」 in a report; beside its object each stands for all of them
LEARNING_VERBS = frozenset("学习 学法 培训 讲座 宣讲 授课 轮训 辅导 研讨 解读".split())
_DEEDS = tuple(tuple(sorted(k)) for k in (DOING_VERBS, IMPROVING_VERBS, LEARNING_VERBS))
DOING = _DEEDS[0]  # 培养 ~ 培育 ~ 评选: any of them does the same deed


def kind_of_deed(term: str) -> tuple[str, ...]:
    """The verbs that stand for ``term`` beside its object (any verb of doing for 培养, of
    improving for 改善, of learning for 学习), or none."""
    return next((kind for kind in _DEEDS if term in kind), ())


# the one-character heads of a place of service (法律服务站, 调解室, 服务点, 司法所, 文化馆, 办事厅,
# 议事屋, 法治公园): a head names the kind of place, the words before it which one
PLACE_HEADS = frozenset("站室点所馆厅屋园")

# kinds of object a description ends with (「能录像的设备」「挂在胸前的仪器」): after 的 they
# name no kind of their own, the description before them says which device it is
DEVICE_HEADS = frozenset("设备 装置 仪器 器材 装备 工具 设施 机器 器械 机子".split())
# 「录像的那种设备」「自助办事的那类机器」: a demonstrative with its classifier between the 的 and the
# head only points at the kind the description says — the same head as 「录像的设备」
_DESCRIBED = re.compile(r"的(?:那种|那类|这种|这类|那个|这个|那些|这些|那样的|这样的)?\s*$")


def described_device(before: str, described_end: int | None) -> bool:
    """Is a device head preceded (``before``: the question up to it) by a description closed
    with 的: the description a concept ending at ``described_end``, or a stretch already read
    whole and blanked (``retrieval.phrase_concepts``: 「自助办事的机器」)?"""
    m = _DESCRIBED.search(before)
    if m is None or m.start() == 0:
        return False
    return m.start() == described_end or before[m.start() - 1] == " "


# generic heads: a kind of thing that takes its meaning from the word before it (法治+建设,
# 交界+地带); spelled with or without the head, it is one concept
GENERIC_HEADS = (
    "工作",
    "情况",
    "活动",
    "方面",
    "事项",
    "管理",
    "建设",
    "制度",
    "地带",
    "地区",
    "区域",
)


def is_frame(word: str, flag: str) -> bool:
    """A word of the question's frame, not of its topic: listed, a function word by its tag
    in the question, or a verb of saying with its complement (谈及, 说起, 写到). A listed
    action word stays a (soft) topic whatever jieba guesses: 通过 is 「pass」 as often as
    「by」."""
    if word in QUESTION_FRAME or _SAYING.fullmatch(word):
        return True
    return flag.startswith(FRAME_FLAGS) and word not in SOFT_VERBS
