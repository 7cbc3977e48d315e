"""法治, 法律 and 法制 open the same compounds: one thing, spelled by the era or the writer.

Reports write 法制宣传 (the older word) beside 法治宣传, 法律体检 beside “法治体检”, 法制副校长
beside 法治副校长, 法律知识 beside 法治知识. A term opened by one of them is also spelled with the
others, quoted or not: the quotes mark a coined name, and the name is coined in all three
spellings. Only a compound counts (four characters or more): 法治 or 法律 alone are different
words, and 法律法规 / 法治政府 keep their own meaning because the variants (法治法规, 法律政府)
are spellings no report writes, so they find nothing more.

The study of the law is a noun in a question (法治学习, 法律学习) and a deed in a report, written
verb first: 学法 (会前学法, 常务会议学法), 学习法律法规, 学习(贯彻)习近平法治思想 — the 法治 a
unit studies is the law and 习近平法治思想. So the study compound is spelled those ways too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

_LEADS = ("法治", "法律", "法制")
# the one modifier in its two eras' spellings: 法制 before the rule of law was written 法治 —
# inside a compound (民主法制示范村) and as the modifier a question keeps apart (法制|讲座)
_ERAS = {"法制": "法治", "法治": "法制"}
# characters opening a word that ends in 法 (依法, 执法, 普法, 守法…): their 法 leads no compound
_FA_ENDED = frozenset("依执守普学违用立司宪民国办方做说合护")
_OWN_AFTER = frozenset("化办科股室局员法")  # 法治化, 法制办, 法制员: words of their own
_STUDIED = ("学法", "学习法律", "学习法治思想", "学习习近平法治思想", "学习贯彻习近平法治思想")


def legal_variants(term: str) -> tuple[str, ...]:
    """The other spellings of ``term`` (none if it is not a compound opened by 法治/法律/法制,
    or one holding 法治/法制 further in: 民主法制示范村 ~ 民主法治示范村)."""
    lead = term[:2]
    if lead not in _LEADS and len(term) >= 4:
        return tuple(v for a, b in _ERAS.items() if (v := _swapped(term, a, b)) != term)
    if lead not in _LEADS or len(term) < 4 or term[2:3] in ("法", "化"):
        return ()
    others = tuple(other + term[2:] for other in _LEADS if other != lead)
    return (*others, *_STUDIED) if term[2:] == "学习" else others


def _swapped(term: str, lead: str, other: str) -> str:
    """``term`` with each ``lead`` standing as a word inside it spelled ``other`` — never the
    法 of a word before it (依法|治理, 执法|制度), nor one opening a word of its own (法治化,
    法制办: an office, 法制员: a post)."""
    out, at = term[:1], 1
    while (found := term.find(lead, at)) > 0:
        word = term[found - 1] not in _FA_ENDED and term[found + 2 : found + 3] not in _OWN_AFTER
        out += term[at:found] + (other if word else lead)
        at = found + 2
    return out + term[at:]


def era_compounds(concepts: Sequence[Concept], question: str) -> list[Concept]:
    """「法制讲座」 cut 法制|讲座: a lone 法制 — the older spelling, typed for today's 法治 —
    right before the next concept opens it, one compound spelled in either era (法制讲座,
    法治讲座). The modifier alone is never spelled the other way: 法制 is in 学法制度 and 法治 in
    依法治县, across words; and a lone 法治 stays apart (法治|工作汇报 needs 法治 said)."""
    out: list[Concept] = []
    for c in concepts:
        prev = out[-1] if out else None
        if prev is not None and prev.term == "法制" and f"{prev.term}{c.term}" in question:
            alts = [f"{prev.term}{a}" for a in c.alternatives]
            alts += [v for a in alts for v in legal_variants(a) if v[:2] in _ERAS]
            term, required = f"{prev.term}{c.term}", prev.required or c.required
            out[-1] = replace(
                c, term=term, alternatives=tuple(dict.fromkeys(alts)), required=required
            )
            continue
        out.append(c)
    return out
