"""「再把其他区也加进来」「别的镇也算上，哪些镇提到X」: the rest of the library at a level, added.

其他/其它/别的/其余 before a level word (区, 镇, 街道, 乡镇, 报告) is a pointer, never a unit's
name: it points at every unit of that level in the library besides the ones just talked about.
Said with a verb of adding (加进来, 算上, 也加上), the units talked about stay in: the question is
asked over the whole library, the one the follow-up asks if it asks one, else the last question's
topic asked as a list. Read as a unit *named* 其他区, it is reported absent, and the last question
is asked again of the one unit — the very thing the user asked to go beyond.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_scope import last_thing
from reportqa.units import short_name

__all__ = ["others_added"]

# 其他/别的/其余 before a level or the reports: the rest of the library at that level
_OTHERS = (
    r"(?:其他|其它|别的|其余)的?"
    r"(?P<noun>乡镇街道|乡镇|街道|区县|报告|单位|地方|区|镇|乡|县)"
)
# the rest added to what was asked: 「再把其他区也加进来」「别的镇也算上」「其余街道一并纳入」
_ADDED = re.compile(
    rf"(?:那么?)?(?:再)?(?:把|将)?{_OTHERS}(?:的报告)?(?:也|都)?(?:一起|一并)?"
    r"(?:加进来|加进去|加上|加入|算上|算进来|算进去|放进来|包括进来|纳入进来|纳入|考虑进来)"
    # the verb ends its clause: 「把其他单位也纳入考核」 puts them into a deed, adds no units
    r"(?=[，,；;？?。!！\s]|(?:吧|呢|啊|一起|一下)|$)"
)
# a clause that asks on its own (「哪些区提到X」「有没有提到X」)
_ASKS = re.compile(r"哪|谁|有没有|是否|有无")
# what a clause says besides asking again: particles and frame words
_FRAME = re.compile(r"^(?:那么?|再|也|都|一起|一并)+|(?:吧|呢|啊)+$")
# a which-word with no level after it (「哪些提到了法律顾问」): the level added is the one asked
_BARE_WHICH = re.compile(r"(哪些|哪几个|哪个)(?!乡镇|街道|区县|报告|单位|地方|区|镇|乡|县)")
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?的?")


def others_added(q: str, prev_q: str, named: Sequence[str] = ()) -> tuple[str, str] | None:
    """The question asked over the whole library (the follow-up's own asking clause with the
    level in it, else its own words, else the last question's thing as a list over that level)
    and its note; None when ``q`` adds no rest of the library. The last question's units
    (``named``) and year are dropped from its thing: they scoped it to the one report the
    follow-up asks to go beyond."""
    m = _ADDED.search(q)
    if m is None:
        return None
    rest = q[: m.start()] + "，" + q[m.end() :]
    clauses = [_FRAME.sub("", c.strip()) for c in re.split(r"[，,；;？?。!！]", rest)]
    asking = [c for c in clauses if c and _ASKS.search(c)]
    own = [c for c in clauses if len(c) >= 2]
    noun = m.group("noun")
    if asking:
        asked = f"{_BARE_WHICH.sub(lambda w: w.group(1) + noun, asking[-1], count=1)}？"
    elif own:  # 「…，一共开展了多少场普法活动」: its own thing, asked as a list over the level
        asked = f"哪些{noun}提到{own[-1]}？"
    elif len(thing := _unscoped(last_thing(prev_q), named)) >= 2:
        asked = f"哪些{noun}提到{thing}？"
    else:
        return None
    return asked, f"（范围：全部{noun}，连同上一个回答的单位）"


def _unscoped(thing: str, named: Sequence[str]) -> str:
    """The last question's thing without the units and year that scoped it to one report."""
    for u in sorted(named, key=len, reverse=True):
        thing = thing.replace(u, "").replace(short_name(u), "")
    return _YEAR.sub("", thing).strip("，,的在 ")
