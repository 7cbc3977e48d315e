"""「聘请了法律顾问或者实施了“一村一顾问”」: a quoted name on one side of 或, a phrase on the other.

Users offer the thing asked once in their own words and once as the reports' quoted name of it.
Both sides are one concept of the same role (the deed's object), so a report writing either
answers. ``retrieval.named_either`` joins two names (quoted phrases, laws); with only one side
quoted, the name and the phrase's words were separate required concepts, and only a report
writing both in one sentence counted. The phrase side is the required concept standing last
before 或 (or, on the right, the last one within the side's clause); the carrying verb the side
says before its quoted name (实施了, 选树) is no spelling of it, and no word said inside one
side only (选树, 培养 of 「培养了法律明白人」) is a need either: the other side never says it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.concept import Concept

_OR = re.compile(r"(?:或者是?|或是|或)")
_EDGE = "，。？！；：,.?!;:"
_OPEN, _CLOSE = "“「", "”」"
_LEAD = 6  # characters a side may say before its quoted name (实施了“…”)
_SIDE = 12  # characters a phrase side before 或 is looked at, as ``alternatives`` reads it


# the kind a quoted name is of, said right after it (「“第一议题”制度」「“枫桥经验”模式」): the
# name's own side still, the kind word said on that side only
_KIND_TAIL = re.compile(
    r"[”」](?P<kind>制度|机制|工作法|工作|活动|模式|经验|品牌|平台|工程|行动|项目|体系)$"
)


def _kind_tail(question: str, at: int) -> str:
    m = _KIND_TAIL.search(question[:at])
    return m["kind"] if m else ""


def _name_before(question: str, at: int, names: Sequence[str]) -> str:
    head = question[: at - len(_kind_tail(question, at))]
    if not head.endswith(tuple(_CLOSE)):
        return _law_at(head, names, head.endswith)
    return max((n for n in names if head[:-1].endswith(n)), key=len, default="")


def _law_at(text: str, names: Sequence[str], fits) -> str:
    """A law named bare beside 或 (「扫黑除恶或者反有组织犯罪法」): a law is a name by its own
    form (…法, …条例), quotes or not, so it is a name side as a quoted phrase is."""
    return max((n for n in names if n.endswith(("法", "条例")) and fits(n)), key=len, default="")


def _name_after(question: str, at: int, names: Sequence[str]) -> tuple[str, int]:
    """The quoted name opening within a few characters after ``at``, and where it opens."""
    for i, ch in enumerate(question[at : at + _LEAD + 1]):
        if ch in _EDGE:
            break
        if ch in _OPEN:
            rest = question[at + i + 1 :]
            return max((n for n in names if rest.startswith(n)), key=len, default=""), at + i
    clause = re.split(f"[{_EDGE}（(]", question[at:], maxsplit=1)[0]  # the right side's clause
    law = _law_at(clause, names, lambda n: clause.startswith(n) or clause.endswith(n))
    # a bare law opens where it is written: the words before it (学习了) are the side's lead,
    # said on that side only, as 实施了 before a quoted name (review fu78b)
    return law, at + (clause.rfind(law) if law else 0)


def _within(c: Concept, lead: str) -> bool:
    """The concept is said only inside one side (选树了“…”, 培养了法律明白人): a word of that
    side alone, no need of a question whose other side never says it."""
    return bool(lead) and all(s in lead for s in _sides(c.term))


def _core(phrases: Sequence[Concept], span: str, name: Concept) -> Concept | None:
    """The word of the phrase side that the quoted name holds too (禁毒 of 「“国际禁毒日”或禁毒
    宣传」): both sides offer one field, and the word they share names it; the phrase's last
    word (宣传) is only what is done in it, which every report does for some field. jieba
    may tag the shared word a verb (禁毒), so it counts whether required or not.

    A word that ends the name is the name's kind, not its field (政府 of 「“数字政府”或政府
    网站」): the phrase then names a neighbour of that kind, and the kind alone would match every
    report (review62), so the phrase keeps its own words."""
    return next(
        (
            c
            for c in reversed(phrases)
            if any(
                s in span and s in name.term and not name.term.endswith(s) for s in _sides(c.term)
            )
        ),
        None,
    )


def _sides(term: str) -> tuple[str, ...]:
    return tuple(s for s in term.split("/") if s)


def name_or_phrase(
    question: str, concepts: Sequence[Concept], named: Sequence[str]
) -> tuple[Concept, ...]:
    """``concepts`` with each quoted name (``named``) that 或 joins to a phrase of the question
    merged with the phrase's concept: one required concept spelled either way."""
    out = list(concepts)
    for m in _OR.finditer(question):
        before = question[: m.start()]
        if before.count("“") > before.count("”") or before.count("「") > before.count("」"):
            continue  # an 或 inside a quoted name is the name's own
        names = [c.term for c in out if c.term in named]
        left = _name_before(question, m.start(), names)
        right, opens = _name_after(question, m.end(), names)
        if bool(left) == bool(right):
            continue  # two names (``named_either``) or none: not this reading
        phrases = [c for c in out if c.required and c.term not in named]
        if left:
            stop = re.search(f"[{_EDGE}的]", question[m.end() :])
            span = question[m.end() : m.end() + stop.start() if stop else len(question)]
            phrase = max(
                (c for c in phrases if any(s in span for s in _sides(c.term))),
                key=lambda c: max(span.find(s) + len(s) for s in _sides(c.term) if s in span),
                default=None,
            )
            opens = max(before.rfind(_OPEN[0]), before.rfind(_OPEN[1]))
            opens = opens if before.endswith(tuple(_CLOSE)) else len(before) - len(left)
            edge = max(before.rfind(e, 0, opens) for e in _EDGE)
            lead = question[max(edge + 1, opens - _LEAD) : opens] + _kind_tail(question, m.start())
        else:
            phrase = next((c for c in phrases if before.endswith(_sides(c.term))), None)
            edge = max(before.rfind(e) for e in _EDGE)
            span, lead = before[max(edge + 1, m.start() - _SIDE) :], question[m.end() : opens]
        if phrase is None:
            continue
        name = next(c for c in out if c.term == (left or right))
        phrase = _core([c for c in out if c.term not in named], span, name) or phrase
        own = [a for a in phrase.alternatives if not (lead and a in lead)]
        first, second = (name, phrase) if left else (phrase, name)
        alts = (*own, *name.alternatives) if right else (*name.alternatives, *own)
        merged = Concept(f"{first.term}/{second.term}", tuple(dict.fromkeys(alts)), True)
        out = [
            merged if c is first else c
            for c in out
            if c is first or (c is not second and not _within(c, lead) and not _within(c, span))
        ]
    return tuple(out)
