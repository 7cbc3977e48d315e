"""Per-report fan-out: every report in scope judged on its best sentence, so a which or compare
answer is complete by construction — the needs built once, the chunks no sentence of which can
reach the floor skipped, the rest read best-ranked first and each report's verdict kept in its
place. ``HybridRetriever.fan_out`` (with its sentence book), defined here and bound in its
class: the fan-out is the search's second concept beside the ranked hybrid search."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from reportqa.text import to_simplified
from reportqa.types import ReportEvidence
from retrieval.evidence import SUPPORT, build_needs, cues
from retrieval.filters import Filters
from retrieval.heading_mentions import mention_asked
from retrieval.judging import judge_rows, supporting_hits
from retrieval.periods import sentences_of_period
from retrieval.query import Analysis
from retrieval.question_scope import FEW  # up to which every report gets several sentences
from retrieval.reachable import reachable
from retrieval.report_parts import reads_on

if TYPE_CHECKING:
    from retrieval.search import HybridRetriever


@lru_cache(maxsize=1024)
def _coverage(score: float) -> str:
    """A supported report's reason: its score as shown. A fan-out's scores are sums of a
    few concepts' weights, so a which-answer over thousands of reports formats the same
    handful of floats (once each here, not once per report)."""
    return f"覆盖度 {score:.2f}"


def sentence_book(self: HybridRetriever) -> dict[int, list]:
    """Per chunk row, its text, sentence ends and sentences as judged (``judge_rows``): facts
    about the library, kept per index version like ``simple``."""
    version = self.lib.lexical.version
    if version != self._book_version or len(self._book) > 250_000:
        self._book, self._book_version, self._cuts = {}, version, {}
    return self._book


def fan_out(
    self: HybridRetriever,
    analysis: Analysis,
    filters: Filters | None = None,
    floor: float = SUPPORT,
    whole: bool = False,
    keep: int | None = None,
) -> list[ReportEvidence]:
    """Every report in scope judged on its best sentence (``retrieval.evidence``).
    Chunks that cannot reach ``floor`` are not read (calibration passes 0 to see every
    report's best score). ``whole``: every chunk of the (few) reports in scope is a
    candidate, not only those holding a cue word. ``keep``: how many supporting sentences a
    report shows (default ``per_report_passages``, at least 4); a condition tested on every
    sentence of a report on the topic (``answering.conditioned``) asks for all of them."""
    self.lib.refresh()
    infos = self.scope(filters)
    if not analysis.concepts:
        return [ReportEvidence(i, (), False, 0.0, "问题中没有可检索的主题词") for i in infos]
    mask = self._mask(infos)
    needs = build_needs(
        analysis.concepts,
        self.lib.tokenizer.index_tokens,
        lambda strings: self.report_df(strings, mask),
        len(infos),
        analysis.quoted,
        to_simplified(analysis.question),
        self.lib.tokenizer.tagged,
    )
    terms = cues(needs, floor)
    chunks = self.lib.chunks
    rows = self._rows_with(terms, mask) if terms else np.zeros(0, dtype=int)
    if whole and len(infos) <= FEW and terms:
        # a named unit's few reports are read whole: a concept spelled apart (法律法规知识的
        # 宣传 for 法律法规宣传) is in no cue's chunk; the bound below still skips the rest
        rows = np.union1d(rows, np.nonzero(mask)[0])
    # inside a chunk, a sentence may take a concept from its heading: any spelling or
    # part of any concept makes it a candidate
    terms = list(dict.fromkeys(a for n in needs for a in (*n.full, *(p for p, _ in n.parts))))
    # a chunk read whole (with its headings) bounds every sentence in it from above:
    # chunks under the floor are skipped; within a report chunks are read best-ranked
    # first, and a report stops once it has enough quotes
    keep = keep or max(4, self.settings.per_report_passages)
    # one quote per unit of many; a few units compared get a choice (a part, ``reads_on``)
    few = len(infos) <= FEW
    stop = len(chunks) if reads_on(analysis.question, few) else keep if few else 1
    lex = self.lib.lexical  # chunks none of whose sentences can reach the floor: out first
    rows = reachable(rows, needs, floor, self._text_holds, self._paths, chunks, lex.version)
    report_of = lex.report_of
    rank = lex.scores(self._query_tokens(analysis.question, analysis), rows)  # rows' only
    # by report, best-ranked first (a stable sort: ties keep the row order)
    order = rows[np.lexsort((-rank[rows].astype(np.float64), report_of[rows]))]
    book = self._sentence_book()
    # 「哪些报告提到了X」: a section heading naming X is a mention (``heading_mentions``)
    heads = floor >= SUPPORT and mention_asked(analysis)
    facts = lex.facts.reader(lex.version, len(chunks)) if lex.facts is not None else None
    judge = (self.simple, self.heading, needs, terms, floor, stop, book, heads, facts)
    by_report = judge_rows(order.tolist(), chunks, *judge)
    by_report = sentences_of_period(by_report, analysis.question, chunks, self.simple)
    # every report silent, then the reports judged in their places
    evidence, places = self._silent.of_scope(infos)
    for rid, sents in by_report.items():
        i = places.get(rid)
        if not sents or i is None:
            continue
        info, best = infos[i], sents[0].score
        if best >= SUPPORT:
            hits = supporting_hits(sents[:keep], chunks, self._cuts)
            evidence[i] = ReportEvidence(info, hits, True, best, _coverage(best))
        else:
            evidence[i] = ReportEvidence(info, (), False, best, evidence[i].reason)
    return evidence
