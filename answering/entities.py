"""Questions that ask for a name: 「聘的是哪家律师事务所」「和哪个高校合作」「是哪个律所的」.

Such a question is answered only by a sentence that names one: a proper name standing before
the kind word (「岚溪县明信律师事务所」「与岚溪学院合作」) or a quoted name before it
(「“明信”律师事务所」). A sentence with the kind word and no name (「聘请1家律师事务所」「与律师
事务所加强协作」「为12家企业」) shows the report mentions the thing without saying which: the
answer says so and shows that passage as related, never as the answer.

Kinds are organisations a report names (the heads of their names); a spoken or collective word
for one is read as the heads it covers (高校 → 大学/学院, 律所 → 律师事务所).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from reportqa.text import to_simplified
from retrieval.query import Analysis

# kind word (as asked) → the heads that end the names of such organisations in reports
HEADS: dict[str, tuple[str, ...]] = {
    "律师事务所": ("律师事务所",),
    "律所": ("律师事务所", "律所"),
    "事务所": ("事务所",),
    "高校": ("大学", "学院", "高校"),
    "大学": ("大学", "学院", "高校"),  # spoken 大学 is any college
    "学院": ("学院",),
    "学校": ("学校", "小学", "中学", "大学", "学院"),
    "医院": ("医院",),
    "银行": ("银行",),
    "公司": ("公司",),
    "企业": ("公司", "企业", "集团"),
    "协会": ("协会",),
    "商会": ("商会",),
    "基金会": ("基金会",),
    "研究院": ("研究院",),
    "机构": ("机构", "中心", "事务所", "公司"),
    "社会组织": ("协会", "商会", "基金会", "中心", "社"),
}
_KIND = "|".join(sorted(HEADS, key=len, reverse=True))
# 「哪家律师事务所」「哪个律所的」「哪一所高校」「什么公司」: the kind right after the asking word
_ASKED = re.compile(rf"(?:哪家|哪个|哪一家|哪一个|哪所|哪一所|什么)(?P<kind>{_KIND})")
# what may stand right before a kind word and is no name: a count (1家, 多家), a determiner,
# a generic modifier, or a verb or preposition that opens the phrase
_NOT_NAME = re.compile(
    r"(?:[\d０-９]+|[一二两三四五六七八九十百几多数若干]+)[家个所名位]?$|"
    r"(?:聘请|聘任|聘用|选聘|邀请|委托|签约|依托|联合|协调|对接|组织|引进|购买|通过|借助|"
    r"与|和|同|跟|及|或|由|向|为|在|对|请|让|等|的|了|各|该|本|其|此|这|那|每|"
    r"全[县镇乡区市省]|[县镇乡区市省]级|专业|知名|优秀|相关|有关|辖区|当地|属地|本地|外地|社会|第三方|法律服务|律师|"
    r"家|个|所|名|位)$"
)
_QUOTED = re.compile(r"[”\"」』》]$")
_PUNCT = re.compile(r"[^\u4e00-\u9fff“”\"「」『』《》]")


def asked_entity(question: str) -> str:
    """The kind of organisation a question asks the name of, or ""."""
    m = _ASKED.search(to_simplified(question))
    return m.group("kind") if m else ""


def kind_named(question: str) -> str:
    """The organisation kind a 「…律所叫什么名字」 question names (the longest), or ""."""
    q = to_simplified(question)
    return max((k for k in HEADS if k in q), key=len, default="")


def heads(kind: str) -> tuple[str, ...]:
    return HEADS.get(kind, (kind,))


def _last_open(before: str) -> str:
    """What is left of a clause after its last opening word (聘请, 与, 由 …)."""
    cut = 0
    for m in re.finditer(
        r"聘请|聘任|聘用|选聘|邀请|委托|签约|依托|联合|对接|引进|借助|与|和|同|跟|由|向|为|对|请",
        before,
    ):
        cut = m.end()
    return before[cut:]


def names_entity(sentence: str, kind: str) -> bool:
    """Does the sentence name an organisation of the asked kind?"""
    t = to_simplified(sentence)
    for head in heads(kind):
        for m in re.finditer(re.escape(head), t):
            clause = _PUNCT.split(t[max(0, m.start() - 14) : m.start()])[-1]
            if _QUOTED.search(clause):
                return True
            name = _last_open(clause)
            if len(name) >= 2 and not _NOT_NAME.search(name):
                return True
    return False


def mentions_kind(sentence: str, kind: str) -> bool:
    t = to_simplified(sentence)
    return any(h in t for h in heads(kind))


def with_heads(analysis: Analysis) -> Analysis:
    """The asked kind's concept spelled as every head it covers (高校 ~ 大学/学院), so the
    sentence that names a 学院 is found for a question about a 高校."""
    kind = asked_entity(analysis.question)
    if not kind:
        return analysis
    concepts = []
    for c in analysis.concepts:
        if kind in c.alternatives or c.term == kind:
            extra = tuple(h for h in heads(kind) if h not in c.alternatives)
            c = replace(c, alternatives=(*c.alternatives, *extra))
        concepts.append(c)
    return replace(analysis, concepts=tuple(concepts))


# 「…叫什么名字」「…的名称是啥」「全称是什么」: the words that ask for a name
NAME_ASKED = re.compile(r"叫什么|叫啥|什么名|名字|名称|全称|姓名")
# a quoted or titled name standing right before the thing (“清风”法治公园, 《…》栏目) …
_NAME_BEFORE = re.compile(r"[“\"「『《][^”\"」』》]{2,20}[”\"」』》][\u4e00-\u9fff]{0,6}$")
# … or right after it (微电影《…》, 工作室“…”)
_NAME_AFTER = re.compile(r"^[:：]?[“\"「『《][^”\"」』》]{2,20}[”\"」』》]")


def named_thing(question: str, terms: Sequence[str]) -> tuple[str, ...]:
    """What a 「…叫什么名字」 question asks the name of: the concept (its ``terms`` as the
    analysis spells them) standing last before the name word; () if none does. Its last
    two characters spell its kind too (法治文化公园 → 公园: a report may name a 法治公园)."""
    q = to_simplified(question)
    m = NAME_ASKED.search(q)
    if not m:
        return ()
    best = max(((q.rfind(t, 0, m.start()), t) for t in terms), default=(-1, ""))
    if best[0] < 0:
        return ()
    return tuple(dict.fromkeys((best[1], best[1][-2:])))


def gives_name(sentence: str, thing: Sequence[str], person: Callable[[str], bool] | None) -> bool:
    """Does the sentence give the name of ``thing``? A quoted or titled name must stand with
    it (「建成“清风”法治公园」), a person's name in a sentence that mentions it (「由镇长刘永春
    任组长」). 「推进法治文化公园建设」 mentions the park and names none; 「落实“两个清单”制度」
    names something else. Without a known thing, any quoted name or person counts."""
    t = to_simplified(sentence)
    if not thing:
        return bool(_ANY_QUOTED.search(t)) or (person is not None and person(t))
    mentioned = False
    for spelling in thing:
        pos = t.find(spelling)
        while pos >= 0:
            mentioned = True
            end = pos + len(spelling)
            if _NAME_BEFORE.search(t[max(0, pos - 28) : pos]) or _NAME_AFTER.match(t[end:]):
                return True
            pos = t.find(spelling, pos + 1)
    return mentioned and person is not None and person(t)


_ANY_QUOTED = re.compile(r"[“\"「『《]([^”\"」』》]{2,40})[”\"」』》]")
