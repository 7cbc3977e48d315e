"""The report's shorter form of the user's compound: the same thing with a modifier dropped.

A report drops a modifier its clause already implies. A township report speaks of its own
party committee, so its 书记 is the 党委书记 (「由书记任组长」); a safety clause's 事故 is the
安全事故 (「全年未发生重大事故」); and a population describer needs no person suffix
(「未成年保护」 for 未成年人保护). jieba holds the user's compound as one token, the report's
shorter form as another, so the two never overlap and the compound is met only through its
parts, below the support floor (``needs.PARTIAL``).

Only a **category** modifier goes, from a closed class: the body a post belongs to
(党委, 党工委, 党组 — every township post of that head sits in it) and the field 安全 before
a plain noun (事故, 隐患: the report's clause is already about safety). The head must be a
plain noun: 安全生产 is no 生产, 安全培训 no 培训. A contrastive or quantity modifier
(双组长, 副书记, 常务副组长, 专职律师) names another post or kind and never goes: it is not
in the class. The shorter form stands bare: after another body's name (纪委书记, 团委书记,
村委会主任 for 党委书记) it is that body's post, whatever the two names share.

The person suffix 人 goes after a describer of a stage of life (未成年人 → 未成年, 老年人 →
老年), in the compound too (未成年人保护 → 未成年保护): jieba tags such a describer as a time
or set word (t, l), never as a noun or verb, so 责任人 (责任) and 负责人 (负责) keep their 人.
"""

from __future__ import annotations

from retrieval.compounds import Tagger

__all__ = ["CATEGORY", "bare_in", "shorter_form"]

CATEGORY = frozenset({"党委", "党工委", "党组", "安全"})  # modifiers a report's clause implies
_PLAIN_NOUN = frozenset({"n"})
_BODY_END = "委组会"  # 纪委, 党组, 村委会: a body's name ends so
_DESCRIBER = frozenset({"t", "l"})  # 老年/t, 未成年/l: a stage of life, not a thing


def shorter_form(term: str, tagged: Tagger | None) -> tuple[str, ...]:
    """The report's spellings of ``term`` (each side of an either-or 「A/B」) without an implied
    modifier: the rest after a leading category modifier, or the side with the person suffix
    dropped after a describer; () when it has none."""
    if tagged is None:
        return ()
    out = []
    for side in term.split("/"):
        rest = next((side[len(m) :] for m in CATEGORY if side.startswith(m)), "")
        if len(rest) >= 2 and _tag(rest, tagged) in _PLAIN_NOUN:
            out.append(rest)  # 党委书记 → 书记, 安全事故 → 事故
        for i in (i for i, ch in enumerate(side) if ch == "人"):
            if any(_tag(side[j:i], tagged) in _DESCRIBER for j in range(max(0, i - 3), i - 1)):
                out.append(side[:i] + side[i + 1 :])  # 未成年人保护 → 未成年保护
    return tuple(dict.fromkeys(o for o in out if o != term))


def _tag(word: str, tagged: Tagger) -> str:
    """jieba's tag of ``word`` read on its own, "" when it does not stay one word."""
    pairs = list(tagged(word))
    return pairs[0][1] if len(pairs) == 1 and pairs[0][0] == word else ""


def bare_in(text: str, short: str) -> bool:
    """``short`` stands in ``text`` once not right after another body's name (纪委书记)."""
    pos = text.find(short)
    while pos >= 0:
        if pos == 0 or text[pos - 1] not in _BODY_END:
            return True
        pos = text.find(short, pos + 1)
    return False
