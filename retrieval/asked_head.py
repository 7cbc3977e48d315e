"""The thing a fact question asks for: by its kind (「配了什么装备」「请了哪些专家」) or, in a
yes/no question, by name (「有没有配执法记录仪」).

A question of the shape *verb + 什么/哪些 + noun* names what it wants twice: by the kind of
the answer (装备, 专家) and by the act that yields it (配, 请). A report's sentence answers it
only if it says one of them — the kind (or a spelling of it) or the act (配备 for 配, 邀请 for
请): a member of the kind is named through the act (「配备执法记录仪12台」 answers 「配了什么
装备」). A sentence that carries only the question's other words (「开展执法人员业务培训」 for
「执法人员配了什么装备」) speaks of the owner of the thing, not of the thing: quoting it as the
answer would invent. A vague head (工作, 措施, 活动) names no kind, nor does the answer's form (数字, 名称,
时间: 「“15441”总体架构是哪几个数字」 is told by the figures), and a bare verb of being or
doing (有, 是, 开展) names no act: they decide nothing. A yes/no question names the thing
itself after its verb (「有没有请律师」): only a sentence spelling it (or a synonym: 法律顾问)
answers; 「调解委员会调解纠纷56件」 says nothing of a lawyer. A thing named as a likeness
(「有没有类似普法讲座的活动」) is an example, not the thing asked: it decides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportqa.text import to_simplified
from retrieval.concept import Concept
from retrieval.vocabulary import GENERIC_NOUNS

__all__ = ["AskedHead", "asked_head"]

_WH = re.compile(r"(?:什么|啥|哪些|哪几[个种类项位名家]?|哪[种类项位名家个])(?:样的|样|的)?")
# heads that say "some thing" and no kind (the vocabulary's generic nouns and these): the rest
# of the question carries the need
_VAGUE = GENERIC_NOUNS | frozenset(
    "东西 事情 事 成果 亮点 特色 经验 办法 手段 问题 "
    # an outcome any deed fills: 「出过什么成绩」 is told by 获评先进集体
    "成绩 进展 变化 收获 突破 "
    # which sort: 「什么性质的组织」 is told by the sort's name (议事协调机构)
    "性质 类型 种类 类别 级别 层级 属性 样子 "
    # the answer's form, not a kind of thing: 「是哪几个数字」 is told by the figures themselves
    "数字 数据 数 名字 时间 日期 地点 地方 意思 "
    # a role in the practice any kind of thing fills: 「靠哪些力量」 is told by 综治中心, 法律顾问
    "力量 载体 抓手 途径 路径 方法 主体 资源 依托".split()
)
# verbs that name no act of their own: having, being, doing in general
_BARE_VERBS = ("有", "是", "搞", "干", "做", "弄", "开展", "进行", "采取", "包括", "涉及", "用")
# a yes/no question's own verb phrase before its object: 「有没有配执法记录仪」「是否聘请专家」
_WHETHER = re.compile(r"(?:有没有|有无|是否|是不是)(?:已经|已|都|曾)?")
_LIKE = re.compile(r"(?:搞|做|开展|办|有)?(?:类似|像|比如|例如|诸如|好比)")
_OBJECT_AT = 3  # the object starts within a verb of up to three characters after the asking
# a tail that names the frame of a practice, not the practice: 法律顾问制度 is said by 法律顾问
_FRAME_TAILS = ("制度", "机制", "体系", "工作", "情况", "活动")
_VERB = re.compile(r"([\u4e00-\u9fff])(?:了|过|的)?$")  # a spoken verb's own character


@dataclass(frozen=True)
class AskedHead:
    """``head``: the concept after the wh-word; ``verb``: the act before it ("" when bare)."""

    head: Concept
    verb: str

    def answered_by(self, sentence: str, spellings: Sequence[str] = ()) -> bool:
        """The sentence says the kind asked (``spellings``: its synonyms in the library too)
        or the act that yields it."""
        t = to_simplified(sentence)
        term = self.head.term
        core = next((term[: -len(x)] for x in _FRAME_TAILS if term.endswith(x)), "")
        said = (term, *self.head.alternatives, *spellings, *([core] if len(core) >= 2 else []))
        if any(a and a in t for a in said):
            return True
        return bool(self.verb) and self.verb in t


def asked_head(question: str, concepts: Sequence[Concept]) -> AskedHead | None:
    """The asked kind of ``question`` when it is a required concept written right after a
    wh-word and no vague head; else None (the question names no kind to hold a sentence to)."""
    q = to_simplified(question)
    for m in _WH.finditer(q):
        after = q[m.end() :]
        head = next(
            (
                c
                for c in concepts
                if c.required and any(after.startswith(a) for a in (c.term, *c.alternatives))
            ),
            None,
        )
        if head is None or head.term in _VAGUE:
            continue
        v = _VERB.search(q[: m.start()])
        verb = v.group(1) if v else ""
        if verb in _BARE_VERBS:
            verb = ""
        return AskedHead(head, verb)
    return _whether_object(q, concepts)


def _phrase_head(after: str, end: int, head: Concept, concepts: Sequence[Concept]) -> Concept:
    """The last noun of the phrase starting with ``head``: 「网络直播」 names a 直播 (网络 says
    which kind), so the report's 「普法直播177场」 says it."""
    while True:
        rest = after[end:].removeprefix("的")
        nxt = next(
            (
                (c, a)
                for c in concepts
                if c.required and c is not head
                for a in (c.term, *c.alternatives)
                if rest.startswith(a)
            ),
            None,
        )
        if nxt is None:
            return head
        head, end = nxt[0], len(after) - len(rest) + len(nxt[1])


def _whether_object(q: str, concepts: Sequence[Concept]) -> AskedHead | None:
    """A yes/no question's object (「有没有配执法记录仪」 → 执法记录仪): the thing whose presence
    is asked must itself be said — the act alone (配 of 「配备执法人员」) does not say it."""
    for m in _WHETHER.finditer(q):
        after = q[m.end() : m.end() + _OBJECT_AT + 8]
        found = [
            (after.find(a), a, c)
            for c in concepts
            if c.required and c.term not in _VAGUE
            for a in (c.term, *c.alternatives)
            if 0 <= after.find(a) <= _OBJECT_AT
        ]
        if _LIKE.match(after):
            return None  # 「有没有类似普法讲座的活动」: the thing named is an example, not asked
        if found:
            at, said, head = min(found, key=lambda f: f[0])
            head = _phrase_head(after, at + len(said), head, concepts)
            return None if head.term in _VAGUE else AskedHead(head, "")
    return None
