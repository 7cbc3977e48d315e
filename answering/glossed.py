"""Which-questions with a gloss or an elaboration (``retrieval.glosses``).

The need is the question without its gloss. For an elaboration by examples the examples
join it as one concept any of whose spellings counts (法律顾问 and 决策 or 合同). For a gloss
of a named term, every report is judged on the term; a report that does not name it is
judged on each listed part alone, and counts when it names most of them (a report may list
公示, 全过程记录 and 法制审核 and never write 三项制度). Its quote is one of those sentences.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from answering import both, but_unsaid, conditioned, rated, which
from answering.named_gloss import named_instead
from reportqa.answer import Answer
from reportqa.text import to_simplified
from reportqa.types import Hit, ReportEvidence
from retrieval.evidence import Sentence, is_heading, sentence_chunk, sentences_of
from retrieval.glosses import Gloss, find_gloss, illustrates, most
from retrieval.item_lists import examples_read
from retrieval.query import Analysis, Concept

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters


def answer(ctx: Context, analysis: Analysis, filters: Filters) -> Answer:
    """The which-answerer (``answering.kinds``): the plain one when there is no gloss."""
    gloss = find_gloss(analysis.question)
    if gloss is not None and gloss.any_of and examples_read(analysis.concepts, gloss.parts):
        gloss = None  # 「大模型（像deepseek）」: already one kind (``retrieval.item_lists``)
    if gloss is not None and illustrates(analysis.question, gloss):
        gloss = None  # 「X这一块，比如…」: examples of the area, no narrowing (``glosses``)
    if gloss is None:
        return _plain(ctx, analysis, filters)
    named = named_instead(ctx, analysis, gloss)  # 「…上台讲履职的（就是述法）」: 述法 decides
    if named is not None:
        # the name decides, and the question's own condition still holds (「…，就是“法律明白人”，
        # 超过200人的是哪些」: the bound is the question's, whatever named the thing)
        return _plain(ctx, named, filters)
    head = _concepts(ctx, gloss.without(analysis.question))
    if not head:
        return which.answer(ctx, analysis, filters)
    if gloss.any_of:
        examples = _examples(ctx, gloss, head)
        concepts = (*head, examples) if examples else head
        return which.answer(ctx, _need(analysis, concepts), filters)
    return _term_or_parts(ctx, _need(analysis, head), gloss, filters)


def _plain(ctx: Context, analysis: Analysis, filters: Filters) -> Answer:
    """The which-answer with no gloss left to read: a role held or a count stated is a
    condition on the sentence (``conditioned``)."""
    return (
        but_unsaid.answer(ctx, analysis, filters)  # 「A、但报告里没提B的」: A less B
        or both.answer(ctx, analysis, filters)  # 「既…又…」: every part (``answering.both``)
        or rated.answer(ctx, analysis, filters)  # 「每周召开」: the rate (``answering.rated``)
        or conditioned.answer(ctx, analysis, filters)
        or which.answer(ctx, analysis, filters)
    )


def _concepts(ctx: Context, text: str) -> tuple[Concept, ...]:
    return ctx.retriever.analyze(text).concepts


def _need(analysis: Analysis, concepts: tuple[Concept, ...]) -> Analysis:
    terms = tuple(dict.fromkeys(t for c in concepts for t in (c.term, *c.alternatives[:3])))
    quoted = tuple(q for q in analysis.quoted if any(q in c.alternatives for c in concepts))
    return replace(analysis, concepts=concepts, search_terms=terms, quoted=quoted)


def _same(c: Concept, head: tuple[Concept, ...]) -> bool:
    """The example only names the head again (律师 for 法律顾问: one spells the other)."""
    return any(set(c.alternatives) & set(h.alternatives) for h in head)


def _examples(ctx: Context, gloss: Gloss, head: tuple[Concept, ...]) -> Concept | None:
    """One concept for the examples: each example's last required concept (a Chinese phrase
    ends in what it is about: 参与重大决策 → 决策, 审合同 → 合同), any of them enough."""
    keys: list[Concept] = []
    for part in gloss.parts:
        own = [c for c in _concepts(ctx, part) if c.required and not _same(c, head)]
        if own:
            keys.append(own[-1])
    if not keys:
        return None
    alts = tuple(dict.fromkeys(a for c in keys for a in c.alternatives))
    return Concept("/".join(c.term for c in keys), alts, True)


def _term_or_parts(ctx: Context, need: Analysis, gloss: Gloss, filters: Filters) -> Answer:
    idf = ctx.retriever.concept_idf(need, filters)
    evidence = ctx.retriever.fan_out(need, filters)
    missing = {ev.info.report_id for ev in evidence if not ev.supported}
    named = _parts_named(ctx, gloss.parts, missing) if missing else {}
    enough = most(len(gloss.parts))
    merged = []
    for ev in evidence:
        got = named.get(ev.info.report_id, {})
        if len(got) >= enough:
            hits = tuple(got[i] for i in sorted(got))
            ev = ReportEvidence(ev.info, hits, True, min(h.score for h in hits), "释义各项")
        merged.append(ev)
    return which.compose_which(need, merged, idf)


def _bigrams(text: str) -> set[str]:
    han = "".join(ch for ch in to_simplified(text) if "\u4e00" <= ch <= "\u9fff")
    return {han[i : i + 2] for i in range(len(han) - 1)} or ({han} if han else set())


def _parts_named(ctx: Context, parts: tuple[str, ...], reports: set[str]):
    """For each report of ``reports``, the parts (by index) one of its sentences names, each
    with that sentence. A part is named in other words when the sentence holds ``NAMED`` of
    its character pairs (全程记录 in 「实行全过程记录」, 重大执法决定法制审核 in 「对重大执法决定
    一律…进行法制审核」); the pairs a part shares with a common phrase only (执法人员 of
    随机选派执法人员) fall short. Candidate chunks come from the token index."""
    lib = ctx.retriever.lib
    lex = lib.lexical
    wanted = np.fromiter((rid in reports for rid in lex.report_ids), dtype=bool)
    in_scope = wanted[lex.report_of] if len(lex.report_of) else np.zeros(0, dtype=bool)
    named: dict[str, dict[int, Hit]] = {}
    for i, part in enumerate(parts):
        grams = _bigrams(part)
        tokens = lib.tokenizer.index_tokens(part)
        if not grams or not tokens:
            continue
        rows = np.nonzero(lex.holding_any(tokens) & in_scope)[0].tolist()
        for r in rows:
            chunk = lib.chunks[r]
            if i in named.get(chunk.report_id, {}):
                continue
            text = ctx.retriever.simple(r)
            for s, e in sentences_of(text, sorted(grams)):
                sentence = text[s:e]
                share = sum(g in sentence for g in grams) / len(grams)
                if share >= NAMED and not is_heading(sentence):
                    hit = Hit(sentence_chunk(chunk, Sentence(r, s, e, share)), share, "fanout")
                    named.setdefault(chunk.report_id, {})[i] = hit
                    break
    return named


NAMED = 0.6  # share of a part's character pairs a sentence must hold to name it
