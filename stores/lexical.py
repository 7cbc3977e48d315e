"""BM25 over jieba tokens, derived from the Chroma collection and kept in step incrementally.

Chroma is the single source of truth; this index is a cache keyed by the collection's
version. It holds a term-frequency matrix (chunks × vocabulary) rather than token lists:
an ingest or a replaced report only tokenises and adds the new chunks' rows, and the BM25
weights are recomputed from the matrix in a few vectorised steps. Tokens stay on disk
(``TokenCache``), so neither a rebuild nor another process ever re-runs jieba for a chunk
that was tokenised once, and no process holds millions of token strings in memory.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from scipy import sparse

from reportqa.types import Chunk
from stores.bigram_index import BigramIndex
from stores.bm25 import _stats, _weigh, bm25_weights, term_frequencies
from stores.column_rows import few, found, inside
from stores.folder_swap import fresh_folder, swap_in
from stores.npz_mapped import load_counts
from stores.token_cache import TokenCache
from stores.weights_file import mapped_weights, weights_path, write_weights

__all__ = ["LexicalIndex", "TokenCache", "bm25_weights", "term_frequencies"]

log = logging.getLogger(__name__)


class Facts(Protocol):
    """Per-row facts kept beside the index under its version (``retrieval.chunk_facts``)."""

    version: str

    def forget(self) -> None: ...

    def build(self, version: str, chunks: list[Chunk]) -> None: ...

    def load(self, version: str) -> bool: ...

    def reader(self, version: str, rows: int) -> Callable[[int, str], Any] | None: ...


# how the counts lie on disk: 2 column-major, as the weighing reads them (a row-major copy
# cost every opening a transposition, 0.2-0.8 s at 10 000 reports); an index without it is
# row-major and is rewritten column-major by the first process that opens it
_LAYOUT = 2


class LexicalIndex:
    def __init__(self, directory: Path) -> None:
        self._dir = directory
        self.version = ""
        self.chunks: list[Chunk] = []
        self.report_of: np.ndarray = np.zeros(0, dtype=np.int32)  # chunk row -> report row
        self.report_ids: list[str] = []
        self.report_row: dict[str, int] = {}
        self._row_of_id: tuple[list[Chunk], dict[str, int]] = ([], {})  # ``row_of_id``
        self._ids: list[str] = []
        self._vocab: dict[str, int] = {}
        self._counts: sparse.csc_matrix | None = None  # term counts, column-major
        self._weights: sparse.csc_matrix | None = None
        self._positive: sparse.csc_matrix | None = None  # weights seen all positive
        self._loaded: sparse.csc_matrix | None = None  # the counts as read from tf.npz
        self._loaded_as: Path | None = None  # where their weights would lie (``weights_file``)
        self._saved = ""  # version of the copy on disk
        self._relaid = False  # the copy on disk is row-major: written again column-major
        # character pair -> rows, beside the index under the same version (its writer builds it)
        self.bigrams = BigramIndex(directory.with_name(directory.name + "_pairs"))
        # what the fan-out reads of each chunk alone, built by whoever saves a version
        # (``retrieval.chunk_facts.ChunkFacts``; set by the library's maker), or None
        self.facts: Facts | None = None

    def sync(
        self,
        version: str,
        chunks: list[Chunk],
        tokens_for: Callable[[list[Chunk]], Iterator[list[str]]],
    ) -> bool:
        """Bring the index in step with ``chunks`` (the store at ``version``); only chunks
        the index has not seen are tokenised. Returns True when anything changed."""
        if version == self.version and self._weights is not None:
            return False
        self.bigrams.forget()  # mapped again below if it is of this version
        if self.facts is not None:
            self.facts.forget()
        if self._counts is None:
            # the counts on disk may be another process's newer ones, with its vocabulary:
            # the weights are those of whatever is loaded (saved beside that very file, or
            # weighed here), never the ones held before
            self._drop_weights()
            self._load()
            if self._counts is None:
                self._ids = []  # nothing saved to build on: every chunk is new
        ids = [c.id for c in chunks]
        if ids != self._ids or self._counts is None:
            self._drop_weights()  # freed before the new matrix is built, not after
            self._loaded = None
            self._counts = self._merge(chunks, tokens_for).tocsc()
            self._ids = ids
        saved_here = version != self._saved
        if saved_here:
            try:
                self._save(version)
            except BaseException:
                self._drop_weights()  # weighed by ``_save``, for chunks not installed
                raise
        elif self._relaid:
            self._relay(version)
        if self._weights is None:
            self._weights = self._stored_weights()  # weighed by whoever saved the counts
        if self._weights is None:
            self._weights = self._weigh_counts()
            self._keep_weights()
        self._loaded = None
        # the counts are only needed for the next change, and they are on disk (tf.npz):
        # not holding them is ~150 MB less for every process at 10 000 reports
        self._counts = None
        # the pair index once the counts are freed (its build's temporaries fit under their
        # peak); a library saved by a version that built none gets one on its first open
        if saved_here or not self.bigrams.load(version):
            self.bigrams.build(version, chunks)
        if self.facts is not None:
            self._facts(version, chunks, saved_here)
        self._install(version, chunks)
        return True

    def _facts(self, version: str, chunks: list[Chunk], saved_here: bool) -> None:
        """The chunk facts of this version: worked out by the process that saved it, mapped
        by any other (without them, or with a stale copy, the fan-out works them out)."""
        assert self.facts is not None
        if not saved_here:
            self.facts.load(version)
            return
        try:
            self.facts.build(version, chunks)
        except OSError as exc:  # a read-only data dir: the fan-out works them out
            log.warning("chunk facts not saved: %s", exc)

    def _drop_weights(self) -> None:
        """The weights let go, and the note that they were checked positive with them: that
        note held the old weights (~145 MB at 10 000 reports) through every rebuild."""
        self._weights = self._positive = None

    def _weigh_counts(self) -> sparse.csc_matrix:
        """BM25 weights from the counts, which this gives up: the weights overwrite them."""
        counts, self._counts = self._counts, None
        assert counts is not None
        return _weigh(counts, *_stats(counts))

    def _stored_weights(self) -> sparse.csc_matrix | None:
        """The weights of the counts just read from disk, mapped from the file their saver
        wrote beside them (``stores.weights_file``), or None: counts merged or transposed
        in memory, or no weights saved for this very counts file."""
        counts = self._counts
        if counts is None or counts is not self._loaded:
            return None
        if self._loaded_as is None:
            return None
        values = mapped_weights(self._loaded_as, counts.nnz)  # named by the file read
        if values is None:
            return None
        weights = sparse.csc_matrix((values, counts.indices, counts.indptr), shape=counts.shape)
        if not np.may_share_memory(weights.data, values):
            return None  # scipy converted them: weighed here instead
        self._counts = None  # the weights share its column entries; the values are the file's
        return weights

    def _keep_weights(self) -> None:
        """Weights this process weighed from the counts file as it lies (a library saved
        by a version that wrote none) written beside it for the next process. A reader may
        not be allowed to write the data dir: then the next one weighs again, as before."""
        loaded, self._loaded = self._loaded, None
        w = self._weights
        if loaded is None or w is None or w.data.dtype != np.float32:
            return
        try:
            if self._loaded_as != weights_path(self._dir / "tf.npz"):
                return  # another writer swapped the folder in meanwhile: not its weights
            write_weights(self._dir / "tf.npz", w.data)
        except OSError as exc:
            log.info("lexical weights not kept on disk: %s", exc)

    def _merge(
        self, chunks: list[Chunk], tokens_for: Callable[[list[Chunk]], Iterator[list[str]]]
    ) -> sparse.csr_matrix:
        # rows are added and reordered row-major: a write pays the transpositions an
        # opening no longer does (one each way)
        old = (
            self._counts.tocsr()
            if self._counts is not None
            else sparse.csr_matrix((0, 0), dtype=np.float32)
        )
        self._counts = None  # the stacked copy below replaces it
        row_of = {cid: i for i, cid in enumerate(self._ids)}
        new = [c for c in chunks if c.id not in row_of]
        added = term_frequencies(tokens_for(new), self._vocab)
        width = len(self._vocab)
        old = sparse.csr_matrix((old.data, old.indices, old.indptr), shape=(old.shape[0], width))
        added = sparse.csr_matrix(
            (added.data, added.indices, added.indptr), shape=(added.shape[0], width)
        )
        # a first ingest adds every row in order: no stacked copy, no reordered copy
        both = sparse.vstack([old, added], format="csr") if old.shape[0] else added
        kept, added = old.shape[0], None
        del old
        fresh = iter(range(kept, kept + len(new)))
        order = np.fromiter(
            (row_of[c.id] if c.id in row_of else next(fresh) for c in chunks),
            dtype=np.int64,
            count=len(chunks),
        )
        log.info("lexical index: %d chunks kept, %d added", len(chunks) - len(new), len(new))
        if not len(chunks):
            return sparse.csr_matrix((0, width), dtype=np.float32)
        if len(order) == both.shape[0] and np.array_equal(order, np.arange(len(order))):
            return both
        return both[order]

    def _load(self) -> None:
        try:
            manifest = json.loads((self._dir / "manifest.json").read_text(encoding="utf-8"))
            terms = json.loads((self._dir / "vocab.json").read_text(encoding="utf-8"))
            counts = load_counts(self._dir / "tf.npz")  # mapped, not copied (``npz_mapped``)
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError) as exc:
            log.warning("lexical index unreadable, rebuilding: %s", exc)
            return
        if counts.shape != (len(manifest["ids"]), len(terms)):
            log.warning("lexical index inconsistent, rebuilding")
            return
        self._ids, self._saved = list(manifest["ids"]), manifest["version"]
        if manifest.get("layout") != _LAYOUT or counts.format != "csc":
            counts = counts.tocsc()  # an earlier round's row-major counts: saved again
            self._relaid = True  # by ``sync``, column-major
        else:
            self._loaded = counts  # its weights may lie beside it (``_stored_weights``)
            self._loaded_as = weights_path(self._dir / "tf.npz")
        self._counts = counts
        self._vocab = {t: i for i, t in enumerate(terms)}

    def _relay(self, version: str) -> None:
        """An earlier round's row-major copy written again column-major, by whichever
        process opens it first: often a reader (the app, ``reportqa ask``), which may share
        the data dir with others opening at once or may not be allowed to write it. The
        rewrite only spares later openings a transposition, so a failed one is logged and
        this process answers from the counts it transposed in memory."""
        try:
            self._save(version)
        except OSError as exc:
            log.warning("lexical index kept row-major on disk (not rewritten): %s", exc)
            self._relaid = False  # tried once: the next change saves it anyway

    def _save(self, version: str) -> None:
        """Written to a new folder of this process's own and swapped in, so a crash leaves
        the old index whole and two processes saving at once never write one folder."""
        assert self._counts is not None
        tmp = fresh_folder(self._dir)
        sparse.save_npz(tmp / "tf.npz", self._counts, compressed=False)
        # weighed here (over the counts, which are on disk now) and saved beside them, so
        # no process that opens this index weighs them again (``stores.weights_file``)
        self._weights = self._weigh_counts()
        if self._weights.data.dtype == np.float32:
            write_weights(tmp / "tf.npz", self._weights.data)
        (tmp / "vocab.json").write_text(
            json.dumps(list(self._vocab), ensure_ascii=False), encoding="utf-8"
        )
        (tmp / "manifest.json").write_text(
            json.dumps({"version": version, "ids": self._ids, "layout": _LAYOUT}),
            encoding="utf-8",
        )
        swap_in(tmp, self._dir)  # (``stores.folder_swap``)
        self._saved, self._relaid = version, False

    def _install(self, version: str, chunks: list[Chunk]) -> None:
        owners = [c.report_id for c in chunks]
        self.report_ids = list(dict.fromkeys(owners))
        self.report_row = {rid: i for i, rid in enumerate(self.report_ids)}
        self.report_of = np.fromiter(
            map(self.report_row.__getitem__, owners), dtype=np.int32, count=len(chunks)
        )
        self._row_of_id = ([], {})  # the old version's let go; made for these when asked
        self.chunks = chunks
        self.version = version

    @property
    def row_of_id(self) -> dict[str, int]:
        """Chunk id → its row. Only vectors handed over by an ingest here and a Chroma
        server's neighbours are looked up by id: building it for 150 000 chunks at every
        opening was ~30 ms of each first question at 10 000 reports."""
        chunks = self.chunks
        made, rows = self._row_of_id
        if made is not chunks:  # kept with the very list it was made of
            rows = {c.id: i for i, c in enumerate(chunks)}
            self._row_of_id = (chunks, rows)
        return rows

    def chunk_count(self, term: str) -> int:
        """How many chunks hold the token ``term``: 0 for a word no report uses."""
        i = self._vocab.get(term)
        w = self._weights
        if i is None or w is None or i >= w.shape[1]:
            return 0
        return int(w.indptr[i + 1] - w.indptr[i])

    def rows_with_all(self, terms: Sequence[str]) -> np.ndarray:
        """Chunk rows holding every token of ``terms`` (sorted): the columns intersected,
        no text read."""
        w = self._weights
        ids = [self._vocab.get(t) for t in terms]
        if w is None or not ids or any(i is None or i >= w.shape[1] for i in ids):
            return np.zeros(0, dtype=np.int64)
        rows = [w.indices[w.indptr[i] : w.indptr[i + 1]] for i in ids]
        out = rows[0]
        for r in rows[1:]:
            out = np.intersect1d(out, r, assume_unique=True)
        return np.sort(out)

    def holding_any(self, tokens: Sequence[str], within: np.ndarray | None = None) -> np.ndarray:
        """Which chunks hold one of ``tokens`` (a boolean per row; given ``within``, a
        boolean per row, only rows inside it): ``scores(tokens) > 0`` without the scores.
        Callers that only ask whether a row mentions a word (the
        substring pass's candidates, ~7 per answer) paid the float sums of every column
        row, a tenth of a fresh answer at 165 reports; marking the column rows is one
        write each. Exact when every weight is positive — a BM25 weight is idf (> 0) times
        a saturated count (> 0) — which is checked once per weights; otherwise the scores
        decide, as before."""
        n = len(self.chunks)
        ids = [self._vocab[t] for t in tokens if t in self._vocab]
        w = self._weights
        if w is None or not n or not ids:
            return np.zeros(n, dtype=bool)
        if self._positive is not w:
            if not (w.has_canonical_format and (w.data.size == 0 or w.data.min() > 0)):
                return inside(self.scores(list(tokens)) > 0, within)
            self._positive = w  # the weights checked: every stored weight is positive
        if max(ids) >= w.shape[1]:
            return inside(self.scores(list(tokens)) > 0, within)
        out = np.zeros(w.shape[0], dtype=bool)
        indptr, indices = w.indptr, w.indices
        among = few(within)
        for c in set(ids):
            column = indices[indptr[c] : indptr[c + 1]]
            if among is None:
                out[column] = True
            else:  # a few reports' rows looked up in the column (sorted: canonical)
                out[among[found(column, among)[0]]] = True
        return inside(out, within)

    def terms(self) -> list[str]:
        """Every token of the index (the library's own vocabulary)."""
        return list(self._vocab)

    def scores(self, tokens: list[str], among: np.ndarray | None = None) -> np.ndarray:
        """BM25 score of every chunk (row order of ``self.chunks``); a query term counts
        as often as it occurs in the query. Given ``among`` (rows), only those rows are
        scored (the rest read 0), bit for bit as in the whole: a re-read report's rank."""
        n = len(self.chunks)
        ids = [self._vocab[t] for t in tokens if t in self._vocab]
        if self._weights is None or not n or not ids:
            return np.zeros(n, dtype=np.float32)
        counted = Counter(ids)
        cols = sorted(counted)  # ``np.unique``'s order, without its cost on a few ids
        w = self._weights
        if not w.has_canonical_format or cols[-1] >= w.shape[1]:
            picked = w[:, cols]
            weights = np.asarray([counted[c] for c in cols], dtype=np.float32)
            return np.asarray(picked @ weights, dtype=np.float32).ravel()
        # the product read straight off the columns: scipy's column pick and its checks
        # were a fifth of a 165-report answer (a question asks it several times). Each
        # column's rows are distinct, and the float32 sums run in the same column order
        # as scipy's product, so the scores are bit-identical
        out = np.zeros(w.shape[0], dtype=np.float32)
        indptr, indices, data = w.indptr, w.indices, w.data
        picked = None if among is None or among.size * 32 >= out.size else np.unique(among)
        for c in cols:
            a, b, k = indptr[c], indptr[c + 1], np.float32(counted[c])
            if picked is None:
                out[indices[a:b]] += data[a:b] * k
            else:  # the same float32 sums, in the same column order, for these rows only
                hit, at = found(indices[a:b], picked)
                out[picked[hit]] += data[a:b][at[hit]] * k
        return out
