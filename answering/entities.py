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

from answering.place_names_asked import names_place, place_level_asked
from answering.post_holder import named_after_title
from reportqa.text import to_simplified
from retrieval.category_heads import MEMBERS
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
    # 律师 of 律师事务所 is no name. A body a government sets up (「成立了什么机构」) is a 机构
    # too, named by its remit before its kind (县疫情防控指挥部, 法治建设领导小组): the same
    # members retrieval reads the category by (``retrieval.category_heads``)
    "机构": ("机构", "中心", "律师事务所", "事务所", "公司", *MEMBERS["机构"]),
    # … but a 机构 a government hires or commissions (「聘请了什么机构」「委托哪家机构」) is an
    # outside one: its own 领导小组 or 委员会 is set up, never hired (``asked_entity``)
    "受托机构": ("机构", "中心", "律师事务所", "事务所", "公司"),
    "社会组织": ("协会", "商会", "基金会", "中心", "社"),
    "单位": ("律师事务所", "事务所", "公司", "中心", "大学", "学院", "医院", "协会", "研究院"),
}
_KIND = "|".join(sorted(HEADS, key=len, reverse=True))
# verbs that take in an outside organisation: hiring, commissioning, buying its service
_HIRED = re.compile(r"聘请|聘用|聘任|选聘|委托|引进|购买|邀请|签约")
# a kind read more narrowly by the question's verb → the word the question writes
_WRITTEN = {"受托机构": "机构"}
# 「哪家律师事务所」「哪个律所的」「哪一所高校」「什么公司」: the kind right after the asking word
_ASKED = re.compile(rf"(?:哪家|哪个|哪一家|哪一个|哪所|哪一所|什么)(?P<kind>{_KIND})")
# what may stand right before a kind word and is no name: a count (1家, 多家), a determiner,
# a generic modifier, or a verb or preposition that opens the phrase
# a count is the whole phrase or carries its measure (3家, 两所, 多家); a numeral character
# ending a longer stem without one is part of a name (天津典一, 北京第一, 精一)
_NOT_NAME = re.compile(
    r"^(?:[\d０-９]+|[一二两三四五六七八九十百几多数若干]+)$|"
    r"(?:[\d０-９]+|[一二两三四五六七八九十百几多数若干]+)[家个所名位]$|"
    r"(?:聘请|聘任|聘用|选聘|邀请|委托|签约|依托|联合|协调|对接|组织|引进|购买|通过|借助|"
    r"与|和|同|跟|及|或|由|向|为|在|对|请|让|等|的|了|各|该|本|其|此|这|那|每|"
    r"全[县镇乡区市省]|[县镇乡区市省]级|专业|知名|优秀|相关|有关|辖区|当地|属地|本地|外地|社会|第三方|法律服务|律师|"
    r"家|个|所|名|位)$"
)
_QUOTED = re.compile(r"[”\"」』》]$")
_PUNCT = re.compile(r"[^\u4e00-\u9fff“”\"「」『』《》]")
# a firm's seat or branch bracketed inside its name, right before the kind word
# (重庆天亿(涪陵)律师事务所, 北京大成（上海）律师事务所): part of the name, no clause break
_SEAT = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[）)]$")


def asked_entity(question: str) -> str:
    """The kind of organisation a question asks the name of, or ""."""
    q = to_simplified(question)
    m = _ASKED.search(q)
    if not m:
        return ""
    if m.group("kind") == "机构" and _HIRED.search(q):
        return "受托机构"  # 「聘请了什么机构」: an outside one (``HEADS``)
    return m.group("kind")


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
            before = _SEAT.sub("", t[max(0, m.start() - 22) : m.start()])
            clause = _PUNCT.split(before[-14:])[-1]
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
    word = _WRITTEN.get(kind, kind)
    concepts = []
    for c in analysis.concepts:
        if word in c.alternatives or c.term == word:
            extra = tuple(h for h in heads(kind) if h not in c.alternatives)
            c = replace(c, alternatives=(*c.alternatives, *extra))
        concepts.append(c)
    return replace(analysis, concepts=tuple(concepts))


# 「…叫什么名字」「…的名称是啥」「全称是什么」: the words that ask for a name
NAME_ASKED = re.compile(r"叫什么|叫啥|什么名|名字|名称|全称|姓名")
_QUOTE = r"[“\"「『《][^”\"」』》]{2,40}[”\"」』》]"
# a quoted or titled name standing right before the thing (“清风”法治公园, 《…》栏目) …
_NAME_BEFORE = re.compile(rf"{_QUOTE}[\u4e00-\u9fff]{{0,6}}$")
# … or right after it (微电影《…》, 工作室“…”)
_NAME_AFTER = re.compile(rf"^[:：]?{_QUOTE}")
_ANY_QUOTED = re.compile(_QUOTE)
# 「对口“四县”」「“两个责任”」: a numeral and a kind counts the members and names none of them
_COUNTED_LABEL = re.compile(r"[一两二三四五六七八九十百\d]+[个项大条]?[\u4e00-\u9fff]{1,2}")
# … or after a verb of naming in its clause, unquoted: 「发现植物新物种并命名为坝光水蕨」
# 「发现鸟类新亚种，经鉴定命名为…」 — 命名为/取名为/定名为/名为/称为/叫做 introduce the name itself,
# in the thing's own sentence (a comma may stand between: the naming clause shares its subject)
_NAMED_AS = re.compile(
    r"^[^。；;！!？?]{0,24}?(?:命名为|取名为?|定名为|冠名为|名为|称为|叫做|叫作)[\u4e00-\u9fff]{2,}"
)
# what stands between the thing and the name word: 「那个普法活动叫什么」「志愿队的名字」
_BEFORE_ASKING = re.compile(r"(?:的|是|又|都|就|分别|各自|到底|究竟|具体|完整|正式|\s)+$")


def named_thing(question: str, terms: Sequence[str]) -> tuple[str, ...]:
    """What a 「…叫什么名字」 question asks the name of, as spellings: the concept (its
    ``terms`` as the analysis spells them) standing last before the name word, and the
    question's last one and two characters before it — a compound's kind is its end (志愿队 →
    队: 「“蓝色调解”志愿服务队」; 普法活动 → 活动). () when it asks no name."""
    q = to_simplified(question)
    m = NAME_ASKED.search(q)
    if not m:
        return ()
    before = _BEFORE_ASKING.sub("", q[: m.start()])
    han = re.search(r"[\u4e00-\u9fff]{1,2}$", before)
    best = max(((q.rfind(t, 0, m.start()), t) for t in terms), default=(-1, ""))
    spellings = [best[1]] if best[0] >= 0 else []
    if han:
        spellings += [han.group(0), han.group(0)[-1]]
    return tuple(dict.fromkeys(s for s in spellings if s))


def _gives(text: str, thing: Sequence[str]) -> bool:
    """A quoted or titled name standing with the thing, or holding it (《…工作要点》), or a
    name a verb of naming gives it (「新物种命名为坝光水蕨」), or a person's name written
    straight after the thing when it is a title or an honour (「国务院特殊津贴专家孙喜琢等」:
    reports write the honour before the name, as they write a post before it)."""
    quotes = [q for q in _ANY_QUOTED.findall(text) if not _COUNTED_LABEL.fullmatch(q[1:-1])]
    if any(t in q for q in quotes for t in thing if len(t) >= 2):
        return True
    if named_after_title(text, tuple(t for t in thing if len(t) >= 2)):
        return True
    for spelling in thing:
        pos = text.find(spelling)
        while pos >= 0:
            end = pos + len(spelling)
            if _NAME_BEFORE.search(text[max(0, pos - 48) : pos]) or _NAME_AFTER.match(text[end:]):
                return True
            if _NAMED_AS.match(text[end:]):
                return True
            pos = text.find(spelling, pos + 1)
    return False


def mentions(sentence: str, thing: Sequence[str]) -> bool:
    """Does the sentence mention the thing a name is asked of (one of its spellings)?"""
    t = to_simplified(sentence)
    return any(s in t for s in thing)


def names_given(
    sentences: Sequence[str], thing: Sequence[str], person: Callable[[str], bool] | None
) -> list[bool]:
    """Which sentences give the name of ``thing``. When some sentence mentions the thing, a
    quoted or titled name must stand with it (「建成“清风”法治公园」) and a person's name must
    be in a sentence mentioning it (「由镇长刘永春任组长」): 「推进法治文化公园建设」 names no
    park, and 「落实“两个清单”制度」 beside it names something else. When none mentions it
    (the thing is worded otherwise), any quoted name or person counts, as before."""
    texts = [to_simplified(s) for s in sentences]
    strict = [t for t in texts if any(s in t for s in thing)] if thing else []
    out = []
    for t in texts:
        if not strict:
            out.append(bool(_ANY_QUOTED.search(t)) or (person is not None and person(t)))
        elif level := place_level_asked(tuple(thing)):  # 「那四个县叫啥」: a county's name
            out.append(names_place(t, level))
        elif t in strict:
            out.append(_gives(t, thing) or (person is not None and person(t)))
        else:
            out.append(False)
    return out
