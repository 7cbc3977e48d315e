"""The report's shorter form of the user's compound: the same thing with a modifier dropped.

A report drops a modifier its clause already implies. A township report speaks of its own
party committee, so its 书记 is the 党委书记 (「由书记任组长」); a safety clause's 事故 is the
安全事故 (「全年未发生重大事故」); and a population describer needs no person suffix
(「未成年保护」 for 未成年人保护). jieba holds the user's compound as one token, the report's
shorter form as another, so the two never overlap and the compound is met only through its
parts, below the support floor (``needs.PARTIAL``).

Only a **category** modifier goes, and only before a head that exists solely inside that
category, from a closed class of pairs: the body a post belongs to (党委, 党工委, 党组) before
书记 — a township's 书记 is its party secretary, every such post sits in that body — and the
field 安全 before 事故 — an accident is a safety event whatever the clause. Any other head keeps
its modifier: 党委委员 is a member (委员会 is any committee), 党委政府 a coordinate pair (政府 of
法治政府), 安全意识 no 意识 (法治意识), 安全措施 no 措施. A contrastive or quantity modifier
(双组长, 副书记, 常务副组长, 专职律师) names another post or kind and never goes: it is not in
the class. The shorter form stands bare: after another body's name or a rank (纪委书记,
村支部书记, 社区书记, 习近平总书记) it is that post, whatever the two names share; 书记员 is a clerk.

The person suffix 人 goes after a describer of a stage of life (未成年人 → 未成年, 老年人 →
老年), in the compound too (未成年人保护 → 未成年保护): jieba tags such a describer as a time
or set word (t, l), never as a noun or verb, so 责任人 (责任) and 负责人 (负责) keep their 人.
"""

from __future__ import annotations

from types import MappingProxyType

from retrieval.compounds import Tagger

__all__ = ["CATEGORY", "bare_in", "shorter_form"]

# a modifier a report's clause implies → the heads that exist only inside its category
CATEGORY = MappingProxyType(
    {"党委": ("书记",), "党工委": ("书记",), "党组": ("书记",), "安全": ("事故",)}
)
_OTHER_BEFORE = "委组会部村区总總副"  # 纪委, 村委会, 支部, 社区, 总书记, 副书记: another post
_OTHER_AFTER = "员处處"  # 书记员 (a clerk), 书记处: no post of the party committee
_DESCRIBER = frozenset({"t", "l"})  # 老年/t, 未成年/l: a stage of life, not a thing


def shorter_form(term: str, tagged: Tagger | None) -> tuple[str, ...]:
    """The report's spellings of ``term`` (each side of an either-or 「A/B」) without an implied
    modifier: the rest after a leading category modifier, or the side with the person suffix
    dropped after a describer; () when it has none."""
    if tagged is None:
        return ()
    out = []
    for side in term.split("/"):
        for m, heads in CATEGORY.items():
            if side.startswith(m) and side[len(m) :] in heads:
                out.append(side[len(m) :])  # 党委书记 → 书记, 安全事故 → 事故
        for i in (i for i, ch in enumerate(side) if ch == "人"):
            if any(_tag(side[j:i], tagged) in _DESCRIBER for j in range(max(0, i - 3), i - 1)):
                out.append(side[:i] + side[i + 1 :])  # 未成年人保护 → 未成年保护
    return tuple(dict.fromkeys(o for o in out if o != term))


def _tag(word: str, tagged: Tagger) -> str:
    """jieba's tag of ``word`` read on its own, "" when it does not stay one word."""
    pairs = list(tagged(word))
    return pairs[0][1] if len(pairs) == 1 and pairs[0][0] == word else ""


def bare_in(text: str, short: str) -> bool:
    """``short`` stands in ``text`` once neither right after another body's name or a rank
    (纪委书记, 总书记) nor before a word that makes it another thing (书记员)."""
    pos = text.find(short)
    while pos >= 0:
        end = pos + len(short)
        before = pos == 0 or text[pos - 1] not in _OTHER_BEFORE
        if before and (end == len(text) or text[end] not in _OTHER_AFTER):
            return True
        pos = text.find(short, pos + 1)
    return False
