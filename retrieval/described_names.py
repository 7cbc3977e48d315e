"""A thing described in the user's words, then named: 「雨水能渗下去的那种“海绵城市”」.

A user unsure the reports know a name says what the thing is first and names it after 的那种
(的这种, 的那类…), the name quoted or in brackets, sometimes after a plain head noun that the
name specifies: 「下雨天能把雨水吸进去的那种“海绵城市”」, 「居民点菜、政府买单的那种社区小项目
（微实事）」. The quoted or bracketed name is the user's name for the thing, the one a report
writes; the description before 的那种 and the head noun say what it is in everyday words no
report uses (下雨天, 点菜, 小项目) and must not be required beside it.

So such a clause is read as the quoted name alone. A description with no name after it
(「搞积分超市的那种村」) stays: it is the need. A bracket that scopes or concedes (「（街道不算）」
「（2024年）」) names nothing, nor one that gives an example or a detail of the thing (「（比如长者
食堂）」「（每月一次）」「（…等）」, a number): it says what counts, not what the thing is called.
A description that asks (「哪些…的那种」) is the question itself.

A description may also hold the scope of the question — a unit, a year, a level (「福田区居民点菜
的那种…」「2021年…的那种…」): that is no gloss but what the question asks within, and dropping it
would widen the question or turn a fact asked of one unit into a list. Such a description is
left whole: a gloss word kept costs less than a scope lost.

The description may also end in a plain head noun that the bracketed name is a kind of, with no
的那种 right before it (「家门口那种巴掌大的小公园（口袋公园）」「楼下那种小小的图书室（农家书屋）」
is not: 室 ≠ 屋): the name ends with the head's last character — a compound's last character
names its kind — so the bracket names the described thing and the description (巴掌大, 小) is
the user's. The clause up to the bracket is read as the name alone, from the clause's start
or, when the clause asks (「哪些报告提到了…」), from after its verb of saying. A description
naming a unit of the library (「南山的小公园（口袋公园）」「绿塘的服务站（…）」, a place said
without its level character) is the question's scope: the description up to its 的 stays,
and the name replaces only the head (白岭的“口袋公园”).

A manner may be named unquoted after 的那种 (「执法不能一罚了之、要讲人性化的那种软性执法方式」,
「让群众少跑腿的那种一窗受理模式」): the noun phrase closing on 方式, 做法, 模式, 办法 or 方法 names a
way of working, specified by its own words (four characters or more before the manner noun:
软性执法, 一窗受理), and the description before 的那种 says in everyday words what that way is.
The name alone is the need, said unquoted (a quote after 提到 would ask for the string) and
without the manner noun, which reports rarely write beside the practice. Only a name the
product can read (a word of the thesaurus, of the register or of the dictionary: 软性执法) stands
for the description: an unknown coinage (「夜间上门的那种错时服务模式」 → 错时服务) keeps its
description, else its unknown part is dropped and the bare 服务 matches every report. A bare head after
的那种 (「…的那种村」「…的那种联系点」) names no manner: the description is the need and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_STOP = '，,。；;？?！!“”"「」『』（）()'
_DESCRIBED = re.compile(
    rf"(?:^|(?<=[，,。；;？?！!]))(?P<said>[^{_STOP}]{{2,40}}?)的(?:那|这)一?(?:种|类|样)"
    r"(?P<head>[\u4e00-\u9fff]{0,8}?)\s*"
    r"(?:[“\"「『](?P<quoted>[^”\"」』]{2,12})[”\"」』]|[（(](?P<bracketed>[^）)]{2,16})[）)])"
)
_ASKS = re.compile(r"哪|谁|几|多少|什么|有没有|是否|吗")
# a bracket that scopes or concedes, or gives an example or a detail of the thing
_NO_NAME = re.compile(r"不|除|只|年|算|含|包括|比如|例如|譬如|诸如|^如|^像|等|每|次|[0-9０-９]")
# a year, a number, or a level's character in the description: the question's scope
_SCOPED = re.compile(r"[0-9０-９]|年|[区县市镇乡街旗]")


# a description ending in 的 + a head noun, then a bracketed name ending as the head does
_KIND_NAMED = re.compile(
    rf"(?:^|(?<=[，,。；;？?！!]))(?P<said>[^{_STOP}]{{1,40}}?的(?P<head>[\u4e00-\u9fff]{{1,4}}))"
    r"[（(](?P<name>[\u4e00-\u9fff]{2,8})[）)]"
)
# the last verb of saying or doing with its aspect in an asking clause: the description after it
_SAID = re.compile(r"(?:提|讲|说|写|谈|做|搞|建|有)(?:到了|到|了|过)")
# a manner named unquoted after 的那种: its own words (four characters or more), the manner noun
_MANNER = re.compile(
    rf"(?:^|(?<=[，,。；;？?！!]))(?P<said>[^{_STOP}]{{2,40}}?)的(?:那|这)一?(?:种|类|样)"
    r"(?P<name>[\u4e00-\u9fff]{4,8}?)(?:方式|做法|模式|办法|方法)"
)


def _kind_named(m: re.Match, scoped: Callable[[str], bool]) -> str:
    said, head, name = m["said"], m["head"], m["name"]
    if name[-1] != head[-1] or name == head or _NO_NAME.search(name):
        return m.group(0)
    lead = ""
    if _ASKS.search(said):
        verbs = list(_SAID.finditer(said))
        if not verbs or _ASKS.search(said[verbs[-1].end() :]):
            return m.group(0)
        lead = said[: verbs[-1].end()]
    if _SCOPED.search(said[len(lead) :]):
        return m.group(0)
    if scoped(said[len(lead) :]):  # 「白岭的小公园（口袋公园）」: 白岭的“口袋公园”
        return f"{said[: said.rfind('的') + 1]}“{name}”"
    return f"{lead}“{name}”"


def _manner_named(m: re.Match, scoped: Callable[[str], bool]) -> str:
    """「哪些报告提到…的那种软性执法方式」 → 「哪些报告提到软性执法」; the clause as it was when the
    description asks with no verb of saying to end it, or holds the question's scope."""
    said, lead = m["said"], ""
    if _ASKS.search(said):
        verbs = list(_SAID.finditer(said))
        if not verbs or _ASKS.search(said[verbs[-1].end() :]):
            return m.group(0)
        lead = said[: verbs[-1].end()]
    if _SCOPED.search(said[len(lead) :]) or scoped(said[len(lead) :]):
        return m.group(0)
    return f"{lead}{m['name']}"


def named_only(
    q: str,
    scoped: Callable[[str], bool] = lambda _s: False,
    known: Callable[[str], bool] = lambda _s: True,
) -> str:
    """``q`` with each described-then-named thing said by its name alone, quoted;
    ``scoped`` tells a description that names a unit of the library, ``known`` a manner's
    name the product can read (an unknown one keeps its description)."""

    def name(m: re.Match) -> str:
        if _ASKS.search(m["said"] + m["head"]) or _SCOPED.search(m["said"]):
            return m.group(0)
        if m["bracketed"] and _NO_NAME.search(m["bracketed"]):
            return m.group(0)
        return f"“{m['quoted'] or m['bracketed']}”"

    q = _KIND_NAMED.sub(lambda m: _kind_named(m, scoped), _DESCRIBED.sub(name, q))
    return _MANNER.sub(
        lambda m: _manner_named(m, scoped) if known(m["name"]) else m.group(0), q
    )  # 「…的那种软性执法方式」
