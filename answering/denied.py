"""Which-answers without the reports that state the asked deed only to forswear it.

``retrieval.denied_deed`` reads the sentence: 「不干预司法活动」 is no report of 干预. Here a
supported report keeps only the supporting sentences that do not deny the question's verb;
a report left with none is read again by itself, so a sentence further on that states the
deed is found, and otherwise it does not answer — 「没有」 rather than a unit whose report
says the opposite.

``retrieval.own_lack`` reads the report: a unit that writes 「我镇尚未配备公职律师」 keeps, for a
question requiring 公职律师, only the sentences that name it (``unlacked``); 「全年开展合法性审查
5件」 is then what it did without one, not its 公职律师's work.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reportqa.text import to_simplified
from reportqa.types import ReportEvidence
from reportqa.units import short_name
from retrieval.denied_deed import asked_deeds, denies
from retrieval.evidence import names_in
from retrieval.own_lack import lacks
from retrieval.query import Analysis

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters


def _kept(ev: ReportEvidence, deeds, read: dict[str, bool] | None = None) -> ReportEvidence:
    """``read``: per sentence text, whether it denies the deeds — a pure function of the
    text, so one ask reads each distinct sentence once (reports copy their superior's
    template sentences; ``retrieval.judging`` says how much repeats)."""
    if read is None:
        read = {}
    hits = []
    for h in ev.hits:
        text = h.chunk.text
        no = read.get(text)
        if no is None:
            no = read[text] = denies(text, deeds)
        if not no:
            hits.append(h)
    if len(hits) == len(ev.hits):
        return ev
    return replace(ev, hits=tuple(hits), supported=bool(hits))


def undenied(
    ctx: Context, analysis: Analysis, filters: Filters, evidence: list[ReportEvidence]
) -> list[ReportEvidence]:
    """``evidence`` with each supported report judged without its denying sentences."""
    deeds = asked_deeds(analysis.question, analysis.concepts, ctx.retriever.lib.tokenizer.tagged)
    if not deeds:
        return evidence
    out = []
    read: dict[str, bool] = {}
    for ev in evidence:
        got = _kept(ev, deeds, read) if ev.supported else ev
        if ev.supported and not got.supported:
            alone = replace(filters, report_ids=(ev.info.report_id,))
            again = [e for e in ctx.retriever.fan_out(analysis, alone) if e.info == ev.info]
            if again:
                got = _kept(again[0], deeds, read)
        out.append(got)
    return out


def _lacked_things(analysis: Analysis) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each required concept of the question as (its spellings, the spellings of the concept
    the question writes straight before it: 调解 before 委员会), for ``own_lack.lacks``."""
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


_NO_NEGATION = frozenset("未没缺空筹")  # one of them stands in every negated mention


def _unlacked_hits(ev: ReportEvidence, things, lacked: dict) -> ReportEvidence:
    """``ev`` without the sentences that do not name a thing its report says the unit lacks
    (``lacked``: per (report, thing), whether it does; the report text read only when a
    sentence leaves the thing out)."""
    hits = []
    for h in ev.hits:
        text = to_simplified(h.chunk.text)
        keep = True
        for thing in things:
            if any(w in text for w in thing[0]) and (
                _NO_NEGATION.isdisjoint(text) or names_in(text, thing[0])
            ):
                continue  # named, and not under a negation (the cheap test first)
            key = (ev.info.report_id, thing)
            if key not in lacked:
                whole = to_simplified(lacked["text"](ev.info.report_id))
                unit = ev.info.township
                own = (unit, short_name(unit))
                lacked[key] = lacks(whole, *thing, own, lacked["is_word"])
            if lacked[key]:
                keep = False
                break
        if keep:
            hits.append(h)
    if len(hits) == len(ev.hits):
        return ev
    return replace(ev, hits=tuple(hits), supported=bool(hits))


def unlacked(
    ctx: Context, analysis: Analysis, filters: Filters, evidence: list[ReportEvidence]
) -> list[ReportEvidence]:
    """``evidence`` without the sentences that leave out a thing the question requires and
    the report says its unit lacks (``retrieval.own_lack``: 「尚未配备公职律师」 then
    「开展合法性审查5件」 is no 公职律师 reviewing); a report left with none is read again by
    itself, so a sentence naming the thing further on is found."""
    things = _lacked_things(analysis)
    if not things:
        return evidence
    lib = ctx.retriever.lib
    lacked: dict = {"text": lib.report_text, "is_word": lib.tokenizer.is_word}
    out = []
    for ev in evidence:
        got = _unlacked_hits(ev, things, lacked) if ev.supported else ev
        if ev.supported and not got.supported:
            alone = replace(filters, report_ids=(ev.info.report_id,))
            again = [e for e in ctx.retriever.fan_out(analysis, alone) if e.info == ev.info]
            if again:
                got = _unlacked_hits(again[0], things, lacked)
        out.append(got)
    return out
