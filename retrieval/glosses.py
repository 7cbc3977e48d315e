"""Glosses and elaborations in a question are not extra requirements.

Users explain what they ask about in their own words, and those words are not more things
a report must say:

- **A gloss of a named term**: 「提到行政执法三项制度的有哪些（公示、全程记录、法审那套）」,
  「…三项制度，就是执法公示、执法全过程记录、重大执法决定法制审核？」. The term is the need;
  the listed parts say what it is. A report naming the term says it; a report naming most of
  the parts without the term says it too, in other words. One part alone does not.
  The parts may come first, before the quoted term they make up: 「公示、全程记录、法审那一套
  “三项制度”，…」.
- **A description, then its name**: 「哪些地方在村里培养懂法的带头人，就是那种“法律明白人”？」.
  The quoted name after 就是 is what the user means and what reports write; the description
  before the comma is the user's gloss of it (``answering.named_gloss``), as a bracket is.
- **An elaboration with alternatives**: 「哪些乡镇用上了法律顾问，让律师参与决策或者审合同的？」,
  「…请了法律顾问，比如参与重大决策、审核合同之类？」. The clause after the comma narrows the
  need by examples joined by 或者/或/还是/、: any one of them is enough (OR, not AND), and a word
  that only names the head again (律师 for 法律顾问) is no new requirement.

- **Examples of an area**: 「哪些地方讲到了合法性审查这一块，比如给决策、合同出审查意见的？」. A
  pointer at the area just named (这一块, 这方面, 这类) asks the whole area; the examples after it
  say what falls under it, not which part of it counts (``illustrates``): a report naming the
  area in full (「镇街合法性审查全覆盖」) is in it, and the examples stay spellings of the area
  (``retrieval.clause_examples``). Without the pointer the examples narrow (法律顾问 above).

Not a gloss: a parenthetical that scopes (「（街道不算）」「（2024年）」「（不含…）」), a short aside
inside a term (「村（社区）」), a comma clause with no alternatives (both halves required), an
alternative in brackets (「成立（或调整）了」: ``retrieval.phrases.merge_alternatives``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from retrieval.abbreviations import abbreviations_in

_PAREN = re.compile(r"[（(]([^（）()]{2,80})[）)]")
_TERM_LEAD = r"也就是说|也就是|就是说|就是|即是|也即|即|指的是|是指|具体是|具体包括|包括|包含"
_EXAMPLE_LEAD = r"比如说|比如|例如|譬如|诸如|像是|像"
_LEAD = re.compile(rf"^\s*(?:(?P<term>{_TERM_LEAD})|(?P<ex>{_EXAMPLE_LEAD}))")
# words closing a list of parts: 「…那套」「…之类」「…等」「…这些」
_TRAILER = re.compile(
    r"(?:的|那套|那种|这种|那样|这样|那些|那类|这些|这类|这套|之类|一类|等等|等|什么的|这几项|这几样|几项)+$"
)
# single-character joiners that also end words (参与, 涉及) are left out; 和 only before no
# word it starts (和谐, 和解)
_SEP = re.compile(r"\s*(?:、|，|,|/|；|;|以及|或者|或是|还是|或|和(?![谐解睦美]))\s*")
_OR = re.compile(r"或者|或是|还是|或")
_SCOPE = re.compile(r"不算|不含|不包括|除|只看|只算|以外|之外|以内|为准|(?:19|20)\d{2}|年")
_ALTERNATIVE = re.compile(r"\s*(?:或者|或是|或)")
_ASKS = re.compile(r"哪些|哪个|哪几|哪家|哪里|谁|几个|多少|有没有|是否|吗")
_END = re.compile(r"[？?。！!…\s]+$")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# the parts listed before the quoted term they make up: 「公示、全程记录、法审那一套“三项制度”」
_BEFORE_TERM = re.compile(
    r"(?:^|(?<=[，,。；;？?！!]))(?:把|将|对|像)?(?P<body>[^，,。；;？?！!“”\"「」『』]{4,60}?、[^，,。；;？?！!“”\"「」『』]{2,30}?)"
    r"(?P<that>(?:那|这)一?(?:套|种|类|些|项|几项)?的?)(?=[“\"「『][^”\"」』]{2,12}[”\"」』])"
)


# 「…，就是那种“法律明白人”？」 (a lead that names, never 包括: a part is no name): one quoted name after the lead, maybe after 那种/所谓的
_NAMING = frozenset({"也就是", "就是", "即是", "也即", "即"})
_QUOTED_NAME = re.compile(
    r"\s*(?:(?:那|这)一?(?:种|类|个)|所谓的?)?\s*[“\"「『](?P<name>[^”\"」』]{2,16})[”\"」』]"
    r"(?:的|这种|那种|这个|那个)?\s*[？?。！!…]*\s*$"
)


@dataclass(frozen=True)
class Gloss:
    """Where the gloss stands in the question (``start``, ``end``: brackets and the comma
    included) and its parts. ``any_of``: an elaboration by examples (the need and any one of
    them); else a gloss of a named term (the term, or most of the parts)."""

    start: int
    end: int
    parts: tuple[str, ...]
    any_of: bool

    def without(self, question: str) -> str:
        """The question with the gloss taken out: what is asked about."""
        return question[: self.start] + question[self.end :]


def _parts(body: str) -> tuple[str, ...]:
    body = _TRAILER.sub("", _END.sub("", body))
    return tuple(p for p in (x.strip() for x in _SEP.split(body)) if len(p) >= 2)


def find_gloss(question: str) -> Gloss | None:
    """The question's gloss or elaboration, if it has one (module docstring)."""
    q = question
    for m in _PAREN.finditer(q):
        body = m.group(1)
        if spelled_out(q[: m.start()], body):  # 「扫黑（扫黑除恶专项斗争）」: the term alone
            return Gloss(m.start(), m.end(), (), False)
        if _SCOPE.search(body) or _ALTERNATIVE.match(body):
            continue  # 「（街道不算）」 scopes; 「（或调整）」 is an alternative (``phrases``)
        lead = _LEAD.match(body)
        parts = _parts(body[lead.end() :] if lead else body)
        listed = len(parts) >= 2 or bool(lead) or bool(_TRAILER.search(body))
        if parts and listed and len(body) >= 4:
            return Gloss(m.start(), m.end(), parts, bool(lead and lead.group("ex")))
    before = _BEFORE_TERM.search(q)
    if before is not None and not _ASKS.search(before.group("body")):
        parts = _parts(before.group("body"))
        if len(parts) >= 2:
            return Gloss(before.start("body"), before.end("that"), parts, False)
    if middle := _named_inside(q):
        return middle
    cut = max(q.rfind("，"), q.rfind(","), _after_question(q))
    if cut <= 0:
        return None
    head, clause = q[:cut], q[cut + 1 :]
    if not _ASKS.search(head) or _ASKS.search(_TRAILER.sub("", _END.sub("", clause))):
        return None  # the clause asks a question of its own
    lead = _LEAD.match(clause)
    named = _QUOTED_NAME.fullmatch(clause, lead.end()) if lead and lead["term"] in _NAMING else None
    if named is not None:
        return Gloss(cut, len(q), (named["name"],), False)  # 「…，就是那种“法律明白人”」
    parts = _parts(clause[lead.end() :] if lead else clause)
    if lead and lead.group("term") and len(parts) >= 2:
        return Gloss(cut, len(q), parts, False)
    if lead and lead.group("ex") and len(parts) >= 2:
        return Gloss(cut, len(q), parts, True)
    if not lead and _OR.search(clause) and len(parts) >= 2:
        return Gloss(cut, len(q), parts, True)
    return None


def _after_question(q: str) -> int:
    """Where a second sentence that explains the question starts: 「哪几个地方是开会前先学法
    的？就是常务会之前学一学那种」. A user who finds the question short says it again after its
    question mark, led by 就是/比如 as after a comma; the sentence is the question's gloss or
    its examples, never a need of its own. -1 when there is none (a second question, 「都是
    哪些」, asks on: ``_ASKS`` keeps it out)."""
    body = _END.sub("", q)
    cut = max(body.rfind("？"), body.rfind("?"))
    return cut if cut > 0 and _LEAD.match(body[cut + 1 :]) else -1


# 「合法性审查这一块」「执法公示这方面」「那类工作」: a pointer back at the area just named
_AREA = re.compile(r"(?:这|那)一?(?:块儿?|方面|部分|类)(?:的?(?:工作|内容|事情?))?\s*$")


def illustrates(question: str, gloss: Gloss) -> bool:
    """An elaboration by examples after a pointer at an area (「X这一块，比如…」): the
    examples illustrate the area the clause names, they narrow nothing (module docstring)."""
    return gloss.any_of and bool(_AREA.search(_END.sub("", question[: gloss.start])))


def spelled_out(before: str, body: str) -> bool:
    """The parenthetical spells out the abbreviation standing right before it: both name one
    campaign (反诈 and 防电信诈骗, ``retrieval.abbreviations``), or the last two or three
    characters before the bracket are taken in order from the body, as Chinese abbreviations
    are (扫黑 from 扫黑除恶专项斗争, 控辍 from 控制辍学). A longer word containing the one before
    it (法律顾问 in 村居法律顾问) narrows it instead: no spelling out."""
    body = _END.sub("", body)
    named = {t for *_, t, _s in abbreviations_in(before[-4:])}
    if named and any(set(s) & named for *_, s in abbreviations_in(body)):
        return True
    for n in (3, 2):
        short = before[-n:]
        if len(short) == n and _HAN.fullmatch(short) and len(body) >= n + 2:
            inside = short in body
            if (not inside or body.startswith(short)) and _in_order(short, body):
                return True
    return False


def _in_order(short: str, body: str) -> bool:
    at = 0
    for ch in short:
        at = body.find(ch, at) + 1
        if not at:
            return False
    return True


def most(n: int) -> int:
    """How many of a gloss's ``n`` parts a report must name without the term: more than
    half, and never one alone (a single part is an everyday word: 公示, 记录)."""
    return max(2, n // 2 + 1)


def _named_inside(q: str) -> Gloss | None:
    """「培养了懂法的村民骨干，就是“法律明白人”，超过200人的是哪些」: the named gloss between two
    commas, a question after it — a follow-up that carries the last question's gloss and
    adds its own ask; the clause before is the description, as at the question's end."""
    commas = [i for i, ch in enumerate(q) if ch in "，,"]
    for start, end in itertools.pairwise(commas):
        clause = q[start + 1 : end]
        lead = _LEAD.match(clause)
        if not (lead and lead["term"] in _NAMING) or not _ASKS.search(q, end):
            continue
        if named := _QUOTED_NAME.fullmatch(clause, lead.end()):
            return Gloss(start, end, (named["name"],), False)
    return None
