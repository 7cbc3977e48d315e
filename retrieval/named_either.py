"""Two names joined by 或 are one thing asked under either name.

A user who quotes 「“理论学习中心组”或“中心组学习”」 gives the two ways reports write one
practice, and 「学了行政复议法或者行政诉讼法」 names two laws either of which answers. Read as
two quoted phrases or two law names, each was a required concept, and only a report writing
both in one sentence counted. So two names (quoted phrases, laws: the concepts a question
names word for word) that the question joins by 或 become one concept whose spellings are both.
The words a side adds outside its quotes (「或执法人员“业务培训”」: whose training) stay words
of the question as before. An 或 inside a quoted name is the name's own and never splits it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.concept import Concept
from retrieval.law_names import Tagger, law_names_in
from retrieval.name_or_phrase import name_or_phrase

# 或 between two names, with at most a few words of the right side's own before its name
_OR = re.compile(r"(?:或者是?|或是|还是|或)")
_OWN = 6  # characters a right side may say before its quoted name (执法人员“业务培训”)
_EDGE = "，。？！；：,.?!;:"


def _ends_at(question: str, at: int, names: Sequence[str]) -> str:
    """The name ending at ``at`` (its closing quote may stand between), or ""."""
    head = question[:at].removesuffix("”").removesuffix("」")
    return max((n for n in names if head.endswith(n)), key=len, default="")


def _starts_at(question: str, at: int, names: Sequence[str]) -> str:
    """The name starting at ``at`` (after its opening quote), or a quoted name opening a few
    words on (「或执法人员“业务培训”」), or ""."""
    rest = question[at:].removeprefix("“").removeprefix("「")
    found = max((n for n in names if rest.startswith(n)), key=len, default="")
    if found:
        return found
    for i, ch in enumerate(question[at : at + _OWN + 1]):
        if ch in _EDGE:
            break
        if ch in "“「":
            rest = question[at + i + 1 :]
            return max((n for n in names if rest.startswith(n)), key=len, default="")
    return ""


def either_named(
    question: str, concepts: Sequence[Concept], named: Sequence[str]
) -> tuple[Concept, ...]:
    """``concepts`` with each pair of names (``named``: quoted phrases, law names) the
    question joins by 或 merged into one required concept, in the first one's place."""
    out = list(concepts)
    for m in _OR.finditer(question):
        # a name may already be one side of a list read before (「“A”、“B”或“C”」: A/B)
        holder = {n: c for c in out for n in c.term.split("/") if n in named}
        names = list(holder)
        left, right = _ends_at(question, m.start(), names), _starts_at(question, m.end(), names)
        if not left or not right or holder[left] is holder[right]:
            continue
        before = _listed_before(question, m.start(), left, names)
        sides = list(dict.fromkeys(holder[n] for n in (*before, left, right)))
        alts = tuple(dict.fromkeys(a for c in sides for a in c.alternatives))
        out[out.index(sides[0])] = Concept("/".join(c.term for c in sides), alts, True)
        for c in sides[1:]:
            out.remove(c)
    return tuple(out)


# between two quoted names of one list: the closing and opening quotes, a 、 or a comma
_LIST_GAP = re.compile(r"[”」]\s*[、，,]?\s*[“「]$")


def _listed_before(question: str, at: int, left: str, names: Sequence[str]) -> list[str]:
    """The quoted names listed right before ``left`` (「“A”“B”或“C”」「“A”、“B”或“C”」): a
    list closed by 或 offers every item, not only the two beside the 或, as 「A、B或C」 does in
    plain words. Only names quoted on both sides chain, so a plain word before stays its own."""
    head = question[:at].removesuffix("”").removesuffix("」")
    start = len(head) - len(left)
    chain: list[str] = []
    while (gap := _LIST_GAP.search(question[:start])) is not None:
        prev = _ends_at(question, gap.start() + 1, [n for n in names if n not in chain])
        if not prev or prev == left:
            break
        chain.insert(0, prev)
        start = gap.start() - len(prev)
    return chain


# where the right side of 或 ends: punctuation, a quote, 的 closing the clause
_RIGHT = re.compile(r"[^，。？！；：,.?!;:“”「」的]*")


def either_worded(question: str, concepts: Sequence[Concept]) -> tuple[Concept, ...]:
    """``concepts`` without the words of a right side of 或 that is only another wording of
    a concept already asked (「法律知识考试或测试」: 法律知识测试 is a spelling of 法律知识考试,
    「普法考试或者法律测试」: 法律测试 is one): the side names no second thing, and read as
    words of its own (测试, 法律) it made a report writing the first wording fall short. The
    side must be a spelling's part whole, so a side naming something else stays."""
    out = list(concepts)
    for m in _OR.finditer(question):
        if question[: m.start()].count("“") > question[: m.start()].count("”"):
            continue  # inside a quoted name
        side = _RIGHT.match(question, m.end()).group(0)
        if len(side) < 2:
            continue
        right = [c for c in out if all(t and t in side for t in c.term.split("/"))]
        rest = [c for c in out if c not in right]
        if right and any(side in a for c in rest for a in c.alternatives):
            out = rest
    return tuple(out)


def either_read(
    question: str, need: str, concepts: Sequence[Concept], quoted: tuple[str, ...], tagged: Tagger
) -> tuple[tuple[Concept, ...], tuple[str, ...]]:
    """The question's concepts with both readings of 或 above, and its quoted phrases with each
    merged pair of them (meant word for word, as each of its phrases was)."""
    laws = tuple(t for _, _, t, _ in law_names_in(need, tagged))
    concepts = either_worded(question, either_named(question, concepts, (*quoted, *laws)))
    concepts = name_or_phrase(question, concepts, (*quoted, *laws))  # a name or a phrase
    pairs = (c.term for c in concepts if "/" in c.term and c.term.split("/")[0] in quoted)
    return concepts, (*quoted, *pairs)
