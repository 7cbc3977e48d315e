"""BM25 weights from a term-count matrix, in vectorised blocks.

Its own module because the weighing is pure arithmetic over arrays: the index
(``stores.lexical``) decides when to weigh and where the counts and weights live on disk,
this decides only how a count becomes a weight, so both change for their own reasons.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from itertools import repeat

import numpy as np
from scipy import sparse

from reportqa.token_codes import TokenRow

__all__ = ["bm25_weights", "term_frequencies"]

K1, B = 1.5, 0.75  # Lucene's BM25 defaults
_BLOCK_NNZ = 1 << 18  # matrix entries weighted per step (bounds the temporaries)


def term_frequencies(
    token_lists: Iterator[Sequence[str]], vocab: dict[str, int]
) -> sparse.csr_matrix:
    """Rows of raw term counts; new terms are appended to ``vocab`` in order of first use."""
    indices = array("i")
    indptr = [0]
    columns: dict[int, tuple[tuple[str, ...], np.ndarray]] = {}  # by id of a report's terms
    for tokens in token_lists:
        if type(tokens) is TokenRow:
            indices.frombytes(_columns(tokens, vocab, columns).tobytes())
        else:
            indices.extend(vocab.setdefault(t, len(vocab)) for t in tokens)
        indptr.append(len(indices))
    cols = np.frombuffer(indices, dtype=np.int32) if indices else np.zeros(0, np.int32)
    data = np.ones(len(cols), dtype=np.float32)
    tf = sparse.csr_matrix(
        (data, cols, np.asarray(indptr, dtype=np.int64)), shape=(len(indptr) - 1, len(vocab))
    )
    tf.sum_duplicates()
    return tf


def _columns(
    row: TokenRow, vocab: dict[str, int], columns: dict[int, tuple[tuple[str, ...], np.ndarray]]
) -> np.ndarray:
    """A held row's columns: its report's distinct terms are looked up once (-1: not in the
    vocabulary yet), and the terms new to it are numbered as the token-by-token loop numbers
    them, in the order the row first uses them, so the vocabulary is the same either way."""
    terms = row.terms
    got = columns.get(id(terms))
    if got is None:  # the terms are kept with their columns, so their id is not reused
        col = np.fromiter(map(vocab.get, terms, repeat(-1)), dtype=np.int32, count=len(terms))
        columns[id(terms)] = (terms, col)
    else:
        col = got[1]
    out = col[row.codes]
    if out.size and out.min() < 0:
        for code in row.codes[out < 0].tolist():
            if col[code] < 0:
                col[code] = vocab.setdefault(terms[code], len(vocab))
        out = col[row.codes]
    return out


def bm25_weights(tf: sparse.csr_matrix) -> sparse.csc_matrix:
    """Lucene BM25 weight of every (chunk, term), column-major so a query sums a few
    columns. Pure function of the counts, so an incremental index equals a fresh one."""
    counts = sparse.csc_matrix(tf, copy=True)  # overwritten by the weights
    return _weigh(counts, *_stats(counts))


def _stats(counts: sparse.csc_matrix) -> tuple[np.ndarray, np.ndarray]:
    """Each chunk's length in tokens (the sum of its row's counts: whole numbers, so the
    float sums are exact in any order, row-major or column-major) and each term's document
    frequency: the entries its column stores, which is what counting every entry's column
    gives, read off the column starts instead of a pass over all 18 million entries at
    10 000 reports."""
    lengths = np.asarray(counts.sum(axis=1), dtype=np.float64).ravel()
    return lengths, np.diff(counts.indptr).astype(np.int64)


def _weigh(counts: sparse.csc_matrix, lengths: np.ndarray, df: np.ndarray) -> sparse.csc_matrix:
    """The weights written over ``counts``' own values (a column-major copy of the counts
    the caller no longer holds): at 10 000 reports a separate weight array and a second
    column-major copy were ~90 MB more at an update's memory peak."""
    n, vocab = counts.shape
    if n == 0 or counts.nnz == 0:
        return sparse.csc_matrix((n, vocab), dtype=np.float32)
    avg = lengths.mean() or 1.0
    idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5))
    # a block of entries at a time: the float64 temporaries of one pass over all 18 million
    # entries at 10 000 reports were ~700 MB; the arithmetic per entry is the same, so the
    # weights are bit-identical whatever the block
    data, indptr = counts.data, counts.indptr
    for a in range(0, counts.nnz, _BLOCK_NNZ):
        b = min(a + _BLOCK_NNZ, counts.nnz)
        cols = _entry_columns(indptr, a, b)
        norm = K1 * ((1 - B) + B * lengths[counts.indices[a:b]] / avg)
        part = data[a:b]
        data[a:b] = idf[cols] * part / (part + norm)
    return counts


def _entry_columns(indptr: np.ndarray, a: int, b: int) -> np.ndarray:
    """The column of each stored entry ``a``..``b-1`` of a column-major matrix: each column
    repeated as many times as it has entries in the block. The same integers a binary
    search per entry gives (``searchsorted`` of every entry number in ``indptr``), at one
    step per entry instead of ~16: the weighing at a library's opening searched all 18
    million entries of a 10 000-report index (~0.25 s of the first ask)."""
    first = int(np.searchsorted(indptr, a, side="right")) - 1
    last = int(np.searchsorted(indptr, b - 1, side="right")) - 1
    bounds = np.clip(indptr[first : last + 2], a, b)
    return np.repeat(np.arange(first, last + 1), np.diff(bounds))
