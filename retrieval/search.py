"""Hybrid search (BM25 + dense, fused by RRF) and per-report fan-out: which and compare
questions are about every report in scope, so each report gets its own support judgement
(no global top-k), which makes a 「哪些乡镇…」 answer complete by construction."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from reportqa.text import to_simplified
from reportqa.types import Chunk, Hit, ReportEvidence, ReportInfo
from retrieval import report_fanout
from retrieval.abbreviated_runs import AbbreviatedRuns
from retrieval.attributive_forms import AttributiveForms
from retrieval.carrier import judge_carrier
from retrieval.catalog import Catalog
from retrieval.categories import narrowed
from retrieval.chunk_paths import ChunkPaths
from retrieval.colloquial import read_vocabulary
from retrieval.compound_heads import CompoundHeads
from retrieval.compound_modifiers import CompoundModifiers
from retrieval.coordinate_places import read as coordinated
from retrieval.filters import Filters, named_reports
from retrieval.fusion import rrf
from retrieval.grounding import Grounding
from retrieval.holders import topic_restored
from retrieval.homophones import respelled
from retrieval.initials import Initials
from retrieval.lone_runs import inside_units, verbatim_read
from retrieval.mentioned_names import named_whole
from retrieval.plan_targets import with_ranked
from retrieval.query import GENERIC_NOUNS, Analysis, Concept, QuestionAnalyzer
from retrieval.region_members import RegionMembers
from retrieval.renamed_units import widened
from retrieval.report_rows import EACH_REPORT, LATEST, apart
from retrieval.shared_suffixes import SharedSuffixes
from retrieval.short_spellings import ShortSpellings
from retrieval.silent import SilentVerdicts
from retrieval.split_words import list_cue, listed_in
from retrieval.substring_rows import SubstringRows
from retrieval.synonym_file import read_synonyms
from retrieval.team_heads import teams
from retrieval.unindexed import rows_by_characters


class HybridRetriever:
    def __init__(self, library: Catalog, places: Callable[[], Any] | None = None) -> None:
        """``places``: the division list a province's member places are read from
        (``retrieval.region_members``), given by the composition root."""
        self.lib = library
        self.settings = library.settings
        self.grounding = Grounding(library, self.simple, self._rows_with, self._text_holds)
        self._forget()
        library.changes.add(self._forget)  # before it builds the next index
        self.initials = Initials(library.tokenizer.is_word)
        self.heads = CompoundHeads(self._rows_with, self.simple, library.tokenizer.words)
        tok = library.tokenizer
        self.shorts = ShortSpellings(
            self._rows_with, self.simple, tok.tagged, tok.is_word, tok.frequency
        )
        self.abbreviated = AbbreviatedRuns(library, tok.words, tok.is_word, self._rows_with)
        uncached = lambda words: self._rows_with_uncached(words, None)  # noqa: E731
        homes = lambda: {h for r in library.reports() for h in (r.township, r.county) if h}  # noqa: E731
        self.members = RegionMembers(
            self._spelled, tok.tagged, places, uncached, self.simple, homes
        )
        self.attributes = AttributiveForms(self._spelled)
        self.listed = SharedSuffixes(self._rows_with, self.simple)
        self.fields = CompoundModifiers(
            self._rows_with, self.simple, library.tokenizer.tagged, lambda: len(library.chunks)
        )
        self._categories = read_synonyms(self.settings.categories_file)
        self.analyzer = QuestionAnalyzer(
            library.tokenizer,
            read_vocabulary(
                self.settings.synonyms_file,
                self.settings.colloquial_file,
                self.settings.categories_file,  # a category asked, a practice under it written
            ),
        )

    def _forget(self) -> None:
        """Every fact kept per index version, let go when the version changes: none is served
        again, and held until the next question they stood on a refresh's peak (perf47)."""
        self._resolved: dict = {}
        self._rows: dict[tuple, np.ndarray] = {}  # (strings, version, scope) -> rows with them
        # row -> simplified text, section path; row -> its sentences as judged
        self._simple: dict[int, tuple[str, str]] = {}
        self._book: dict[int, list] = {}
        self._simple_version = self._book_version = None
        self._substrings = SubstringRows(self.simple)  # per string, the rows read for it
        self._scopes: dict[tuple[str, Filters], list[ReportInfo]] = {}
        self._at: dict[str, list[int]] = {}  # report id -> its places in ``reports()``
        self._silent = SilentVerdicts(self.lib)  # a report with no candidate sentence
        self._cuts: dict[tuple, Chunk] = {}  # (row, start, end[, heading]) -> its sentence
        self._paths = ChunkPaths()  # per distinct section path, the strings it holds
        self.grounding.forget()

    # ---- scope -----------------------------------------------------------------------
    def scope(self, filters: Filters | None) -> list[ReportInfo]:
        infos = self.lib.reports()
        if filters is None or filters == Filters():
            return infos
        key = (self.lib.lexical.version, filters)
        if key not in self._scopes:
            if len(self._scopes) > 64:
                self._scopes.clear()
            wide = widened(filters, infos)  # 光明新区 is 光明区 (``renamed_units``)
            named = named_reports(infos, filters.report_ids, self._at)
            self._scopes[key] = [i for i in named if wide.allows(i)]
        return list(self._scopes[key])

    def analyze(self, question: str) -> Analysis:
        self.lib.refresh()
        analyze = lambda q: self.analyzer.analyze(q, self.lib.infos.values(), self.lib.units)  # noqa: E731
        units = inside_units(self.lib.infos.values())  # 芦台|开发区: a unit's (``lone_runs``)
        read = verbatim_read(
            question, analyze, self.lib.tokenizer.tagged, self.grounding.anywhere, units
        )
        analysis = narrowed(read, self._categories)  # 公共法律服务|中心: a kind, no topic
        analysis = self.initials.read(analysis, self.lib.lexical, self.simple)  # 法援: initials
        g, frequency = self.grounding, self.lib.tokenizer.frequency  # 海棉 ~ 海绵, 执法队伍
        # 中芯国际, 中山大学深圳校区: a mentioned name whole (``retrieval.mentioned_names``)
        analysis = named_whole(analysis, g.anywhere, self.lib.tokenizer.tagged)
        analysis = teams(respelled(analysis, g.written, g.written_anywhere, frequency), g.anywhere)
        analysis = self.heads.read(analysis, self.lib.lexical.version)
        analysis = self.fields.read(analysis, self.lib.lexical.version)  # 托育服务 ⊃ 托育模式
        analysis = coordinated(analysis)  # 港澳 ⊃ 香港
        analysis = self.shorts.read(analysis, self.lib.lexical.version)  # 电动自行车 ⊃ 电动车
        analysis = self.abbreviated.read(analysis, self.lib.lexical.version)  # 国高企业 ~ 国家高新…
        analysis = self.members.read(analysis, self.lib.lexical.version)  # 广西 ⊃ 西林县
        analysis = self.listed.read(analysis, self.lib.lexical.version)  # 14号线 in 14、16号线
        analysis = self.attributes.read(analysis, self.lib.lexical.version)  # 普惠(性)托育
        # 领导 alone, its practice dropped as unspelled: the topic is read again (``holders``)
        return topic_restored(read, self.grounding.grounded(analysis))

    def _spelled(self, word: str) -> bool:
        """Does some chunk of the library write ``word``? (not kept in ``_rows``: a province's
        member names are asked once each per index version, ``retrieval.region_members``)"""
        return bool(self._rows_with_uncached([word], None).size)

    def _mask(self, infos: Sequence[ReportInfo]) -> np.ndarray:
        lex = self.lib.lexical
        if len(infos) == len(self.lib.infos):  # the whole library
            return np.ones(len(lex.report_of), dtype=bool)
        # the scope's reports set by their rows: a unit's few reports cost a few steps
        at = lex.report_row
        rows = np.zeros(len(lex.report_ids), dtype=bool)
        rows[[r for r in (at.get(i.report_id) for i in infos) if r is not None]] = True
        return rows[lex.report_of] if len(lex.report_of) else np.zeros(0, dtype=bool)

    def _query_tokens(self, query: str, analysis: Analysis | None) -> list[str]:
        tokens = self.lib.tokenizer.index_tokens(query)
        if analysis:
            for term in analysis.search_terms:
                tokens.extend(self.lib.tokenizer.index_tokens(term))
        return tokens

    # ---- ranked search ---------------------------------------------------------------
    def search(
        self, query: str, k: int, filters: Filters | None = None, analysis: Analysis | None = None
    ) -> list[Hit]:
        self.lib.refresh()
        infos = self.scope(filters)
        if not infos or not self.lib.chunks:
            return []
        chunks = self.lib.chunks
        n = max(k * 4, 20)
        scores = self.lib.lexical.scores(self._query_tokens(query, analysis))
        scores = np.where(self._mask(infos), scores, -1.0)
        if len(scores) > n:
            part = np.argpartition(-scores, n)[:n]
            top = part[np.argsort(-scores[part], kind="stable")]
        else:
            top = np.argsort(-scores, kind="stable")
        bm25_rank = [chunks[i].id for i in top if scores[i] > 0]
        by_id = {chunks[i].id: chunks[i] for i in top}
        ids = None if len(infos) == len(self.lib.infos) else [i.report_id for i in infos]
        vector = self.lib.embedder.embed([query])[0]
        if ids is None:  # the whole library (exact with the embedded store)
            dense = [Hit(c, sim, "dense") for c, sim in self.lib.nearest(vector, n)]
        else:  # a few reports: exact cosine over their rows in memory
            dense = self._dense_in_scope(vector, np.nonzero(self._mask(infos))[0], n)
        by_id.update((h.chunk.id, h.chunk) for h in dense if h.chunk.id not in by_id)
        fused = rrf(
            [bm25_rank, [h.chunk.id for h in dense]],
            k=self.settings.rrf_k,
            weights=[self.settings.bm25_weight, self.settings.dense_weight],
        )
        return [Hit(by_id[cid], score, "hybrid") for cid, score in fused[:k]]

    def _dense_in_scope(self, vector: np.ndarray, rows: np.ndarray, n: int) -> list[Hit]:
        if rows.size == 0:
            return []
        matrix = self.lib.chunk_vectors()
        sims = matrix[rows] @ vector
        order = np.argsort(-sims, kind="stable")[:n]
        chunks = self.lib.chunks
        return [Hit(chunks[rows[i]], float(sims[i]), "dense") for i in order]

    # ---- fan-out ---------------------------------------------------------------------
    def _rows_with(self, alternatives: Sequence[str], mask: np.ndarray | None = None) -> np.ndarray:
        """Chunk rows in scope that contain any alternative (token prefilter, then substring).

        Which rows mention a string is a fact about the library, not the question: kept per
        index version (the substring pass over every candidate chunk is most of a
        which-question's cost at 10 000 reports, and the same concepts recur)."""
        whole = mask is None or bool(mask.all())
        scope = None if whole else np.packbits(mask).tobytes()
        key = (tuple(alternatives), self.lib.lexical.version, scope)
        got = self._rows.get(key)
        if got is None and not whole and (known := self._rows.get((*key[:2], None))) is not None:
            return known[mask[known]]  # the library's answer, kept: narrowed to the scope
        if got is None:
            got = self._rows_with_uncached(alternatives, None if whole else mask)
            got.flags.writeable = False  # shared by every caller until the index changes
            if len(self._rows) >= 128:
                self._rows.clear()
            self._rows[key] = got
        return got

    def _rows_with_uncached(self, alternatives: Sequence[str], mask: np.ndarray | None):
        tokens = [t for a in alternatives for t in self.lib.tokenizer.index_tokens(a)]
        if not tokens:
            return np.zeros(0, dtype=int)
        hit = self.lib.lexical.holding_any(tokens, mask)  # a few reports: their rows only
        for a in alternatives:  # a word added after ingest (``retrieval.unindexed``)
            if len(a) > 2 and self.lib.tokenizer.index_tokens(a) == [a]:
                by_chars = rows_by_characters(a, lambda t: self.lib.lexical.holding_any(t, mask))
                hit = hit | by_chars if by_chars is not None else hit
        cand = np.nonzero(hit & mask if mask is not None else hit)[0]
        lex = self.lib.lexical
        pairs = lex.bigrams.candidates if lex.bigrams.version == lex.version else None
        return self._substrings.rows(alternatives, cand, lex.version, len(hit), pairs)

    def _text_holds(self, s: str, rows: np.ndarray) -> np.ndarray:
        """Whether each row's simplified text holds ``s`` (kept with ``_rows_with``'s answers)."""
        lex = self.lib.lexical
        pairs = lex.bigrams.candidates if lex.bigrams.version == lex.version else None
        return self._substrings.holding(s, rows, lex.version, len(lex.report_of), pairs)

    def simple(self, row: int) -> str:
        """Chunk text in simplified characters, converted once per index version (OpenCC is
        the costliest step of judging a sentence otherwise)."""
        return self._simplified(row)[0]

    def heading(self, row: int) -> str:
        """The chunk's section path, simplified (cached like ``simple``)."""
        return self._simplified(row)[1]

    def _simplified(self, row: int) -> tuple[str, str]:
        version = self.lib.lexical.version
        if version == self._simple_version:  # the hot path: one dict read
            got = self._simple.get(row)
            if got is not None:
                return got
        if version != self._simple_version or len(self._simple) > 200_000:
            self._simple, self._simple_version = {}, version
        got = self._simple.get(row)
        if got is None:
            chunk = self.lib.chunks[row]
            got = (to_simplified(chunk.text), to_simplified(" ".join(chunk.section_path)))
            self._simple[row] = got
        return got

    def _resolve(
        self, concepts: Sequence[Concept], mask: np.ndarray | None = None
    ) -> list[tuple[Concept, np.ndarray, float]]:
        """Concept → rows in scope that mention it, and its IDF within the scope.

        Compounds also count through their head (人民调解员 → 调解员, 行政执法人员 → 执法人员)
        when the head is distinctive; a compound no report uses relaxes to its distinctive
        parts (网格化管理 → 网格)."""
        key = (tuple(concepts), self.lib.lexical.version, None if mask is None else mask.tobytes())
        if key in self._resolved:
            return self._resolved[key]
        out = self._resolve_uncached(concepts, mask)
        if len(self._resolved) > 64:
            self._resolved.clear()
        self._resolved[key] = out
        return out

    def _resolve_uncached(self, concepts, mask):
        total = max(1, int(mask.sum()) if mask is not None else len(self.lib.chunks))
        out = []
        for c in concepts:
            parts = [
                p
                for p in self.lib.tokenizer.index_tokens(c.term)
                if p != c.term and len(p) >= 2 and p not in GENERIC_NOUNS
            ]
            heads = sorted((p for p in parts if c.term.endswith(p)), key=len, reverse=True)
            for head in heads[:1]:
                if len(head) < 3 and head not in self.lib.domain_terms:
                    continue  # 宣传 is no stand-in for 普法宣传; 调解员 is for 人民调解员
                if (
                    head not in c.alternatives
                    and 0 < self._rows_with([head], mask).size < 0.3 * total
                ):
                    c = Concept(c.term, (*c.alternatives, head), c.required)
            rows = self._rows_with(c.alternatives, mask)
            if rows.size == 0 and len(c.alternatives) == 1:
                useful = [p for p in parts if 0 < self._rows_with([p], mask).size < 0.3 * total]
                if useful:
                    c = Concept(c.term, (*c.alternatives, *useful), c.required)
                    rows = self._rows_with(c.alternatives, mask)
            if rows.size == 0 and (listed := list_cue(c.term)):  # 「法治宣传进机关、进企业」
                rows = self._rows_with([listed], mask)
                rows = rows[[listed_in(self.simple(int(r)), c.alternatives) for r in rows]]
            if rows.size:
                out.append((c, rows, math.log(total / (1 + rows.size)) + 1.0))
        return out

    def per_unit(self, analysis: Analysis, filters: Filters | None) -> list[ReportEvidence]:
        """Named-unit comparisons: inside each unit's reports, the sentences the evidence
        judge accepts plus a ranked search, so every unit the user named gets its own best
        passages (the answerer picks the cell)."""
        base, q = filters or Filters(), analysis.question
        units = analysis.townships
        yearly = len(set(analysis.years)) >= 2  # 「2023年和2018年那两份」 (``report_rows``)
        groups = [g for u in units for g in self._unit_groups(u, base, q, units, yearly)]
        if not groups:  # units found by their reports' text, not by metadata
            groups = [Filters(years=base.years, report_ids=(rid,)) for rid in base.report_ids]
        out: list[ReportEvidence] = []
        for scoped in groups:
            infos = self.scope(scoped)
            if not infos:
                continue
            judged = [h for ev in self.fan_out(analysis, scoped, whole=True) for h in ev.hits]
            hits = with_ranked(judged, self.search(q, 4, scoped, analysis), analysis)
            info = hits[0].chunk.info if hits else infos[0]
            out.append(
                ReportEvidence(info, tuple(hits), bool(hits), hits[0].score if hits else 0.0)
            )
        return out

    def _unit_groups(
        self,
        unit: str,
        base: Filters,
        question: str,
        named: Sequence[str] = (),
        yearly: bool = False,
    ) -> list[Filters]:
        """A named unit's scope in a comparison: its reports together, or, when it has several,
        no year or report is named and the question asks each report (「几份报告里各是多少」
        「各年分别」「历年」), each report on its own, named by its year (``compare_table``): a
        unit reports once a year and each report gives its own year's figure. Asked of no
        report in turn, the unit is one row as it always was: a per-report row nobody asked
        for fills with whatever sentence its report has (another unit's figure, an unrelated
        line). 「最新/最近」 asks the unit's latest report alone."""
        scoped = Filters((unit,), base.counties, base.years, base.report_ids)
        infos = self.scope(scoped)
        own = apart(unit, named, infos)  # 坪山新区 beside 坪山区: each its own (``report_rows``)
        if own is not None:
            infos, scoped = own, replace(scoped, report_ids=tuple(i.report_id for i in own))
        if len(infos) < 2:
            return [scoped]
        q = to_simplified(question)
        if base.years or base.report_ids:  # two years asked of the unit: year by year
            each = [replace(scoped, report_ids=(i.report_id,)) for i in infos]
            return each if yearly else [scoped]
        if LATEST.search(q):
            latest = max(infos, key=lambda i: (i.year or 0, i.report_id))
            return [Filters((unit,), base.counties, base.years, (latest.report_id,))]
        if not EACH_REPORT.search(q):
            return [scoped]
        return [Filters((unit,), base.counties, base.years, (i.report_id,)) for i in infos]

    def concept_idf(self, analysis: Analysis, filters: Filters | None = None) -> dict[str, float]:
        mask = self._mask(self.scope(filters)) if filters is not None else None
        return {c.term: idf for c, _, idf in self._resolve(analysis.concepts, mask)}

    def report_df(self, strings: Sequence[str], mask: np.ndarray | None) -> int:
        """How many reports in scope mention one of ``strings``."""
        scope = None if mask is None else mask.tobytes()
        key = ("df", tuple(strings), self.lib.lexical.version, scope)
        if key not in self._resolved:
            if len(self._resolved) > 256:
                self._resolved.clear()
            rows = self._rows_with(strings, mask)
            self._resolved[key] = len(set(self.lib.lexical.report_of[rows].tolist()))
        return self._resolved[key]

    def carrier(self, analysis: Analysis, number: bool):
        """A judge for a fact answer's sentence: it names the kind of thing asked for
        (「哪家律师事务所」 → 律师事务所) and, for a how-many question, gives a count of the
        topic (with the measure word asked for) rather than of something else in the same
        sentence, in a sentence that says what was asked: read with its section heading it
        covers ``SUPPORT`` of the need (「行政诉讼案件80宗」 is no count of 败诉)."""
        return judge_carrier(self, analysis, number)

    # every report in scope judged on its best sentence (``report_fanout``)
    _sentence_book = report_fanout.sentence_book
    fan_out = report_fanout.fan_out
