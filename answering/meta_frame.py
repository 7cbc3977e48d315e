"""The words of a question about the reports as documents (years, levels, counts, 哪些/列出,
the frame nouns 报告/材料/工作, particles): what is left after them is a topic to search.

Why its own room: every metadata answer first asks whether a question is only about the
documents (「2023年的报告有哪些」) or also asks what they say (「2023年的报告里谁搞了述法」);
one list of frame words keeps those decisions the same everywhere.
"""

from __future__ import annotations

import re

# the words of a question about reports as documents; anything else is a topic to search
FRAME = re.compile(
    r"(?:19|20)\d{2}\s*年?度?|以前|之前|以后|之后|以来|[含包]括?|在内|及|"
    r"(?<=[县区市镇乡])级?层[面级]|级层[面级]|(?:国家|中央)(?:这一级|一级|这个层面|层面|层级|级别|级(?=的))|"  # 「市级层面的报告」: the rung, said with 层面
    # 「是哪个地方的」: the place of a report asked, as 哪里 asks it
    r"哪些地方|什么地方|哪一?个地方|哪几个?地方|哪里|哪儿|那边|这边|"
    # 「街道办事处的报告」: the 办事处 is the street's office, as 政府 is a town's
    r"(?<=街道)办事处|"
    r"(?<=[或和及])更[早晚]|"  # 「2019年或更早」: the range's end (``meta_select.year_range``)
    r"有?(?:哪几个?|哪些)年(?:份|度)?|"  # 「有哪几年的」: the reports' years asked, a list
    r"有哪些|哪些|哪几|哪个|哪[份篇]|哪一|几[份篇]|多少[份篇]|几个|多少个|有哪|列出|是什么|都|报告中|当中|之中|"
    # 「报告主体是乡的」: the 主体 of a report is the unit that reports, a document fact
    r"(?:报告|报送|填报)主体|"
    r"法治政府建设|法治政府|法治建设|法治工作|依法行政|工作|年度|报告|材料|文件|总结|"
    # 「乡镇的不要」「乡镇除外」: a rung refused narrows the list (``meta_select.NOT_TOWNS``)
    r"(?:乡镇|乡和镇|镇和乡)(?:级|一级|这一级)?的?(?:报告)?(?:不要|除外|不算|不用|不含|排除)|"
    r"(?:不要|不含|不包括|不算|除去)乡镇|"
    r"(?:你们?|您)(?:这里|这边|那里|那边|这|手上|手里|手头)|"  # 「你这库里」: the library addressed
    r"这里面|这其中|其中|里面|这些|这批|库中|库里|目前|现在|一共|共有|总共|分别|各自|各|有没有|自己|"
    r"来自|谁|单位|关于|它们|它俩|他们|两者|二者|属于|算是|和|与|跟|"
    # 「那份报告到底是讲哪一年的」「究竟有几份」: the asker's insistence, asking nothing more
    r"到底|究竟|"
    # 篇 is the measure of a written piece as 份 of a document: 「一篇报告」 is 「一份报告」
    r"[这那]?[一二两三四五六七八九十几0-9]+[份篇个家]|[这那]?[俩仨]|列一下|列一列|"
    # 「那它是哪一年的报告」「这家的报告」: a pointer back at the unit in scope names it
    r"^那(?=它|[这那该])|它(?![们俩])|[这那该]家|该单位|"
    # 「最新的一份」「最早那篇」「最近的报告」: which of a unit's reports, picked by its date
    r"最[新早晚近后]的?(?=[一这那]?[份篇]|报告)|"
    # 「再把这三个的报告年份列一下」「再列一下」: the turn goes on, asking nothing more — 再 before
    # a verb of asking only: 再审/再议 are things a report writes
    r"再把|再(?=[把将列看说来给查问讲])|"
    # 「2019到2021年的老报告」「2020年以前旧一点的报告」: the reports called old by the years just
    # said, no topic — with no year before it (「旧一点的报告有哪些」) 老 asks an order no list
    # of every report answers, so it stays a word of the question
    r"(?:(?<=年)|(?<=年的)|(?<=[前早])|(?<=[前早]的))[老旧](?:一点的?|些的?)?(?=的?(?:报告|材料))|"
    # 「帮我列一下」「麻烦给我查查」: a request for the list, asking nothing of the text
    r"(?:请|麻烦你?)?(?:你)?(?:帮|给|替)我们?(?=[列看查找数说统计整理汇总挑])|"
    # 「哪个是民族乡」: the kind of 乡 (``meta_select.ETHNIC_TOWN``), no topic
    r"民族(?=乡(?![镇村风]))|"
    # 苏木 is the Inner Mongolian 乡 (「有没有苏木的报告」): a kind of unit, as 乡 and 镇 are
    r"苏木|"
    r"不是|而是|写的|一级|级|及?以[上下]|政府|乡镇|街道|乡|镇|县|区|市|情况|"
    r"下面|下边|底下|下属|下辖|所辖|管辖|辖区内|境内|(?<=报告)[里内]|或者|或|"
    r"有|是|的|了|呢|吗|啊|呀|吧|嘛|哦|份|个|请问|[，,。？?！!、（）()\s]"  # 「…的报告啊」: a tone
)

# the one report in scope, where one unit's 哪年 is asked (``metadata_qa``): 「X那篇年度报告说的是
# 哪年」; and 「那份是哪年开的会」 — a work report is read at a meeting, so the bare meeting (no
# kind of its own, as 推进会 has) whose year is asked of one report is that one: its year is the
# report's (该份/该篇 as 这份, rev_fix88d). Dropped before the frame is read: 「这篇是哪个单位发的」
# asks the issuer of the one in scope. Frame there only: 「2017年那份国务院报告是谁作的」 asks no
# list of reports
THAT_ONE = re.compile(r"[这那该][份篇]|(?<=年)召?开的(?:会议?|大会)(?=[？?。！!\s]*$)")
# 「湖南省的乡镇报告」: a bare noun phrase naming reports asks for the list; so does one with the
# particle 呢 (「重庆的乡镇报告呢」): 「X呢」 asks "and what of X", and what a library has of X is
# its reports — after a turn about one unit too: the list replaces that scope, never narrows it
NOUN_PHRASE = re.compile(r"报告(?:呢|啊|呀)?[？?。！!\s]*$")
# 「区县级的呢」「街道的呢」 alone (a scope of units given, 「它们里头…」): 「X的呢」 asks "and the
# X ones", and the one thing a rung alone can pick out of units is those at that rung — the list
LEVEL_ONES = re.compile(
    r"^(?:那么?)?(?:乡镇街道|乡镇|街道|镇街|区县|县区|县市区|乡|镇|县|区|县市|市)(?:一?级|级别|层级)?"
    r"的(?:呢|啊|呀)[？?。！!\s]*$"
)
# 「有2019年的报告吗」「2019年的报告有吗」「街道的报告有没有」: whether there are reports of a kind
# or year — the reports named, then 有吗 ending the question — asks for those reports' list, never
# a topic's presence in them; its answer's units are the kind's or year's, not a unit talked about,
# so a follow-up swapping the year (「那2020年的呢」) asks the library again, not those units
ANY_REPORTS = re.compile(
    r"^有(?:没有)?[^？?，,。]{0,20}报告(?:吗|么|嘛)|报告(?:有吗|有么|有嘛|有没有|有不有)[？?。！!\s]*$"
)


def has_topic(text: str) -> bool:
    """Two Chinese characters left after the frame words: something the reports must say."""
    return bool(re.search(r"[\u4e00-\u9fff]{2,}", FRAME.sub("", text)))
