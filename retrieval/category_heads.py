"""A category noun the question asks by — 机构, 称号, 文件 — is met by its members as reports
write them.

Users name a class by its category word: 「靠什么机构来抓法治建设」「设了哪些议事协调机构」
「拿过什么称号」「审查了多少份文件」. Reports write the members and almost never the category:
the body by its kind (「法治政府建设工作领导小组」「依法治镇委员会」「工作专班」), the honour by
the verb conferring it (「荣获全国法治政府建设示范市」「获评…示范地区」「被命名为…」), the document
by its kind (「审查规范性文件18件」「审核合同35份」「征收补偿决定42份」). Required literally, the
category word excluded every report that names the member only.

The noun is a category only where the question asks the class: headed by a determiner, a
numeral or a classifier (什么, 哪些, 这类, 多少份), with no word of content between but the
class's own qualifiers (议事, 协调, 领导, a level word 市级) — or named by its official class
name (议事协调机构). A noun with content before it (法律服务机构, 执法机构) names its own kind,
and one before a noun it modifies (机构改革, 文件精神) is part of a fixed term: both stay as
written. The category stays required; its members count as its spellings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from retrieval.concept import Concept

Tagger = Callable[[str], list[tuple[str, str]]]

# the members a report writes for each category; closed lists of the genre's kinds
MEMBERS: dict[str, tuple[str, ...]] = {
    # coordinating bodies: named by their kind (委员会, 领导小组, 专班, 办公室 of 依法治X办)
    "机构": (
        "委员会",
        "领导小组",
        "工作小组",
        "小组",
        "工作专班",
        "专班",
        "工作组",
        "办公室",
        "指挥部",
    ),
    # honours: conferred by a verb, the frame noun seldom written; the conferrer may stand
    # between 被 and the verb (「被省委依法治省办评为」「被省政府命名为」) and the naming may be
    # a noun received (「获得“全省法治政府建设示范县”命名」): the bare verb spells it too
    "称号": (
        "荣誉称号",
        "荣誉",
        "荣获",
        "获评",
        "被评为",
        "被授予",
        "被命名为",
        "命名",
        "评为",
        "授予",
        "创成",
        "入选",
    ),
    # documents: by their kind (the category word only in 规范性文件, 红头文件)
    "文件": (
        "规范性文件",
        "红头文件",
        "决定",
        "合同",
        "协议",
        "决策",
        "办法",
        "规定",
        "方案",
        "细则",
    ),
}
# a document a unit 出台/印发/制定 is one it writes itself — a rule, a measure, a plan — never
# a contract it signed or reviewed (合同, 协议) nor a decision it took (决策, 决定): those are
# documents only of 审查/审核 (「审查了多少份文件」 reads every kind)
_ISSUED = frozenset(("规范性文件", "红头文件", "办法", "规定", "方案", "细则"))
_ISSUES = re.compile(r"出台|印发|制定|制发|发布|下发|颁布")
# a coordinating body (议事协调机构) asked by its class name: a leading group, a task force,
# or a committee named by the remit it coordinates (依法治镇委员会, 法治建设委员会). A bare
# 委员会 or 办公室 is any body — 人民调解委员会 and 村民委员会 are mass organisations, 党政办公室 a
# standing office — none of them a 议事协调机构
COORDINATING = (
    "领导小组",
    "工作小组",
    "工作专班",
    "专班",
    "指挥部",
    *(f"治{k}委员会" for k in "国省市县区镇乡街旗"),
    "建设委员会",
    "协调委员会",
)
# words between the determiner and the category that only narrow the class: its official
# qualifiers and a level (「这类议事机构」「多少份市级文件」)
_QUALIFIERS = frozenset(
    "议事 协调 议事协调 领导 专门 专项 常设 临时 荣誉 本级 上级 市级 县级 区级 镇级 乡级".split()
)
# a level is the asked unit's rung, a need of its own (never lightened here)
_LEVELS = frozenset("本级 上级 市级 县级 区级 镇级 乡级".split())
# a class name by itself: 议事机构, 议事协调机构 (the bodies of 「设了议事协调机构」)
_CLASS_NAMES = frozenset("议事 协调 议事协调".split())
# what heads the class asked: a pronoun (什么, 哪些, 这), numeral (多少, 几), classifier (类, 份)
_HEADS = ("r", "m", "q")
_HEAD_WORDS = frozenset("之类 之类的 这类 这种 此类 各类 各种 哪类 哪种 啥 等".split())
_CLASSIFIERS = frozenset("份个件项类种家批")
_NOUN = re.compile(r"^(?:n|vn)")


def asked_categories(question: str, tagged: Tagger) -> tuple[set[str], set[str], set[str]]:
    """The category nouns ``question`` asks by as a class (see the module docstring), the
    class qualifiers standing before them (议事 of 议事机构: no report writes it), and the
    categories asked by their official class name (议事协调机构: only coordinating bodies)."""
    words = tagged(question)
    out: set[str] = set()
    light: set[str] = set()
    named: set[str] = set()
    for i, (word, _) in enumerate(words):
        if word[:1] in _CLASSIFIERS and word[1:] in MEMBERS:
            out.add(word[1:])  # 「多少份文件」 cut 多少|份文件: the classifier heads it
            continue
        if word not in MEMBERS:
            continue
        after = words[i + 1] if i + 1 < len(words) else ("", "x")
        if _NOUN.match(after[1]) and after[0] not in MEMBERS:
            continue  # 机构改革, 文件精神: part of a fixed term
        j, qualifiers = i - 1, []
        while j >= 0 and (words[j][0] in _QUALIFIERS or words[j][0] == "的"):
            qualifiers.append(words[j][0])
            j -= 1
        if _CLASS_NAMES.intersection(qualifiers) or (
            j >= 0 and (words[j][1].startswith(_HEADS) or words[j][0] in _HEAD_WORDS)
        ):
            out.add(word)
            light.update(w for w in qualifiers if w not in _LEVELS)
            if _CLASS_NAMES.intersection(qualifiers) and word == "机构":
                named.add(word)
    return out, light, named


def with_members(question: str, concepts: Sequence[Concept], tagged: Tagger) -> list[Concept]:
    """``concepts`` with each category asked as a class spelled by its members too."""
    if not any(c.term in MEMBERS for c in concepts):
        return list(concepts)
    asked, light, named = asked_categories(question, tagged)
    out = []
    for c in concepts:
        if c.term in asked:
            members = COORDINATING if c.term in named else MEMBERS[c.term]
            if c.term == "文件" and _ISSUES.search(question):
                members = tuple(m for m in members if m in _ISSUED)
            c = replace(c, alternatives=tuple(dict.fromkeys((*c.alternatives, *members))))
        elif c.term in light and asked:
            continue  # 议事 of 议事机构: the class's name, no need
        out.append(c)
    return out
