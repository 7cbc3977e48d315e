"""What a question says around its topic that asks for nothing: pointers back at the topic
(「执法公示这方面」), comments on how it went (「做得比较细」), idioms of effort (「在X上下了功夫」)
and remarks on what counts (「区级的也算」). Each is blanked, so the topic they point at is what
the question asks about."""

from __future__ import annotations

import re

__all__ = ["without_comment"]

# 「执法公示这方面」「村规民约那块」「合同审查这一块」: a pointer back at the topic just named
_POINTER = re.compile(r"(?:这|那)一?(?:块儿?|方面|部分|套|类)(?:工作|内容|情况)?")
# 「有进展」「有亮点」「做得好」「写得比较细」: how well the topic went, said of it, never a
# thing done; reports say what was done and rarely judge it in these words
_COMMENT = re.compile(
    r"有(?:进展|亮点|起色|成绩|特色|突破|看点)"
    r"|[做搞写抓干弄办]得(?:很|比较|较|更|最|挺)?(?:好|不错|扎实|细|详细|突出|出色|到位|实)"
)

# 「在X上下了功夫」「围绕X做文章」「在X方面有什么动作」「在X上动了脑筋」: a predicate idiom of
# effort says that the unit worked on the topic X — it is how people ask, like an asking verb;
# reports write what was done (优化营商环境, 开展普法), almost never 功夫/文章/动作 beside it.
# The 上 of the frame 「在…上」 goes with it (jieba cuts 上下 as one word).
_EFFORT = re.compile(
    r"上?(?:下|花|费|使)(?:足|够|大)?(?:了|过)?(?:哪些|什么|啥|多大|多少|不少|很多|很大|大|足|真|狠)?的?"
    r"(?:功夫|工夫|力气|气力|心思|心血|精力)"
    r"|上?动(?:了|过)?(?:哪些|什么|啥|不少|很多)?的?脑筋"
    r"|做(?:了|过)?(?:哪些|什么|啥|好|足|大)?的?文章"
    r"|有(?:什么|哪些|啥|些|没有|过)?新?(?:动作|招数|招儿|高招|妙招)"
    r"|(?<=[上面])(?:发力|使劲|用力|出力)"
    r"|[做搞干弄抓办]得?(?:怎么样|如何|咋样)"
)

# 「（全国的省里的都算）」「，区级的也算」: a remark on what counts widens the answer, it asks
# for nothing more (its words are no need)
_INCLUSIVE = re.compile(
    r"[（(][^（()）]*?(?:都|也|均)(?:算|行|可以?|包括)[^（()）]{0,3}[）)]"
    r"|[，,][^，,。？?！!]*?(?:都|也|均)(?:算|行|可以?|包括)[^，,。？?！!]{0,3}[。？?！!]?$"
)


def without_comment(text: str) -> str:
    """``text`` with its topic pointers, its comments on the topic and its idioms of effort
    blanked (same length): what the question asks about is the topic they point at."""
    for pattern in (_POINTER, _COMMENT, _EFFORT, _INCLUSIVE):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text
