"""How far a report's negation of a deed reaches: its whole clause, not the next two characters.

Reports say what is not yet done in the genre's fixed frames: a negator, a verb of
establishing or doing, then its object with whatever modifies it (「尚未聘请专职法律顾问」
「未能建立健全法律顾问制度」「未能聘请专业的法律顾问」), or several objects and deeds under the
one negator (「尚未聘请法律顾问、建立合法性审查机制」); or a list first and the negated deed after
it (「法律顾问、合法性审查等工作均未开展」). The evidence judge looks at the few characters
around a mention (``retrieval.negated_mention.negated``); these frames put the negator further away,
and the mention would be read as done. A negation reaches to its clause's end (，。；), and
across 、 (one list of deeds under one negator).

It stops where the clause turns: at a 的 that closes a relative clause (「对尚未建立法律顾问制度的
村全部配备了法律顾问」: the second 法律顾问 is done) — a 的 right before the mention only
modifies it — and at an aspect particle (了, 过), which marks another deed done. Only a
negator of a deed before a verb of establishing or doing counts: 未 in 未成年人 or 未来 and
没有 of mere absence (没有发生) negate no deed of the question.
"""

from __future__ import annotations

import re

_NEGATOR = r"(?:尚未|未能|未曾|从未|仍未|还未|暂未|还没有|没有|未)"
# the verbs of establishing or staffing a report negates: 组建 a team, 配齐 its posts, 聘用
# its people are as much 「not yet done」 as 建立 and 聘请 (「未组建专职调解队伍」「尚未配齐」);
# 启动 a programme likewise (「“法律明白人”培养尚未启动」: nothing begun, nothing done)
DEEDS = (
    "聘请|聘用|建立|开展|设立|配备|落实|制定|成立|实现|出台|建成|启用|组织|举办|召开"
    "|实行|推行|引入|完成|签订|形成|设置|组建|配齐|配强|搭建|启动"
)
_DEED = rf"(?:{DEEDS})"
_CLAUSE = r"[^，,。；;！？!?\n]"
# the negator, its verb (and 健全/完善/起 after it, or the 过 of 「尚未组织过」: never done —
# the verb's own aspect, no particle closing a clause), then the rest of the clause to the mention
_BEFORE = re.compile(rf"{_NEGATOR}{_DEED}(?:健全|完善|起来?)?过?(?P<gap>{_CLAUSE}{{0,14}})$")
# 「X、Y等工作均未开展」: the mention in a list (、 or 等 after it) that the clause negates
# 「镇综合行政执法队伍尚在组建中」: a body still being set up, right after its name, is not
# there yet (仍在推进 goes on with a thing that is, 正在建设 a thing partly in use: no verb of
# setting a body up)
_PENDING = re.compile(r"[^，,。；;的了过]{0,2}?(?:尚|仍|还|正)在(?:组建|筹建|筹备)(?:中|之中|阶段)")
_AFTER = re.compile(
    rf"(?P<gap>{_CLAUSE}{{0,14}}?)(?:均|都|尚|仍|也|还)?{_NEGATOR}{_DEED}(?:{_CLAUSE}{{0,4}})(?:$|[，,。；;！？!?\n])"
)


def reached(text: str, pos: int, end: int) -> bool:
    """Does a negated deed of the clause reach the mention at ``text[pos:end]``, or a body
    still being set up right after it (「…执法队伍尚在组建中」)?"""
    head = text[: end + 24]  # the clause's window lies inside it: no negator here, none there
    if "未" not in head and "没" not in head:
        # the cheap test first: this runs for every mention of every sentence
        return "在" in text[end : end + 5] and bool(_PENDING.match(text, end))
    start = max((text.rfind(ch, 0, pos) for ch in "，,。；;！？!?\n"), default=-1) + 1
    if "未" not in text[start : end + 24] and "没" not in text[start : end + 24]:
        return False
    m = _BEFORE.search(text, start, pos)
    if m and _open(m.group("gap")[:-1] if m.group("gap").endswith("的") else m.group("gap")):
        return True
    after = _AFTER.match(text, end)
    return (bool(after) and _listed(after.group("gap"))) or bool(_PENDING.match(text, end))


def _open(gap: str) -> bool:
    """Nothing in ``gap`` closes the negated deed: no relative 的, no aspect particle."""
    return not re.search(r"[的了过]", gap)


def _listed(gap: str) -> bool:
    """The mention is an item of a list the clause then negates: 、 or 等 follows it, and
    nothing closes the list before the negator."""
    return ("、" in gap or "等" in gap) and _open(gap)
