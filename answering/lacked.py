"""Which-answers without the units whose own report says they lack the asked thing.

A report that writes 「因经费紧张，尚未聘请法律顾问」 and later 「全年召开法律事务分析会两次」 is no
answer to 「哪些乡镇的法律顾问参加了法律事务分析会」: the heading is withheld
(``retrieval.denied_sections``), but the later sentence passes on its other words. Here a
supported report whose record says its unit lacks a required thing (``reportqa.lacks``, read
once at ingest: no report text is read at the ask) keeps only the sentences that name the
thing; a report left with none is read again by itself, so a sentence naming it further on
(「年中已聘请法律顾问」 then 「法律顾问列席会议」) is found, and otherwise it does not answer.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reportqa.lacks import lacked, without_absences
from reportqa.text import to_simplified
from reportqa.types import ReportEvidence
from reportqa.units import short_name
from retrieval.evidence import names_in
from retrieval.query import Analysis

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters

Thing = tuple[tuple[str, ...], tuple[str, ...]]  # its spellings, the words written before it

_NEGATION = frozenset("未没缺空筹")  # one of them stands in every negated mention


def _things(analysis: Analysis) -> tuple[Thing, ...]:
    """Each required concept of the question as (its spellings, the spellings of the concept
    the question writes straight before it: 调解 before 委员会)."""
    text = to_simplified(analysis.question)
    spelt = [
        (c, tuple(dict.fromkeys(s for s in (c.term, *c.alternatives) if s and "“" not in s)))
        for c in analysis.concepts
    ]
    out = []
    for c, spellings in spelt:
        if not c.required or not spellings:
            continue
        at = next((text.find(s) for s in spellings if s in text), -1)
        before: tuple[str, ...] = ()
        if at > 0:
            for o, others in spelt:
                if o is not c and any(s and text.endswith(s, 0, at) for s in others):
                    before = others
                    break
        out.append((spellings, before))
    return tuple(out)


def _lacked_by(ev: ReportEvidence, things: tuple[Thing, ...], is_word) -> tuple[Thing, ...]:
    """The things of the question the report of ``ev`` says its unit lacks."""
    unit = ev.info.township
    own = (unit, short_name(unit))
    return tuple(t for t in things if lacked(ev.info.lacks, t[0], t[1], own, is_word))


def _naming(ev: ReportEvidence, lacking: tuple[Thing, ...]) -> ReportEvidence:
    """``ev`` with only the sentences that name every thing its unit lacks."""
    hits = []
    for h in ev.hits:
        text = without_absences(to_simplified(h.chunk.text))
        if all(
            any(w in text for w in spellings)
            and (_NEGATION.isdisjoint(text) or names_in(text, spellings))
            for spellings, _ in lacking
        ):
            hits.append(h)
    if len(hits) == len(ev.hits):
        return ev
    return replace(ev, hits=tuple(hits), supported=bool(hits))


def unlacked(
    ctx: Context, analysis: Analysis, filters: Filters, evidence: list[ReportEvidence]
) -> list[ReportEvidence]:
    """``evidence`` without the sentences that leave out a thing the question requires and
    the report says its unit lacks."""
    if not any(ev.supported and ev.info.lacks for ev in evidence):
        return evidence  # the common case: no listed unit says it lacks anything
    things = _things(analysis)
    if not things:
        return evidence
    is_word = ctx.retriever.lib.tokenizer.is_word
    out = []
    for ev in evidence:
        lacking = _lacked_by(ev, things, is_word) if ev.supported and ev.info.lacks else ()
        got = _naming(ev, lacking) if lacking else ev
        if lacking and not got.supported:
            alone = replace(filters, report_ids=(ev.info.report_id,))
            again = [e for e in ctx.retriever.fan_out(analysis, alone) if e.info == ev.info]
            if again:
                got = _naming(again[0], lacking)
        out.append(got)
    return out
