"""Whole-library dense search with the embedded store is exact over the local vector file,
so Chroma's HNSW graph decides no answer and is built sparse (cheaper writes); a Chroma
server keeps answering from its own graph, built with Chroma's defaults."""

from __future__ import annotations

import numpy as np
import pytest

from library import build
from reportqa.settings import Settings
from reportqa.text import index_text
from stores.chroma import hnsw_config
from tests.conftest import CORPUS

# made up for this test, in the reports' register; the last one shares no word with them
QUERIES = [
    "聘请律师担任常年法律顾问，为重大决策提供法律意见",
    "开展送法下乡和普法宣传活动",
    "天气晴朗适合出游",
]


@pytest.fixture
def ingested(settings):
    app = build(settings)
    app.shelf.add([CORPUS])
    return settings


def _exact(lib, vector: np.ndarray, k: int) -> list[str]:
    """Brute force, independent of the index: re-embed every chunk as ingest embeds it."""
    chunks = lib.chunks
    matrix = lib.embedder.embed([index_text(c.section_path, c.text) for c in chunks])
    sims = matrix @ vector
    order = sorted(range(len(chunks)), key=lambda i: (-float(sims[i]), i))
    return [chunks[i].id for i in order[:k]]


def test_whole_library_nearest_is_exact_cosine(ingested):
    lib = build(ingested).catalog
    for q in QUERIES:
        vector = lib.embedder.embed([q])[0]
        for k in (1, 7, 20):
            got = lib.nearest(vector, k)
            assert [c.id for c, _ in got] == _exact(lib, vector, k)
            sims = [s for _, s in got]
            assert sims == sorted(sims, reverse=True)
    everything = lib.nearest(lib.embedder.embed([QUERIES[0]])[0], 10**6)
    assert len(everything) == len(lib.chunks)


def test_a_whole_library_search_needs_no_store_when_the_local_copy_is_served(ingested):
    app = build(ingested)
    app.catalog.open_local()
    hits = app.retriever.search("哪些乡镇聘请了法律顾问", 6)
    assert hits and any("法律顾问" in h.chunk.text for h in hits)
    # served from the snapshot, the saved index and the vector file: Chroma never opened
    assert not app.catalog.store.is_open()


def test_hnsw_is_sparse_for_the_embedded_store_and_chromas_own_for_a_server(ingested, tmp_path):
    assert hnsw_config(Settings(data_dir=tmp_path)) == {"max_neighbors": 8, "ef_construction": 32}
    server = Settings(data_dir=tmp_path, chroma_url="http://127.0.0.1:8000")
    assert hnsw_config(server) == {}
    chosen = Settings(
        data_dir=tmp_path,
        chroma_url="http://127.0.0.1:8000",
        hnsw_max_neighbors=24,
        hnsw_ef_construction=200,
    )
    assert hnsw_config(chosen) == {"max_neighbors": 24, "ef_construction": 200}
    store = build(ingested).catalog.store
    store.open()
    hnsw = store._chunks.configuration["hnsw"]
    assert (hnsw["max_neighbors"], hnsw["ef_construction"]) == (8, 32)
