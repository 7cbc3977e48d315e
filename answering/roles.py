"""Which-questions with a role condition: 「哪几个镇的领导小组是书记挂帅、镇长当副组长的」.

Such a question lists the units whose report gives those persons those offices, and a report
that names the group with other holders does not count however many of the words it shares
(「由党委书记、镇长任组长」: the 镇长 leads, he is no deputy). Reports write an office as a
person (or several joined by 、, or written together: 「党委书记镇长」), a verb of holding
(任/为/担任/出任/兼任/当) and the office ending in 组长: 「以镇党委书记为组长、镇长为第一副组长」
「由镇长任组长，分管副镇长任副组长」. Each report is read for those clauses (``answering.shaped``
reads the persons the same way for a comparison), and a unit is

- listed when every person asked holds the office asked (副组长 asked: any deputy's office;
  第一副组长 asked: that office exactly; 组长 asked: the leader's office, 第一组长 too);
- left out when a person asked holds another office, or the leader's office asked is held by
  someone else (「镇长当组长」 over 「书记任组长」);
- named as arguable when the report names such offices but not for the person asked.

One holder of the leader's post alone is the older reader's (``retrieval.conditions``); this
one takes the questions that reader cannot express (:func:`_beyond_one_leader`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from answering.extractive import CitationBook, _label, _quoted, no_evidence
from answering.sentences import Span
from answering.shaped import person_patterns
from reportqa.answer import Answer, Bullets, Completeness, Kind, Paragraph, Text, verdicts
from reportqa.text import to_simplified

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters
    from retrieval.query import Analysis

_OFFICE = r"(?:第一|常务|执行|双)?副?组长"
_HOLD = r"(?:同志)?(?:担任|出任|兼任|任|为|当|作为|做)"
# in a question: 「书记挂帅」「书记当组长」「镇长当第一副组长」「镇长做副组长」
_ASKED = re.compile(rf"(?P<who>[^，,。？?]{{1,16}}?)(?:{_HOLD}(?P<office>{_OFFICE})|挂帅)")
_BRACKETED = re.compile(r"[（(]([^（）()]*)[）)]")
# in a report: the persons before the verb, within one clause
_HELD = re.compile(rf"(?P<who>[^，,。；;：:\n]{{1,30}}?){_HOLD}(?P<office>{_OFFICE})")
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")
_GROUP = re.compile(r"小组|专班|委员会")


@dataclass(frozen=True)
class Condition:
    person: str  # a pattern for report text (``answering.shaped.person_patterns``)
    office: str  # as asked: 组长, 副组长, 第一副组长


def role_conditions(question: str) -> tuple[Condition, ...]:
    """The (person, office) pairs a question asks of the units, or () when it asks none.
    Persons joined by 、 each hold the office (「书记、镇长当组长」); a person in brackets is
    another spelling of the one before (「党委书记（党工委书记）」: a town's and a street's)."""
    out = []
    for m in _ASKED.finditer(to_simplified(question)):
        office = m.group("office") or "组长"
        for part in re.split(r"[、和与及]", m.group("who")):
            persons = person_patterns(part)
            if persons:  # the one nearest the verb, with its bracketed spellings
                said = persons if _BRACKETED.search(part) else persons[-1:]
                out.append(Condition("|".join(dict.fromkeys(said)), office))
    return tuple(out)


def _fits(held: str, asked: str) -> bool:
    """Does an office written in a report fill the office asked?"""
    if asked.startswith(("第一副", "常务副", "执行副")):
        return held == asked
    return ("副" in held) == ("副" in asked)


@dataclass(frozen=True)
class _Reading:
    verdict: str  # "met" | "other" | "arguable" | "silent"
    spans: tuple[Span, ...] = ()


def read_roles(text: str, conditions: tuple[Condition, ...]) -> _Reading:
    """How a report's text stands to the conditions, with the clauses that say so."""
    plain = to_simplified(text)  # same length: offsets hold
    held: list[tuple[str, str, Span]] = []  # (who, office, clause)
    for s in _SENTENCE.finditer(plain):
        if not _GROUP.search(s.group(0)):
            continue  # offices of a group: 领导小组, 工作专班, 委员会
        for m in _HELD.finditer(s.group(0)):
            a, b = s.start() + m.start(), s.start() + m.end()
            lo = a + len(m.group("who")) - len(m.group("who").lstrip("，,、 "))
            held.append((m.group("who"), m.group("office"), Span(lo, b, text[lo:b], 1.0)))
    if not held:
        return _Reading("silent")
    spans, verdict = [], "met"
    for c in conditions:
        mine = [(o, sp) for who, o, sp in held if re.search(c.person, who)]
        good = [sp for o, sp in mine if _fits(o, c.office)]
        leader_elsewhere = "副" not in c.office and any("副" not in o for _, o, _ in held)
        if good:
            spans.append(good[0])
        elif mine or leader_elsewhere:
            return _Reading("other", tuple(sp for _, sp in mine[:1]))
        else:
            verdict = "arguable"
    return _Reading(verdict, tuple(dict.fromkeys(spans)))


def _beyond_one_leader(conditions: tuple[Condition, ...]) -> bool:
    """One holder of the leader's post (「党委书记挂帅当组长的」) is read by
    ``retrieval.conditions`` (``answering.conditioned``); this module reads what that cannot:
    several persons at once, or a deputy's office."""
    return len(conditions) > 1 or any("副" in c.office for c in conditions)


def answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer | None:
    """The which-answer of a role condition, or None when the question asks none."""
    conditions = role_conditions(analysis.question)
    if analysis.townships or not _beyond_one_leader(conditions):
        return None
    scope = ctx.retriever.scope(filters)
    ids = {i.report_id for i in scope}
    by_report: dict[str, list] = {}  # the passages that name an office, report by report
    for c in ctx.retriever.lib.chunks:
        if c.report_id in ids and "组长" in c.text:
            by_report.setdefault(c.report_id, []).append(c)
    book = CitationBook()
    lines, met, arguable, other = [], [], [], []
    for info in scope:
        own = by_report.get(info.report_id, [])
        if not own:
            continue
        text = ctx.retriever.lib.report_text(info.report_id)
        reading = read_roles(text, conditions)
        at = {
            sp: next((c for c in own if c.start <= sp.start and sp.end <= c.end), None)
            for sp in reading.spans
        }
        if reading.verdict == "met" and all(at.values()):
            met.append(info.shown)
            cited = [
                _quoted(sp.text, book.cite(at[sp], sp), "；" if i else "：")
                for i, sp in enumerate(reading.spans)
            ]
            lines.append((*_label(info), *cited))
        elif reading.verdict in ("arguable", "met"):
            arguable.append(info.shown)
        elif reading.verdict == "other":
            other.append(info.shown)
    met = list(dict.fromkeys(met))
    rest = [i.shown for i in scope if i.shown not in met]
    silent = [u for u in dict.fromkeys(rest) if u not in arguable]
    head = (
        f"共 {len(met)} 个单位的报告写明了所问的分工：" if met else "没有单位的报告写明所问的分工。"
    )
    body: list = [Paragraph((Text(head),))]
    if met:
        body.append(Bullets(tuple(lines)))
    elif not other and not arguable:
        return no_evidence(analysis, len(scope), list(dict.fromkeys(rest)))
    for units, said in (
        (other, "写了分工但与所问不同"),
        (arguable, "写了领导小组但没有写明所问人员的职务"),
    ):
        if units:
            body.append(Paragraph((Text(f"{said}：{'、'.join(dict.fromkeys(units))}。"),)))
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.WHICH,
        mode="extractive",
        body=tuple(body),
        units=verdicts(met, list(dict.fromkeys(rest))),
        completeness=Completeness(len(scope), tuple(silent)),
        citations=tuple(book.items),
        searched=len(scope),
    )
