"""Opening a library (perf39): the shortcuts taken at a first ask give what the long way
gives. The BM25 weighing's column numbers and document frequencies equal the per-entry
binary search and count they replace, and a process opening a data dir whose local copy
was saved at the store's version serves the same chunks, in the same order, as one that
regroups them from the store."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from library import build
from reportqa.settings import Settings
from stores.bm25 import _entry_columns, _stats


def _matrices():
    rng = np.random.default_rng(39)
    for _ in range(60):
        rows, cols = int(rng.integers(1, 30)), int(rng.integers(1, 30))
        m = sparse.random(rows, cols, density=float(rng.random()) * 0.6, format="csr", rng=rng)
        if m.nnz:
            yield m


def test_columns_are_the_binary_search_per_entry_for_every_block():
    for tf in _matrices():
        counts = tf.tocsc()  # empty columns and blocks cutting columns in two included
        for block in (1, 2, 5, counts.nnz):
            for a in range(0, counts.nnz, block):
                b = min(a + block, counts.nnz)
                searched = np.searchsorted(counts.indptr, np.arange(a, b), side="right") - 1
                assert np.array_equal(_entry_columns(counts.indptr, a, b), searched)


def test_document_frequency_is_the_count_of_each_column_entries():
    for tf in _matrices():
        tf.data = np.ceil(tf.data * 7).astype(np.float32)  # counts are whole numbers
        lengths, df = _stats(tf.tocsc())  # summed off the columns since perf42
        assert np.array_equal(df, np.bincount(tf.indices, minlength=tf.shape[1]))
        assert np.array_equal(lengths, np.asarray(tf.sum(axis=1), dtype=np.float64).ravel())


def _served(settings: Settings) -> list[tuple]:
    app = build(settings)
    app.catalog.refresh()
    return [(c.id, c.text, c.section_path, c.start, c.info) for c in app.catalog.chunks]


def test_a_snapshot_at_the_store_version_serves_what_the_store_regrouped_gives(
    settings: Settings, corpus_copy
):
    writer = build(settings)
    writer.shelf.add([corpus_copy])
    written = [(c.id, c.text, c.section_path, c.start, c.info) for c in writer.catalog.chunks]
    assert _served(settings) == written  # from the local copy, taken whole
    snapshot = settings.index_dir / "chunks.pkl"
    snapshot.unlink()
    assert _served(settings) == written  # read back from the store and regrouped
    assert snapshot.exists()


def test_a_snapshot_of_other_records_is_regrouped(settings: Settings, corpus_copy):
    """A correction changes a record and the store's version: the copy saved before it is
    not served as it is."""
    writer = build(settings)
    writer.shelf.add([corpus_copy])
    first = writer.catalog.reports()[0]
    stale = (settings.index_dir / "chunks.pkl").read_bytes()
    writer.shelf.correct(first.source, "改名镇", first.county, str(first.year))
    (settings.index_dir / "chunks.pkl").write_bytes(stale)
    served = _served(settings)
    assert {info.township for *_, info in served if info.report_id == first.report_id} == {"改名镇"}


def test_reading_the_local_copy_leaves_the_collector_as_it_found_it(
    settings: Settings, corpus_copy
):
    import gc

    from stores.snapshot import ChunkSnapshot

    build(settings).shelf.add([corpus_copy])
    snapshot = ChunkSnapshot(settings.index_dir / "chunks.pkl")
    was = gc.isenabled()
    try:
        gc.enable()
        read = snapshot.load()
        assert gc.isenabled() and read.chunks
        gc.disable()  # an answer's pause in progress: not ended by the read
        assert snapshot.load().chunks == read.chunks
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
