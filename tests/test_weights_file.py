"""``stores.weights_file``: the BM25 weights saved beside the counts by whoever saves them,
mapped by every process that opens the index instead of weighed again — bit for bit the
weights weighing gives; weights of another counts file (a folder swapped in meanwhile, a
copied library) are never read; a library saved without them gets them from its first
reader, and a reader that cannot write weighs as before. The chunk-id lookup is made only
when asked, for the chunks the index holds."""

from __future__ import annotations

import mmap
import shutil

import numpy as np
import pytest
from scipy import sparse

from reportqa.text import Tokenizer
from stores import lexical
from stores.lexical import LexicalIndex, TokenCache, bm25_weights


def _mapped(a) -> bool:
    while a is not None:
        if isinstance(a, (np.memmap, mmap.mmap)):
            return True
        a = getattr(a, "base", None)
    return False


def _tokens_for(tmp_path, tok):
    cache = TokenCache(tmp_path / "tokens")
    return lambda new: cache.tokens_for(new, tok.index_tokens)


def _want(folder):
    """What weighing the counts saved in ``folder`` gives (``load_npz``: copied, not mapped)."""
    return bm25_weights(sparse.load_npz(folder / "tf.npz"))


def _same(got, want) -> None:
    assert got.shape == want.shape
    assert np.array_equal(got.indptr, want.indptr) and np.array_equal(got.indices, want.indices)
    assert np.array_equal(got.data.view(np.int32), want.data.view(np.int32))  # bit for bit


def _no_weighing(monkeypatch):
    def refuse(*_a, **_k):
        raise AssertionError("weighed again")

    monkeypatch.setattr(lexical, "_weigh", refuse)


def test_the_saver_writes_the_weights_and_a_reader_maps_them(seed_library, tmp_path, monkeypatch):
    tok = Tokenizer()
    chunks = list(seed_library.chunks)
    writer = LexicalIndex(tmp_path / "bm25")
    writer.sync("v1", chunks, _tokens_for(tmp_path, tok))
    saved = list((tmp_path / "bm25").glob("weights-*.npy"))
    assert len(saved) == 1
    want = _want(tmp_path / "bm25")
    _same(writer._weights, want)

    _no_weighing(monkeypatch)
    reader = LexicalIndex(tmp_path / "bm25")
    assert reader.sync("v1", chunks, _tokens_for(tmp_path, tok))
    w = reader._weights
    assert _mapped(w.data) and _mapped(w.indices)  # the file's values, the counts' entries
    _same(w, want)
    q = tok.index_tokens("法律顾问 人民调解")
    assert np.array_equal(reader.scores(q), writer.scores(q))
    assert np.array_equal(reader.holding_any(q), writer.holding_any(q))


def test_a_library_saved_without_weights_gets_them_from_its_first_reader(
    seed_library, tmp_path, monkeypatch
):
    tok = Tokenizer()
    chunks = list(seed_library.chunks)
    LexicalIndex(tmp_path / "bm25").sync("v1", chunks, _tokens_for(tmp_path, tok))
    for f in (tmp_path / "bm25").glob("weights-*.npy"):
        f.unlink()  # as an earlier version saved it
    first = LexicalIndex(tmp_path / "bm25")
    first.sync("v1", chunks, _tokens_for(tmp_path, tok))
    want = _want(tmp_path / "bm25")
    _same(first._weights, want)
    assert len(list((tmp_path / "bm25").glob("weights-*.npy"))) == 1
    _no_weighing(monkeypatch)
    second = LexicalIndex(tmp_path / "bm25")
    second.sync("v1", chunks, _tokens_for(tmp_path, tok))
    assert _mapped(second._weights.data)
    _same(second._weights, want)


def test_weights_of_another_counts_file_are_not_read(seed_library, tmp_path):
    """A folder copied (another library, a backup restored) or swapped in keeps the name
    of weights weighed from a file that is no longer the one there: weighed again."""
    tok = Tokenizer()
    chunks = list(seed_library.chunks)
    half = chunks[: len(chunks) // 2]
    LexicalIndex(tmp_path / "a").sync("v1", chunks, _tokens_for(tmp_path, tok))
    LexicalIndex(tmp_path / "b").sync("v2", half, _tokens_for(tmp_path, tok))
    (old,) = (tmp_path / "a").glob("weights-*.npy")
    (theirs,) = (tmp_path / "b").glob("weights-*.npy")
    shutil.copyfile(theirs, tmp_path / "a" / theirs.name)  # another file's weights beside
    old.unlink()
    (tmp_path / "a" / "tf.npz").touch()  # and the counts file itself no longer as weighed
    want = _want(tmp_path / "a")
    reader = LexicalIndex(tmp_path / "a")
    reader.sync("v1", chunks, _tokens_for(tmp_path, tok))
    _same(reader._weights, want)  # weighed here: the shapes differ from the other's anyway
    names = sorted(f.name for f in (tmp_path / "a").glob("weights-*.npy"))
    assert len(names) == 2 and theirs.name in names  # its own written beside, for the next


def test_a_reader_that_cannot_write_weighs_as_before(seed_library, tmp_path, monkeypatch):
    tok = Tokenizer()
    chunks = list(seed_library.chunks)
    LexicalIndex(tmp_path / "bm25").sync("v1", chunks, _tokens_for(tmp_path, tok))
    for f in (tmp_path / "bm25").glob("weights-*.npy"):
        f.unlink()

    def refuse(*_a, **_k):
        raise PermissionError("read-only data dir")

    monkeypatch.setattr(lexical, "write_weights", refuse)
    reader = LexicalIndex(tmp_path / "bm25")
    reader.sync("v1", chunks, _tokens_for(tmp_path, tok))
    _same(reader._weights, _want(tmp_path / "bm25"))
    assert not list((tmp_path / "bm25").glob("weights-*.npy"))


@pytest.mark.parametrize("second", ["same ids", "fewer chunks"])
def test_a_change_saves_its_own_weights(seed_library, tmp_path, monkeypatch, second):
    tok = Tokenizer()
    chunks = list(seed_library.chunks)
    index = LexicalIndex(tmp_path / "bm25")
    index.sync("v1", chunks, _tokens_for(tmp_path, tok))
    now = chunks if second == "same ids" else chunks[3:]
    index.sync("v2", now, _tokens_for(tmp_path, tok))
    want = _want(tmp_path / "bm25")
    _same(index._weights, want)
    _no_weighing(monkeypatch)
    reader = LexicalIndex(tmp_path / "bm25")
    reader.sync("v2", now, _tokens_for(tmp_path, tok))
    _same(reader._weights, want)


def test_row_of_id_is_made_for_the_chunks_held(seed_library, tmp_path):
    tok = Tokenizer()
    chunks = list(seed_library.chunks)
    index = LexicalIndex(tmp_path / "bm25")
    index.sync("v1", chunks, _tokens_for(tmp_path, tok))
    assert index._row_of_id[0] is not index.chunks  # not made by the sync
    assert index.row_of_id == {c.id: i for i, c in enumerate(chunks)}
    index.sync("v2", chunks[5:], _tokens_for(tmp_path, tok))
    assert index.row_of_id == {c.id: i for i, c in enumerate(chunks[5:])}
    assert index.report_of.tolist() == [index.report_row[c.report_id] for c in chunks[5:]]


def test_a_failed_save_leaves_no_weights_of_chunks_not_installed(
    seed_library, tmp_path, monkeypatch
):
    tok = Tokenizer()
    chunks = list(seed_library.chunks)
    index = LexicalIndex(tmp_path / "bm25")
    index.sync("v1", chunks, _tokens_for(tmp_path, tok))

    def refuse(*_a, **_k):
        raise PermissionError("read-only data dir")

    monkeypatch.setattr(lexical, "swap_in", refuse)
    with pytest.raises(PermissionError):
        index.sync("v2", chunks[3:], _tokens_for(tmp_path, tok))
    assert index._weights is None and index.version == "v1"  # as before: nothing half-held
    monkeypatch.undo()
    index.sync("v2", chunks[3:], _tokens_for(tmp_path, tok))  # tried again from the disk
    assert [c.id for c in index.chunks] == [c.id for c in chunks[3:]]
    _same(index._weights, _want(tmp_path / "bm25"))
