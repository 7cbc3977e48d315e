"""``stores.npz_mapped``: the counts read by mapping the archive's stored arrays are the
counts ``load_npz`` reads, writable without writing the file; anything not laid out as
``save_npz(..., compressed=False)`` writes a CSC matrix is read by ``load_npz``."""

from __future__ import annotations

import mmap

import numpy as np
import pytest
from scipy import sparse

from stores.bm25 import _stats, _weigh, bm25_weights
from stores.npz_mapped import load_counts


def _counts() -> sparse.csc_matrix:
    rng = np.random.default_rng(7)
    dense = rng.integers(0, 4, size=(40, 25)).astype(np.float32)
    dense[dense < 2] = 0
    return sparse.csc_matrix(dense)


def _mapped(a) -> bool:
    while a is not None:
        if isinstance(a, (np.memmap, mmap.mmap)):
            return True
        a = getattr(a, "base", None)
    return False


def test_mapped_counts_equal_the_copied_ones_and_never_write_the_file(tmp_path):
    path = tmp_path / "tf.npz"
    sparse.save_npz(path, _counts(), compressed=False)
    raw = path.read_bytes()
    got = load_counts(path)
    assert got.format == "csc" and _mapped(got.indices) and _mapped(got.data)
    want = sparse.load_npz(path)
    assert got.shape == want.shape and (got != want).nnz == 0
    weights = bm25_weights(want)
    mine = _weigh(got, *_stats(got))  # the weighing writes over the mapped values
    assert np.array_equal(mine.data, weights.data)
    assert np.array_equal(mine.indices, weights.indices)
    assert path.read_bytes() == raw  # copy-on-write: the file is as saved


@pytest.mark.parametrize("how", ["compressed", "csr", "empty"])
def test_what_is_not_a_stored_csc_matrix_is_read_as_before(tmp_path, how):
    path = tmp_path / "tf.npz"
    counts = _counts()
    if how == "csr":
        counts = counts.tocsr()
    if how == "empty":
        counts = sparse.csc_matrix((3, 5), dtype=np.float32)
    sparse.save_npz(path, counts, compressed=how == "compressed")
    got = load_counts(path)
    assert got.format == counts.format and (got != counts).nnz == 0
    assert not _mapped(got.indices) or how == "empty"


def test_an_unreadable_file_fails_as_load_npz_does(tmp_path):
    path = tmp_path / "tf.npz"
    path.write_bytes(b"not an archive")
    with pytest.raises(Exception) as mine:
        load_counts(path)
    with pytest.raises(Exception) as theirs:
        sparse.load_npz(path)
    assert type(mine.value) is type(theirs.value)
