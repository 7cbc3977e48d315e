"""A question about a relation between two things needs both in one sentence.

「把禁毒宣传跟普法宣传揉在一起搞的」「平安建设同法治宣传融合起来的」「把法治建设纳入年度考核的」
ask whether a report joins two things, not whether it names each somewhere. The topic score
weighs concepts by rarity, so the rarer side alone (禁毒宣传) would carry a sentence that never
mentions the common one (普法, 法治建设): every report that names the rare side would answer.
So in a relation each side becomes a condition of the sentence itself (``Concept.must`` with
``Concept.together``): the sentence body, not a heading above it, names one of the side's
things. The verb of joining (结合, 融合, 揉在一起, 统筹) is no topic: reports write 相结合 where a
user says 揉在一起, or 融入 for 融合, so it leaves the need.

A side is the list of things the user named (「主题教育、党史学习教育这些」): each item counts
in the spellings the question's concepts give it, or as written. The verbs are listed by kind
(joining, merging, folding in) with their complements (在一起, 起来, 为一体) as a product.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from retrieval.concept import Concept
from retrieval.parallel_formulas import formulas_in
from retrieval.vocabulary import GENERIC_NOUNS

# verbs of joining two things: two-character ones stand alone (A与B相结合), one-character ones
# only with a complement (揉在一起, 放到一起, 拧成一股绳 is no such verb)
_JOIN_VERBS = (
    r"(?:相?结合|融合|糅合|整合|统筹|衔接|挂钩|捆绑|一体推进|一体部署|同部署|同推进|同步推进)"
)
_SHORT = r"(?:揉|糅|融|合|放|搅|捏|绑|拧|结合|融合|整合|捆)"
_TAILS = r"(?:[在到]一起|[在到]?一块儿?|[成为]一体|起来)"
_RELATION = re.compile(rf"(?:{_SHORT}{_TAILS}|{_JOIN_VERBS}{_TAILS}?)")
# 把A融入B: folding one thing into another, the second side after the verb
_INTO = re.compile(r"(?:融入|融进|纳入|嵌入|贯穿(?:于|到)?|写进|写入|揉进|放进)")
_CONJ = re.compile(r"跟|和|与|同|及")
_CLAUSE = re.compile(r"[，,。？?！!；;：:\s]")
_ITEM_SPLIT = re.compile(r"、|/|，|,|以及|及|和|与|或者?|还有")
# what closes a list said loosely: 「这些」「之类」「等」「这块」, and the 把/将 before it
_LOOSE_END = re.compile(
    r"(?:这几?[些个项类种块样]|那几?[些个项类种块样]|之类|一类|等等?|方面|这方面)(?:的)?(?:工作|内容|事)?$"
)
_ASKING = re.compile(
    r"^.*?(?:哪些|哪几个?|哪个|哪家|谁家?|有没有|是否)(?:单位|地方|乡镇|镇街|街道|县区|区县|镇|乡)?"
)
_LEAD = re.compile(r"^(?:了|过)?(?:到|进|于|在|至)?")  # 纳入了B, 融入到B: the side is B
# how closely they are joined (相互融合, 有机结合): no item of a side
_MANNER = re.compile(r"(?:相互|互相|有机|深度|紧密|深入|充分|很好地?|好好)$")
# after the folded-into side: 「全过程」「之中」 say where, the frame says nothing
_WHERE = re.compile(r"(?:的)?(?:全过程|全流程|各环节|之中|当中|中|里|里面|里头)?(?:的|了|过|去)*$")

Spell = Callable[[str], tuple[str, ...]]


def _side(text: str) -> list[str]:
    """The items of one side: 「把主题教育、党史学习教育这些」 → 主题教育, 党史学习教育."""
    text = _ASKING.sub("", text.strip())
    text = text[max(text.rfind("把"), text.rfind("将")) + 1 :]  # 「把A」: A, whatever before
    text = _LEAD.sub("", _MANNER.sub("", text))
    text = _LOOSE_END.sub("", text)
    return [t for t in (s.strip() for s in _ITEM_SPLIT.split(text)) if len(t) >= 2]


def relation_sides(question: str) -> tuple[list[str], list[str], tuple[int, int]] | None:
    """The two sides of the relation a question asks about and where its verb stands, or None."""
    for m in _RELATION.finditer(question):
        start = max((c.end() for c in _CLAUSE.finditer(question, 0, m.start())), default=0)
        clause = question[start : m.start()]
        conj = list(_CONJ.finditer(clause))
        if not conj:
            continue
        c = conj[-1]
        a, b = _side(clause[: c.start()]), _side(clause[c.end() :])
        if a and b:
            return a, b, (m.start(), m.end())
    for m in _INTO.finditer(question):
        start = max((c.end() for c in _CLAUSE.finditer(question, 0, m.start())), default=0)
        lead = question[start : m.start()]
        if not re.search(r"[把将]", lead):
            continue  # 「纳入考核的有哪些」 names one thing: no relation
        stop = _CLAUSE.search(question, m.end())
        after = question[m.end() : stop.start() if stop else len(question)]
        after = _WHERE.sub("", re.split(r"的(?=[^的]*(?:有|是|哪|谁))", after)[0])
        a, b = _side(lead), _side(after)
        if a and b:
            return a, b, (m.start(), m.end())
    return None


def _covers(c: Concept, item: str) -> bool:
    """Does the concept stand for the item: its term (or each side of a merged 「A/B」) is it."""
    return c.term == item or item in c.alternatives[:1]


def _named(item: str) -> str:
    """The side without a generic noun after its name (法治建设 of 「把法治建设成效纳入考核」,
    普法 of 普法工作): what is folded in or joined is the work itself — a report writes 「将法治建设
    纳入…考核」 — and the question's reading drops that noun from the need (``GENERIC_NOUNS``),
    so the side must not ask for it either. The 的 joining the name to that noun (「法治建设的
    成效」) goes with it: no report writes the name with a bare 的 after it."""
    for noun in sorted(GENERIC_NOUNS, key=len, reverse=True):
        if item.endswith(noun) and len(item) - len(noun) >= 2:
            name = item[: -len(noun)]
            return name[:-1] if name.endswith("的") and len(name) >= 3 else name
    return item


def _topical(item: str, concepts: Sequence[Concept]) -> bool:
    words = [w for c in concepts for w in (*c.term.split("/"), *c.alternatives[:1])]
    return any(len(w) >= 2 and (w in item or item in w) for w in words)


def related(question: str, concepts: Sequence[Concept], spell: Spell) -> list[Concept]:
    """``concepts`` with the relation verb dropped and one condition per side added, when the
    question asks about a relation; else ``concepts`` unchanged. ``spell``: the analyzer's
    spellings of a word (synonyms, legal variants)."""
    sides = relation_sides(question)
    if sides is None or formulas_in(question):
        # 「与中心工作同部署同推进」: the formula is the concept, its partner the unit's own
        # name for its main work (``retrieval.parallel_formulas``), no side to hold
        return list(concepts)
    a, b, (vs, ve) = sides
    verb = question[vs:ve]
    # an item names a topic of the question: unit names (「甲镇和乙镇都结合实际」) name none
    a, b = ([_named(i) for i in side if _topical(i, concepts)] for side in (a, b))
    if not a or not b:
        return list(concepts)
    kept = [c for c in concepts if c.term not in verb]
    out = list(kept)
    for items in (a, b):
        spellings: list[str] = []
        for item in items:
            spellings.extend([item, *spell(item)])
            spellings.extend(a for c in kept if _covers(c, item) for a in c.alternatives)
        alts = tuple(dict.fromkeys(spellings))
        same = [i for i, c in enumerate(out) if len(items) == 1 and _covers(c, items[0])]
        if same:  # the side is one of the concepts: it becomes the condition
            c = out[same[0]]
            out[same[0]] = replace(
                c, alternatives=alts, required=True, light=False, must=True, together=True
            )
        else:
            out.append(Concept("、".join(items), alts, True, must=True, together=True))
    return out
