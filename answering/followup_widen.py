"""A follow-up that lifts the level the last question was asked at: 「全部列出来，不限街道」
「不管乡还是镇，都算上」「不光街道，其他的也列一下」.

After 「有哪些街道在报告里讲了营商环境？」 such words add nothing to ask: they take the level word
off the last question and keep its topic and shape, so the same question is asked over every
level of the library — never over the units the last answer listed (those are the narrower
set the user is widening), and never with the lifting words searched as a topic.
"""

from __future__ import annotations

import re

# the words that lift a limit: 不限/不管/不论/不分/不只/不光/不仅 before what is lifted, or
# 全部/所有 with a verb of listing (「全部列出来」): 「所有报告」 alone is a new question
_LIFT = re.compile(
    r"(?:不限|不管|不论|不分|不只|不光|不仅|不用管)(?:是)?(?:乡镇|街道|区县|乡|镇|县|区|级别|层级)"
    r"|(?:全部|所有|全都)(?:的)?(?:都)?(?:列出来|列一下|列举|列全|列上|算上|算进来)"
    # 「县区的也算上呢」「把街道也加进来」: another level let in beside the one asked — the
    # limit lifted as by 不限 (a topic 「把培训也算上」 is no level: ``_FRAME`` keeps it)
    # (「别的区也算上呢」 adds the other units of the level asked: ``followup_others``, no lift)
    r"|(?<!其他)(?<!别的)(?<!其余)(?<!其他的)(?<!其余的)"
    r"(?:乡镇|镇街|街道|区县|县区|县市区|乡|镇|县|区)(?:一?级)?(?:的)?(?:报告)?(?:也|都)+"
    r"(?:算上|算进来|算进去|加上|加进来|包括进来|包括上|列上|列进来|放进来)"
    # 「再加上区县的」「那再算上乡镇一级的呢」: the verb of adding said before the level
    r"|(?:加上|算上|包括上)(?:乡镇|镇街|街道|区县|县区|县市区|乡|镇|县|区)(?:一?级)?(?:的)?(?:报告)?"
    r"(?=[呢吧？?。!！\s]*$)"
)
# what a widening may say besides: levels, listing verbs, particles, 其他/别的 (the rest)
_FRAME = re.compile(
    r"不限|不管|不论|不分|不只|不光|不仅|不用管|全部|所有|全都|都|也|"
    r"列出来|列一下|列举|列全|列上|算上|算进来|包括进来|包括|算|给我|列|"
    r"是|还是|或者|和|跟|与|级别|层级|一级|哪一级|什么级别|"
    r"乡镇|镇街|街道|区县|县区|县市区|乡|镇|县|区|其他的?|别的|其余的?|单位|地方|报告|"
    r"算进去|加上|加进来|包括上|列进来|放进来|把|"
    r"^那么?|^那就|再|的|了|吧|呢|啊|"
    r"[？?。！!，,、；;\s]"
)
# the level words of a which-question's asked noun: 「有哪些街道…」「哪几个乡镇…」, every one of
# them (「哪些乡镇街道」「哪些乡镇和街道」)
# (a joining 和 is taken only before another level: 「哪些乡镇和村」 keeps 和村)
_RUNG = r"(?:乡镇|镇街|街镇|街道|区县|县区|乡|镇|县|区)"
_ASKED_LEVEL = re.compile(rf"(哪些|哪几个|哪几家|哪个|各){_RUNG}(?:(?:和|、|及|或)?{_RUNG})*")
# 「街道的报告里（不算乡和镇），」「乡镇一级的报告里，」: a level said as the reports searched
_OVER_LEVEL = re.compile(
    r"^(?:(?:乡|镇|街道|乡镇|区县)(?:、(?:乡|镇|街道))*(?:一级)?的报告里(?:（[^）]*）)?[，,])"
)


def lifts_level(q: str) -> bool:
    """Does the follow-up only lift a limit (「全部列出来，不限街道」), asking nothing new?"""
    return bool(_LIFT.search(q)) and not _FRAME.sub("", q)


def widened(prev_q: str) -> str | None:
    """The last question over every level: its level word taken off (「有哪些街道…」 →
    「有哪些地方…」), or None when it named no level to lift."""
    asked = _OVER_LEVEL.sub("", prev_q)
    asked = _ASKED_LEVEL.sub(r"\1地方", asked)
    return asked if asked != prev_q else None
