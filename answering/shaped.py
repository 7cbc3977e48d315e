"""Compare cells whose value is no number: a role, the years a document covers, or a level.

「甲镇、乙镇的领导小组，镇长分别担任什么角色」 asks for the office a person holds, and a
report says it as 「镇长任第一副组长」「由镇长为常务副组长」: the person, a verb of holding
(任/为/担任), then an office ending in 组长/主任/成员…. 「各自的普法规划覆盖哪几年」 asks for
a period, and a report writes it inside or right after the document's title:
《…实施方案(2021—2025年)》. A cell of such a question holds the clause with that phrase,
read from the unit's own report; a report that has no such phrase gives no cell (「未提及」),
never a sentence that only names the topic. The words that ask for the shape (角色, 哪几年)
are no topic a report would write.

「甲县和乙市分别在争创什么级别的示范」 asks the level of government an honour, a pilot or a
campaign belongs to, and a report writes it as a level word before the thing's name in the
same clause: 「争创全省法治政府建设示范市」「安徽省第三批…示范县」「全国法治政府建设示范项目」. The
cell is the clause holding the topic with a level word just before it; a report naming the
thing with no level (「以示范创建活动为抓手」) gives no cell. 级别/层级 are no topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from answering.sentences import Span
from reportqa.text import to_simplified
from reportqa.units import short_name
from retrieval.query import Analysis

# ---- what a question asks for ------------------------------------------------------------
_ROLE_ASKED = re.compile(
    r"(?:担任|任|当|是|作为)(?:的|了)?(?:什么|啥|哪种|何种|哪个|哪一?种)(?:样的)?(?:角色|职务|职位|位置)"
    r"|(?:什么|啥)(?:角色|职务|职位)"
)
_PERIOD_ASKED = re.compile(
    r"(?:覆盖|涵盖|跨|管|是)?(?:哪几年|哪些年份?|哪几个年份|起止年份?|起止时间|时间跨度|从哪年到哪年)"
)
# 「照着哪个时期的纲要」: the era of a named document (纲要, 规划) is the years its title
# spans — asked of a document only, since 「什么时期」 alone may ask a date in the text
_ERA_ASKED = re.compile(r"(?:哪个|哪一个|哪一|什么|啥)时期")
# 「什么级别」「哪个层级」「哪一级的」「几级」: the level of what is asked (a 级 after a level
# word itself, 「省级示范」, names the topic, never asks)
_LEVEL_ASKED = re.compile(
    r"(?:什么|啥|哪个|哪一个|哪种|何种|多高)(?:样的)?(?:级别|层级|等级)|哪一?级|几级"
)
# the words that ask for the shape: they leave the need
_SHAPE_WORDS = re.compile(
    r"角色|职务|职位|位置|覆盖|涵盖|起止|跨度|年份|时间段|时期|担任|级别|层级|等级"
)
# a level of government as reports write it before an honour's or a campaign's name: the
# nation's, a province's (全省, 省级, or the province by name: 安徽省, 广西壮族自治区), a
# city's or a county's (全市, 市级)
_LEVEL_WORD = re.compile(
    r"国家级|全国|国家|中央|部级|[省市区县]级|全[省市区县]|[\u4e00-\u9fff]{2,4}(?:省|自治区)(?![委政])"
)
_LEVEL_REACH = 16  # characters from a level word to the end of the thing it qualifies

# a titled person a role is asked of, with the organ it belongs to when said (纪委书记 is
# not 党委书记): 镇长, 党委书记, 副乡长, 常务副县长
_ORGAN = r"(?:党委|党工委|纪委|纪工委|人大|政协|政法委|县委|区委|常务|分管)?"
_PERSON = re.compile(
    rf"({_ORGAN})(副?)(书记|镇长|乡长|县长|区长|市长|主任|主席|部长|局长|所长|站长|队长)"
)
# the head of a township is 镇长 or 乡长, of a county 县长, 区长 or 市长: asked of units of
# both kinds at once (「甲镇和乙乡的镇长」), the title means each unit's head
_HEADS = (("镇长", "乡长"), ("县长", "区长", "市长"))
# an office in a leading group or committee, as reports write it
_OFFICE = r"[^，,。；;、\n]{0,8}?(?:组长|主任|成员|召集人|负责人|责任人|委员|联络员|秘书长)"
_HOLDS = r"(?:同志)?[^，,。；;\n]{0,6}?(?:担任|出任|兼任|任|为|是|作为)"

# an official document's kind, as the question names it and its title ends
_DOC_KIND = re.compile(r"规划|方案|纲要|计划|意见|办法|要点|规定|细则|清单")
_RANGE = re.compile(r"(?:19|20)\d\d\s*年?\s*[—–\-－~～至到]{1,2}\s*(?:19|20)\d\d\s*年?")
_TITLE = re.compile(r"《[^《》\n]{2,80}》")


@dataclass(frozen=True)
class Shape:
    kind: str  # "role" | "period"
    persons: tuple[str, ...] = ()  # for a role: the patterns of the persons asked about
    doc_kinds: tuple[str, ...] = ()  # for a period: the document kinds named (方案, 纲要)


def asked_shape(question: str) -> Shape | None:
    """The non-numeric value a comparison asks for, or None."""
    q = to_simplified(question)
    role = _ROLE_ASKED.search(q)
    if role:
        persons = person_patterns(re.split(r"[，,。；;？?]", q[: role.start()])[-1])
        if persons:
            return Shape("role", persons=persons)
    if _PERIOD_ASKED.search(q) or (_ERA_ASKED.search(q) and _DOC_KIND.search(q)):
        return Shape("period", doc_kinds=tuple(dict.fromkeys(_DOC_KIND.findall(q))))
    if _LEVEL_ASKED.search(q):
        return Shape("level")
    return None


def person_patterns(clause: str) -> tuple[str, ...]:
    """The persons a clause names, each as a pattern for report text (:func:`_person_pattern`)."""
    return tuple(_person_pattern(m) for m in _PERSON.finditer(clause))


def _person_pattern(m: re.Match) -> str:
    """A person asked about as a pattern for report text: its organ if said, 副 exactly as
    said (镇长 is no 副镇长), the title or, for a unit's head, any head of that level. The
    party committee of a town is its 党委, of a street office its 党工委: one organ asked."""
    organ, deputy, title = m.groups()
    heads = next((h for h in _HEADS if title in h), (title,))
    lead = "" if organ else "(?<!副)"
    party = "(?:党委|党工委)" if organ in ("党委", "党工委") else re.escape(organ)
    return f"{lead}{party}{deputy}(?:{'|'.join(heads)})"


def without_shape_words(analysis: Analysis) -> Analysis:
    """The need without the words that ask for the shape (角色, 覆盖哪几年): a report says
    「镇长任第一副组长」, never 「镇长的角色」."""
    kept = tuple(c for c in analysis.concepts if not _SHAPE_WORDS.fullmatch(c.term))
    return replace(analysis, concepts=kept)


def shaped_span(shape: Shape, text: str, unit: str, topic: Sequence[str]) -> Span | None:
    """The clause of the report ``text`` (of ``unit``) holding the value asked, or None.
    ``topic``: spellings of the things asked; a period's document, when the question names
    no document kind, must name one of them."""
    plain = to_simplified(text)  # same length: offsets hold
    if shape.kind == "role":
        return _role(shape.persons, plain, text)
    if shape.kind == "level":
        return _level(plain, text, topic)
    return _period(shape.doc_kinds, plain, text, unit, topic)


def _level(plain: str, text: str, topic: Sequence[str]) -> Span | None:
    """The clause with a level word standing before a mention of the topic (``_LEVEL_REACH``),
    the one holding most of the topic's words first, then the earliest."""
    forms = [to_simplified(t) for t in topic if t]
    best = None
    for m in _LEVEL_WORD.finditer(plain):
        window = re.split(r"[，,。！？；;!?\n]", plain[m.start() : m.end() + _LEVEL_REACH])[0]
        if not any(f in window for f in forms):
            continue
        span = clause_span(text, m.start(), m.end())
        clause = plain[span.start : span.end]
        rank = (sum(f in clause for f in forms), -m.start())
        if best is None or rank > best[0]:
            best = (rank, span)
    return best[1] if best else None


def _role(persons: tuple[str, ...], plain: str, text: str) -> Span | None:
    heads = "|".join(f"(?:{p})" for p in persons)
    m = re.search(rf"(?:{heads}){_HOLDS}{_OFFICE}", plain)
    return clause_span(text, m.start(), m.end()) if m else None


def _period(
    kinds: tuple[str, ...], plain: str, text: str, unit: str, topic: Sequence[str]
) -> Span | None:
    """A year range inside a document's title (or right after it), the title of one of the
    kinds asked; the unit's own document (its name in the title) before a higher level's."""
    best = None
    own = short_name(to_simplified(unit)) if unit else ""
    for t in _TITLE.finditer(plain):
        title = t.group(0)
        if not any(k in title for k in kinds or topic):
            continue
        tail = plain[t.end() : t.end() + 14]
        r = _RANGE.search(title)
        if r is None:
            r2 = re.match(rf"\s*[（(]?\s*{_RANGE.pattern}", tail)
            if r2 is None:
                continue
        rank = (bool(own) and own in title, -t.start())
        if best is None or rank > best[0]:
            end = t.end() if r is not None else t.end() + r2.end()
            best = (rank, t.start(), end)
    if best is None:
        return None
    return clause_span(text, best[1], best[2])


def clause_span(text: str, start: int, end: int) -> Span:
    """The clauses of ``text`` spanning [start, end): a cell quotes the phrase (or a
    document's title, ``doc_title``) with its clause, not the whole long sentence."""
    lo = start
    while lo > 0 and text[lo - 1] not in "，,。！？；;!?\n":
        lo -= 1
    hi = end
    while hi < len(text) and text[hi] not in "，,。！？；;!?\n":
        hi += 1
    while lo < hi and text[lo] in " \t\u3000":
        lo += 1
    return Span(lo, hi, text[lo:hi], 1.0)
