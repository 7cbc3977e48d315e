"""「X县已经拿到全国法治政府建设示范市称号了吗」: an honour asked as received, not as sought.

Reports name an honour two ways: as received (「被命名为第二批全国法治政府建设示范市」「荣获…称号」
「成功创建…」「创成…」「入选…」) and, far more often, as the goal of a campaign (「以市、县联创
“全国法治政府建设示范市”为抓手」「争创…」「力争创成…」「迎接…评估验收」). A user who asks with a
verb of receiving (拿到, 获得, 评上, 被评为) and no verb of striving asks whether the unit holds the
honour: a sentence that only strives for it answers nothing, however well it spells the name
(``retrieval.honours`` reads the name; this reads the verb). A clause telling it received with a
word of intent (力争获评, 争取创成, 目标是获得) is still a goal. A question offering striving too
(「在争创或者已经拿到」) is left to the name (``retrieval.honours``).
"""

from __future__ import annotations

import re

from reportqa.text import to_simplified
from retrieval.honours import honours_in

__all__ = ["asks_received", "tells_received"]

_RECEIVE_ASKED = re.compile(
    r"拿到|拿过|拿下|拿了|得到|得过|获得|获评|荣获|获颁|评上|评为|被评|被授予|被命名|授予|命名为|"
    r"当选|创成|获"
)
_STRIVE = re.compile(r"争创|创建|申报|申创|争取|冲刺|迎接|迎检|联创|力争|在创")
# a clause that tells the honour received: a verb of receiving, or a campaign brought to its end
# (成功创建, 创建成功, 通过…验收, 授牌)
_RECEIVED = re.compile(
    r"被评为|被授予|被命名为|被确定为|被列为|被表彰为|获评|荣获|获得|获颁|获批|荣膺|摘得|入选|"
    r"评为|命名为|授予|创成|成功创建|创建成功|成功创成|通过[^，。；]{0,12}验收|授牌"
)
_INTENT = re.compile(r"力争|争取|确保|目标|计划|拟|将|努力|冲刺|争创|申报|迎接")
_CLAUSES = re.compile(r"[^，,；;。！？!?]+")


def asks_received(question: str) -> bool:
    """Does the question ask an honour it names as received (a verb of receiving before or
    after the name), with no verb of striving offered beside it?"""
    q = to_simplified(question)
    named = honours_in(q)
    if not named or _STRIVE.search(q):
        return False
    return any(
        _RECEIVE_ASKED.search(q[s:e]) or _RECEIVE_ASKED.search(_rest(q, e)) for s, e, _ in named
    )


def _rest(q: str, at: int) -> str:
    """The rest of the clause after ``at`` (「…的称号哪个县拿到了」: the verb said last)."""
    return re.split(r"[，,。！？?!；;]", q[at:])[0]


def tells_received(text: str) -> bool:
    """Does some clause of ``text`` tell an honour received, without a word of intent?"""
    said = to_simplified(text)
    return any(_RECEIVED.search(c) and not _INTENT.search(c) for c in _CLAUSES.findall(said))
