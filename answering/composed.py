"""The answers to the questions of one message, as one answer: each part's blocks under the
question it answers (``Asked``), in the order asked, its citations renumbered so that the
markers of every part point at their own quotes — the quotes themselves are the parts' own,
untouched, so each is still exactly the text of its report.

A part that could not be answered (「它」 with nothing to point at, a unit the library lacks)
says why in its place; the other parts still stand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from answering.followup import Turn
from answering.types import Event, EventType
from reportqa.answer import (
    Answer,
    Asked,
    Block,
    Bullets,
    Citation,
    CompareRow,
    CompareTable,
    Kind,
    Paragraph,
    Prose,
    Role,
    Text,
    UnitVerdict,
    Verdict,
)
from reportqa.errors import QuestionError

__all__ = ["answer_parts", "compose", "turns_of_answer"]

Ask = Callable[[str, Sequence[Turn]], Iterator[Event]]


def answer_parts(
    ask: Ask, question: str, parts: Sequence[str], history: Sequence[Turn], mode: str
) -> Iterator[Event]:
    """Each part asked in turn after ``history`` and the parts before it, then one answer.
    A model's text streams as it comes; the scope notes are said once, together."""
    answers: list[Answer] = []
    turns = list(history)
    notes: list[str] = []
    failures: list[QuestionError] = []
    for part in parts:
        got, refused = None, False
        try:
            for event in ask(part, turns):
                if event.type == EventType.SCOPE:
                    notes.append(event.text)
                elif event.type == EventType.TOKEN:
                    yield event
                elif event.type == EventType.ANSWER:
                    got = event.answer
        except QuestionError as exc:  # its reason stands in its place
            failures.append(exc)
            refused = True
            got = Answer(part, Kind.FACT, mode, body=(Paragraph((Text(str(exc)),)),))
        assert got is not None
        answers.append(got)
        if not refused:  # a part asked back answered nothing a later 「那乙镇呢」 could follow
            turns.extend(turns_of_answer(got))
    if len(failures) == len(parts):
        raise failures[0]  # nothing answered: refused as one question would be
    if notes:
        yield Event(EventType.SCOPE, "；".join(dict.fromkeys(notes)))
    yield Event(EventType.ANSWER, answer=compose(question, answers))


def compose(question: str, parts: Sequence[Answer]) -> Answer:
    """One answer to ``question`` from the answers to its parts, in order."""
    support = sum(len(p.citations) for p in parts)
    done_support = done_related = 0
    numbered: list[Answer] = []
    for part in parts:
        moved = {c.n: done_support + i for i, c in enumerate(part.citations, 1)}
        start = support + done_related
        moved |= {c.n: start + i for i, c in enumerate(part.related, 1)}
        numbered.append(_renumbered(part, moved))
        done_support += len(part.citations)
        done_related += len(part.related)
    body: list[Block] = []
    for part in numbered:
        resolved = part.resolved_question
        same = not resolved or resolved.strip() == part.question.strip()
        body.append(Asked(part.question, "" if same else resolved, part.resolution_note))
        body.extend(part.body)
        if part.completeness is not None:
            body.append(part.completeness)
    kinds = {p.kind for p in parts}
    tables = [p.compare for p in numbered if p.compare is not None]
    return Answer(
        question=question,
        kind=kinds.pop() if len(kinds) == 1 else Kind.FACT,
        mode=parts[0].mode,
        body=tuple(body),
        citations=tuple(c for p in numbered for c in p.citations),
        units=_units(numbered),
        compare=_shown(tables),
        resolved_question=question,
        notices=tuple(dict.fromkeys(n for p in parts for n in p.notices)),
        searched=max(p.searched for p in parts),
        scope=tuple(dict.fromkeys(u for p in parts for u in p.scope)),
        related=tuple(c for p in numbered for c in p.related),
        parts=tuple(numbered),
    )


def turns_of_answer(answer: Answer) -> list[Turn]:
    """The turns a later follow-up reads: one per part of a message of several questions
    (「那辛集乡呢」 after 「…吗？云乐镇开展了几次普法活动？」 asks the last part again)."""
    if answer.parts:
        return [t for p in answer.parts for t in turns_of_answer(p)]
    return [
        Turn(
            answer.question,
            answer.resolved_question,
            _talked_about(answer),
            answer.scope,
            answer.picked,
            "\n".join(c.quote for c in (*answer.citations, *answer.related)),
            _cited_years(answer),
        )
    ]


def _cited_years(answer: Answer) -> tuple[int, ...]:
    """The years of the reports the answer rested on (its support citations), oldest first."""
    cited = (c.year for c in answer.citations if c.year and c.role == Role.SUPPORT)
    return tuple(sorted(set(cited)))


def _talked_about(answer: Answer) -> tuple[str, ...]:
    """The units a following 「它」 can mean: the answer's units, and a report it rests on whose
    unit went unread, named by its file as answers name it (``shown_unit``; the filters
    match that name). A fact or count answer lists no verdict for such a report, yet it is
    the report the user was just told about (「萤火夜校开了几场」 → 「它那年的书记是谁」)."""
    unread = (c.shown for c in answer.citations if not c.township and c.role == Role.SUPPORT)
    return tuple(dict.fromkeys((*answer.townships, *unread)))


def _units(parts: Sequence[Answer]) -> tuple[UnitVerdict, ...]:
    """A unit any part supports is supported; one no part supports keeps its own verdict."""
    best: dict[str, UnitVerdict] = {}
    rank = {Verdict.SUPPORTED: 0, Verdict.UNSHOWN: 1, Verdict.NOT_MENTIONED: 2}
    for part in parts:
        for u in part.units:
            kept = best.get(u.unit)
            if kept is None or rank[u.verdict] < rank[kept.verdict]:
                best[u.unit] = u
    return tuple(best.values())


def _renumbered(answer: Answer, moved: dict[int, int]) -> Answer:
    if all(n == m for n, m in moved.items()):
        return answer

    def cite(c: Citation) -> Citation:
        return replace(c, n=moved.get(c.n, c.n))

    def runs(items: tuple[Text, ...]) -> tuple[Text, ...]:
        return tuple(replace(t, refs=tuple(moved.get(n, n) for n in t.refs)) for t in items)

    def table(t: CompareTable) -> CompareTable:
        return CompareTable(tuple(_row(r, cite) for r in t.rows))

    def block(b: Block) -> Block:
        if isinstance(b, Paragraph):
            return Paragraph(runs(b.runs))
        if isinstance(b, Prose):
            return Prose(runs(b.runs))
        if isinstance(b, Bullets):
            return Bullets(tuple(runs(i) for i in b.items))
        if isinstance(b, CompareTable):
            return compare if b is answer.compare and compare is not None else table(b)
        return b

    compare = table(answer.compare) if answer.compare is not None else None
    return replace(
        answer,
        body=tuple(block(b) for b in answer.body),
        citations=tuple(cite(c) for c in answer.citations),
        related=tuple(cite(c) for c in answer.related),
        compare=compare,
        parts=tuple(_renumbered(p, moved) for p in answer.parts),
    )


def _row(row: CompareRow, cite) -> CompareRow:
    return replace(row, citation=cite(row.citation)) if row.citation else row


def _shown(tables: Sequence[CompareTable]) -> CompareTable | None:
    """The table an answer of several parts shows beside its text, as its chart: each part's
    own table stands in its body, but the app draws one chart, and two tables left it with
    none. The first whose rows carry two figures is the one a chart can draw; else the
    first."""
    drawn = [t for t in tables if sum(r.number is not None for r in t.rows) >= 2]
    return (drawn or list(tables) or [None])[0]
