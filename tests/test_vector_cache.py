"""The chunk-vector cache (``stores.vector_cache``): one memory-mapped file per index version,
read from the store at most once, and only a cache (damage costs a read, never an error)."""

from __future__ import annotations

import numpy as np

from stores.vector_cache import VectorFile


def _vectors(n: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((n, 8)).astype(np.float32)


def test_vectors_are_read_once_per_version_and_kept_memory_mapped(tmp_path):
    reads: list[list[str]] = []
    stored = _vectors(5)

    def load(ids):
        reads.append(ids)
        return stored

    cache = VectorFile(tmp_path / "vectors")
    ids = [f"c{i}" for i in range(5)]
    got = cache.get("v1", ids, load)
    assert np.array_equal(got, stored) and reads == [ids]
    # mapped from the file, not a copy: the rows a search touches, not the whole matrix
    assert isinstance(got.base, np.memmap) and not got.flags.writeable
    assert cache.get("v1", ids, load) is got and len(reads) == 1
    # another process on the same data dir: from the file, not the store
    other = VectorFile(tmp_path / "vectors")
    assert np.array_equal(other.get("v1", ids, load), stored) and len(reads) == 1
    assert other.held("v2") is None


def test_a_new_version_replaces_the_old_file(tmp_path):
    cache = VectorFile(tmp_path / "vectors")
    old = cache.put("v1", _vectors(3, 1))
    new = cache.put("v2", _vectors(4, 2))
    assert sorted(p.name for p in (tmp_path / "vectors").iterdir()) == ["v2.npy"]
    assert old.shape == (3, 8) and float(np.abs(old).sum()) > 0  # a mapping stays readable
    assert cache.held("v2") is new and cache.held("v1") is None


def test_a_damaged_or_mismatched_file_is_read_again_from_the_store(tmp_path):
    folder = tmp_path / "vectors"
    VectorFile(folder).put("v1", _vectors(3))
    (folder / "v1.npy").write_bytes(b"not a numpy file")
    fresh = _vectors(3, 5)
    assert np.array_equal(VectorFile(folder).get("v1", ["a", "b", "c"], lambda ids: fresh), fresh)
    # the file holds 3 rows; an index of 4 chunks at that version cannot use it
    four = _vectors(4, 6)
    got = VectorFile(folder).get("v1", ["a", "b", "c", "d"], lambda ids: four)
    assert np.array_equal(got, four)
