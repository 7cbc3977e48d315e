"""A how-many question whose number the report does not give.

A report often gives a number *next to* the one asked for: the cases brought but not the
cases lost, consultations in 人次 but not cases in 件. Quoting that number as the answer
would state a fact the report never states. So the answer says the report does not give
it, and shows the nearest passage apart, labelled as related and not as the answer: it
names no unit as answering and carries no citation of the answer's evidence: the passage is
a citation whose role is RELATED (``Answer.related``), which the renderers list apart and the
eval never counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from answering.extractive import CitationBook, _quoted
from answering.sentences import Span
from reportqa.answer import Answer, Kind, Paragraph, Role, Text, Unsaid, verdicts
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.holders import is_holder
from retrieval.measures import asked_measure, counts_with, how_many
from retrieval.negative_content import denied_topic
from retrieval.query import Analysis


def not_given(
    analysis: Analysis,
    related: Sequence[tuple[float, int, Chunk, Span]],
    scope: Sequence[ReportInfo],
    what: str = "数字",
) -> Answer:
    """``related``: the scored sentences that mention the topic but carry no count of it
    (score, rank, chunk, span), best first after sorting. ``scope``: the reports of the one
    unit the question is about, every sentence of which was judged: only then may the answer
    say what that unit's reports do not write (``absent_scope``). ``what``: the value asked
    (数字; 等次 for a grade, ``answering.grades``)."""
    unit = scope[0].township or scope[0].source
    years = sorted({i.year for i in scope if i.year})
    year = f"{'、'.join(map(str, years))}年" if years else ""
    topic = analysis.topic or analysis.question  # 败诉 too
    whose = f"{unit}{year}的报告"
    if len(scope) == 1 and _titled_otherwise(scope[0]):
        # 「深圳2001年那份」: a report titled by the year it was delivered, which reviews the
        # year before, is named by its title — 「深圳市2000年的报告」 is a name the user never
        # said and the report never bears
        whose = f"《{scope[0].title}》"
    said = f"{whose}没有写明「{topic}」的{what}（已检索 {len(scope)} 份报告）。"
    best = min(related, key=lambda c: (-c[0], c[1]))[3].text if related else ""
    if denied_topic(best, analysis.concepts):  # 「未发生行政复议案件」: the negation is the answer
        said = f"{whose}写明没有发生「{topic}」，所以没有这个{what}（已检索 {len(scope)} 份报告）。"
    return unit_said(analysis, related, scope, said, f"不是所问的{what}")


def _titled_otherwise(info: ReportInfo) -> bool:
    """Does the report's title name a year other than the one it is filed under?"""
    named = re.findall(r"((?:19|20)\d\d)年", info.title or "")
    return bool(named and info.year and str(info.year) not in named)


def unit_said(
    analysis: Analysis,
    related: Sequence[tuple[float, int, Chunk, Span]],
    scope: Sequence[ReportInfo],
    said: str,
    label: str,
) -> Answer:
    """What the one unit's reports do not write (``said``), and its best related sentence
    shown apart (``label``: why it is no answer) as a related citation the eval never counts
    as the answer's evidence: the shape every "the unit's report does not say" answer shares."""
    _, _, chunk, span = min(related, key=lambda c: (-c[0], c[1]))
    unit = scope[0].township or scope[0].source
    book = CitationBook()
    n = book.cite(chunk, span)
    where = f"据《{chunk.info.title}》（{chunk.section}）："
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.FACT,
        mode="extractive",
        body=(
            Paragraph((Text(said),)),
            Paragraph((Text(f"相关内容（{label}，仅供参考）："), _quoted(span.text, n, where))),
        ),
        units=verdicts((), (unit,)),
        searched=len(scope),
        related=(replace(book.items[0], role=Role.RELATED),),
    )


def near_value(
    analysis: Analysis,
    related: Sequence[tuple[float, int, Chunk, Span]],
    scope: Sequence[ReportInfo],
    unsaid: Sequence[str],
) -> Answer | None:
    """「报告没有用“X”的说法；最接近的是：…」 — the honest middle between a value and 「没有
    写明」. Users count things in their own words (小册子 for 宣传手册, 探头 for 摄像头); when the
    question's word ``unsaid`` is written by no report, the unit's sentence that still says
    every other required word of the question (through its alternatives) and holds a count
    of the asked measure (场 asked: a 场 count) is the closest reading. It is shown as a
    related citation, never stated as the answer's value: whether the report's thing is the
    user's is the reader's call. None (the plain 「没有写明」 stands) when no word is unsaid,
    or no sentence holds both: a value of another measure, or a sentence about another
    act, is no reading of the question."""
    if not unsaid or not related:
        return None
    measure = asked_measure(analysis.question)
    counts = counts_with(measure) if measure else how_many()
    said = [c for c in analysis.concepts if c.required and c.term not in unsaid]
    # what is left must weigh as much as what is gone, as qa38's "two must stay": a required
    # word of the thing said (a holder such as 干部 names none), and with the measure asked (场)
    # as many as the words unsaid — 「新装了多少个探头」 keeps 探头 for 新装; 「干部听讲座听了
    # 几场」 keeps only 干部 and 场 for 讲座: no reading
    kept = sum(1 for c in said if not is_holder(c.term))
    if not kept or kept + bool(measure) < len(unsaid):
        return None

    def reads(text: str) -> bool:
        text = to_simplified(text)
        return bool(counts.search(text)) and all(
            any(a in text for a in (c.term, *c.alternatives)) for c in said
        )

    near = [c for c in related if reads(c[3].text)]
    if not near:
        return None
    _, _, chunk, span = min(near, key=lambda c: (-c[0], c[1]))
    book = CitationBook()
    n = book.cite(chunk, span)
    where = f"据《{chunk.info.title}》（{chunk.section}）："
    unit = scope[0].township or scope[0].source
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.FACT,
        mode="extractive",
        body=(
            Unsaid(tuple(unsaid), near=True),
            Paragraph((_quoted(span.text, n, where),)),
            Paragraph((Text("以上是报告中最接近的说法，不是所问内容的依据，仅供参考。"),)),
        ),
        units=verdicts((), (unit,)),
        searched=len(scope),
        related=(replace(book.items[0], role=Role.RELATED),),
    )


def absent_scope(scope: Sequence[ReportInfo], few: int) -> tuple[ReportInfo, ...]:
    """The reports a "not given" answer may speak for: one unit's reports, few enough that
    every sentence of them was judged (``retrieval.question_scope.with_judged``); else ()
    and the answer only says what the search did not find."""
    units = {i.township or i.source for i in scope}
    return tuple(scope) if scope and len(scope) <= few and len(units) == 1 else ()
