"""A thing described in the user's words, then named: 「雨水能渗下去的那种“海绵城市”」.

A user unsure the reports know a name says what the thing is first and names it after 的那种
(的这种, 的那类…), the name quoted or in brackets, sometimes after a plain head noun that the
name specifies: 「下雨天能把雨水吸进去的那种“海绵城市”」, 「居民点菜、政府买单的那种社区小项目
（微实事）」. The quoted or bracketed name is the user's name for the thing, the one a report
writes; the description before 的那种 and the head noun say what it is in everyday words no
report uses (下雨天, 点菜, 小项目) and must not be required beside it.

So such a clause is read as the quoted name alone. A description with no name after it
(「搞积分超市的那种村」) stays: it is the need. A bracket that scopes or concedes (「（街道不算）」
「（2024年）」) names nothing, and a description that asks (「哪些…的那种」) is the question itself.
"""

from __future__ import annotations

import re

_STOP = '，,。；;？?！!“”"「」『』（）()'
_DESCRIBED = re.compile(
    rf"(?:^|(?<=[，,。；;？?！!]))(?P<said>[^{_STOP}]{{2,40}}?)的(?:那|这)一?(?:种|类|样)"
    r"(?P<head>[\u4e00-\u9fff]{0,8}?)\s*"
    r"(?:[“\"「『](?P<quoted>[^”\"」』]{2,12})[”\"」』]|[（(](?P<bracketed>[\u4e00-\u9fff]{2,12})[）)])"
)
_ASKS = re.compile(r"哪|谁|几|多少|什么|有没有|是否|吗")
_NO_NAME = re.compile(r"不|除|只|年|算|含|包括")  # a bracket that scopes or concedes


def named_only(q: str) -> str:
    """``q`` with each described-then-named thing said by its name alone, quoted."""

    def name(m: re.Match) -> str:
        if _ASKS.search(m["said"] + m["head"]):
            return m.group(0)
        if m["bracketed"] and _NO_NAME.search(m["bracketed"]):
            return m.group(0)
        return f"“{m['quoted'] or m['bracketed']}”"

    return _DESCRIBED.sub(name, q)
