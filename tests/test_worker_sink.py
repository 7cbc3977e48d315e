"""On the worker pool the workers cache the tokens and embed the chunks themselves (the
hashing embedder and the token cache travel to them): the library they build is the one an
inline ingest builds, vectors included, even when this process wrapped those instances (as
``reportqa bench`` wraps them to time its phases)."""

from __future__ import annotations

import threading

import numpy as np

from library import build
from reportqa.settings import Settings
from tests.conftest import big_corpus


def _wrap(obj, attr: str, calls: list[str]) -> None:
    inner = getattr(obj, attr)

    def counted(*args, **kwargs):
        calls.append(attr)
        return inner(*args, **kwargs)

    setattr(obj, attr, counted)  # a local function: the instance itself no longer pickles


def test_workers_embed_and_cache_tokens_as_an_inline_ingest_does(tmp_path):
    folder = big_corpus(tmp_path / "big", 40)
    pooled = build(Settings(data_dir=tmp_path / "pooled", ingest_workers=2))
    inline = build(Settings(data_dir=tmp_path / "inline", ingest_workers=1))
    calls: list[str] = []
    _wrap(pooled.catalog.embedder, "embed", calls)
    _wrap(pooled.catalog.tokens, "put", calls)
    done: list = []
    worker = threading.Thread(target=lambda: done.append(pooled.shelf.add([folder])), daemon=True)
    worker.start()
    worker.join(600)
    assert done, "the pooled ingest did not finish"
    b = inline.shelf.add([folder])
    assert done[0].added == b.added > 40 and not done[0].failed
    # the workers did it: this process neither embedded a chunk nor wrote a token file
    assert calls == []
    a_lib, b_lib = pooled.catalog, inline.catalog
    assert [c.id for c in a_lib.chunks] == [c.id for c in b_lib.chunks]
    assert np.array_equal(a_lib.chunk_vectors(), b_lib.chunk_vectors())
    a_tokens = list(a_lib.tokens.tokens_for(a_lib.chunks, None))  # all cached: None unused
    assert a_tokens == list(b_lib.tokens.tokens_for(b_lib.chunks, None))
