"""A role or a team built, said as a net count: 「新增“法律明白人”10人」「发展网格员23名」.

A question asks that a unit built up a role (培养法律明白人, 建立调解员队伍); a report states it as
how many it added — 新增, 发展, 增加, 新聘 with a count of people or teams after the role
(「新增“法律明白人”10人」) or before it (「新发展人民调解员12名」). That is the deed of doing
(``vocabulary.DOING``) said in numbers, so beside the role named in full it stands for any verb
of doing, as 培育 does for 培养. Only with the count: 发展 and 增加 alone are everyday words
(经济发展, 增加收入) and say nothing of a role built.
"""

from __future__ import annotations

import re

__all__ = ["NET_VERBS", "net_counted"]

NET_VERBS = ("新增", "发展", "增加", "新聘")
# the verb, at most 16 characters of the role, then a count of people, posts or teams
_NET_COUNT = re.compile(
    r"(?:新增|新发展|发展|增加|新聘)[^，,。；;！？\n]{0,16}?"
    r"(?:[0-9０-９]+|[一二两三四五六七八九十百]+)\s*(?:名|人|位|支|个)"
)


def net_counted(text: str) -> bool:
    """``text`` states a net count of people or teams added (「新增“法律明白人”10人」)."""
    return _NET_COUNT.search(text) is not None
