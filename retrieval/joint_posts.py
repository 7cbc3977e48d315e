"""「书记跟镇长俩人一起当组长」: a post held jointly is the one thing reports write 双组长.

Reports name a post two leaders share with 双 before it (「党委书记、镇长任双组长」「实行双
主任制」), or 共同担任; a speaker counts the holders instead (俩人一起, 两个人共同, 二人同时)
and adds a verb of holding (当, 挂帅, 担任). Read word by word, the count (俩人) and the verbs
are topic words no report writes, and the post alone (组长) is met by every report whose
secretary alone leads: the question asks for the joint post, so it is one concept spelled as
reports do and a condition of the sentence (``Concept.must``). The holders named before the
count (书记跟镇长) stay in the need but weigh lightly: reports name the pair as often by their
standing (「党委、政府主要领导为双组长」) as by their posts.

The speaker may also name the joint post as reports do and explain it by its holders
(「书记镇长一起当“双组长”」): the quoted 双组长 is then the reports' own spelling, matched whole and
a condition of the sentence, and the holders before 一起当 are a gloss of it, light as above
(许疃镇's 「主要领导为双组长」 names neither 书记 nor 镇长; 「书记为组长，镇长为副组长」 is no joint post).
The holders may also stand right before the post with no word of togetherness
(「领导小组是书记镇长双组长的」): 双 says it is held jointly, and the holders are its gloss as well.

The count, the togetherness and the holding verb are listed by kind and combined.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

_TWO = r"(?:俩人|俩|两人|两个人|两位|二人|两名|两个)"
_TOGETHER = r"(?:一起|一块儿?|共同|同时|一同|都|并列|联合)"
_HOLD = r"(?:挂帅|亲自)?(?:来|去)?(?:当|任|担任|出任|兼任|做|作|来当|挂帅)?(?:了|过)?"
_POST = r"(?:组长|主任|负责人|召集人|第一责任人|指挥长|队长|站长|河长|林长|路长|总指挥)"
# the post may follow the body it leads (当法治建设领导小组组长): the body stays in the need
_JOINT = re.compile(
    rf"{_TWO}{_TOGETHER}?{_HOLD}(?P<body>[\u4e00-\u9fff]{{0,10}}?)(?P<post>{_POST})"
)
# 「书记镇长一起当“双组长”」: the joint post named by the speaker, the holders before it a gloss
# 「书记镇长双组长的」「书记、镇长任双组长」: the holders may stand right before the post too,
# but only holders (a post ending in 长/记): a bare 「实行双组长」 names no holders, and the words
# before it (「扫黑除恶领导小组实行」) are the question's topic, never a gloss (review62)
_NAMED = re.compile(
    rf"(?:{_TOGETHER}{_HOLD}|(?<=[长记])(?:任|担任|兼任|当)?)"
    rf"(?P<body>)(?P<open>[“\"「『]?)双(?P<post>{_POST})[”\"」』]?"
)
# 「书记镇长一起当“双组长”」 once the quoted term is taken out as a concept (``quoted_items``
# leaves its marks): the holders before 一起当 explain the reports' own spelling only when that
# spelling is a joint post (「一起当“组长”」 asks the two to hold the 组长 together: no gloss)
_JOINT_SPELLING = re.compile(rf"^(?:双|共同|同为){_POST}")
_GLOSSED = re.compile(rf"{_TOGETHER}{_HOLD}[“\"「『]\s*[”\"」』]")
_CLAUSE = re.compile(r"[，,。？?！!；;：:]")  # blanks (a unit, an aside) break no clause
_PAIR = re.compile(r"跟|和|与|同|及|、")
_HEAD = re.compile(r"[是由为让请]")


def joint_posts(text: str) -> tuple[str, list[Concept]]:
    """``text`` without each post the question says two hold together (same length: the
    count, the verb and the post blanked, the body they lead kept) and their concepts."""
    out = []
    for m in (*_JOINT.finditer(text), *_NAMED.finditer(text)):
        post = m.group("post")
        spellings = (f"双{post}", f"共同担任{post}", f"同为{post}", f"共同任{post}")
        out.append(Concept(f"双{post}", spellings, True, must=True))
        named = "open" in m.re.groupindex  # 「一起当“双组长”」: the quotes and 双 go too
        post_at = m.start("open") if named else m.start("post")
        for s, e in ((m.start(), m.start("body")), (post_at, m.end())):
            text = text[:s] + " " * (e - s) + text[e:]
    return text, out


def holder_spans(text: str, quoted: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Where the holders named before a joint post stand (「书记跟镇长（街道就是主任）」);
    ``quoted``: the question's quoted terms, taken out of ``text`` already."""
    spans = []
    for m in _JOINT.finditer(text):
        start = max((c.end() for c in _CLAUSE.finditer(text, 0, m.start())), default=0)
        pair = list(_PAIR.finditer(text, start, m.start()))
        if not pair:
            continue
        head = list(_HEAD.finditer(text, start, pair[-1].start()))
        begin = max(start, head[-1].end() if head else start, pair[-1].start() - 6)
        spans.append((begin, m.start()))
    glossed = _GLOSSED.finditer(text) if any(map(_JOINT_SPELLING.match, quoted)) else ()
    named = (*_NAMED.finditer(text), *glossed)
    for m in named:  # 「是书记镇长一起当“双组长”」: the holders may run unjoined
        start = max((c.end() for c in _CLAUSE.finditer(text, 0, m.start())), default=0)
        head = list(_HEAD.finditer(text, start, m.start()))
        begin = max(start, head[-1].end() if head else start, m.start() - 12)
        spans.append((begin, m.start()))
    return spans


def light_holders(
    found: Sequence[tuple[int, int, Concept]], spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int, Concept]]:
    """``found`` with the concepts inside a holders' span (``holder_spans``) made light."""
    return [
        (s, e, replace(c, light=True)) if any(a <= s and e <= b for a, b in spans) else (s, e, c)
        for s, e, c in found
    ]
