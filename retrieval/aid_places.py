"""Help given to places is cross-region aid: 「帮扶了哪些地方」 asks for 对口帮扶, not any 帮扶.

帮扶 (like 扶贫, 支援, 援助) in a government report has two senses. Said of people (帮扶困难
群众, 社会救助帮扶体系) it is relief at home; said of places (帮扶新疆塔县, 对口帮扶贵州赫章县) it is
the state's paired cross-region aid, which reports name as one family: 对口帮扶, 对口扶贫, 对口
支援, 扶贫协作, 东西部协作, 对口协作. (对口合作 is not of it: the economic pairing of
regions of equal standing, 广东–黑龙江, 深圳–哈尔滨, that reports list beside the aid as
another programme: 「汕尾陆河对口帮扶、广西田东扶贫协作以及黑龙江五常市对口合作」, review74.)
A question whose verb of helping takes a place as its object (「还帮扶了哪些地方」「帮扶的是哪几个县」) asks for that family; the relief sense would
answer it with a sentence on welfare that names no place.

So such a concept is read as the family's names, and only them: the bare verb is left out, or
「社会救助帮扶体系」 would still meet it. A verb of helping without a place after it
(「帮扶困难群众」「哪些地方开展了帮扶」: there 地方 is the units asked about, before the verb)
is left as it is. A question naming one of the family (「对口帮扶广西」) meets every other name
of it too (「扶贫协作广西4个极度贫困县」), beside the spellings it already has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

# the names reports give the paired cross-region aid programmes
FAMILY = (
    "对口帮扶",
    "对口扶贫",
    "对口支援",
    "对口协作",
    "扶贫协作",
    "东西部协作",
    "对口援助",
)
_HELPING = ("帮扶", "扶贫", "支援", "援助")
# the verb of helping, then (了/过/的是) a question word and a noun of places as its object
_PLACES_HELPED = re.compile(
    # (a region may stand before the question word: 「帮扶的分别是广西哪几个县」)
    r"(?P<verb>帮扶|扶贫|支援|援助)(?:了|过|的)?(?:(?:是|都是|分别是)[\u4e00-\u9fff]{0,3}?)?"
    r"(?:哪些|哪几个|哪几|哪个|哪一个|什么|几个)(?:地方|地区|县|县区|省|市|州|区)"
)


def places_helped(question: str, concepts: Sequence[Concept]) -> list[Concept]:
    """``concepts`` with a verb of helping whose object is places read as cross-region aid."""
    verbs = {m.group("verb") for m in _PLACES_HELPED.finditer(question)}
    out = []
    for c in concepts:
        if c.term in verbs and c.term in _HELPING:
            c = replace(c, alternatives=FAMILY)
        elif c.term in FAMILY:
            c = replace(c, alternatives=tuple(dict.fromkeys((*c.alternatives, *FAMILY))))
        out.append(c)
    return out


__all__ = ["FAMILY", "places_helped"]
