"""The fast paths of ingest and opening must give what the slow ones gave.

- the C++ trie tokenizer segments, tags and indexes as jieba does on the same dictionary;
- parsing and tokenising on worker processes gives the same chunks as doing it inline;
- an ingest hands its chunks and vectors to the index instead of reading them back, and
  they are the ones Chroma holds;
- the bench's textbook recipe really builds a BM25 retriever over the same reports.
"""

from __future__ import annotations

import jieba
import numpy as np
from jieba import posseg

from bench.recipe import measure as measure_recipe
from library import App, build
from reportqa.settings import Settings
from reportqa.text import _KEEP, STOPWORDS, Tokenizer
from tests.conftest import CORPUS, big_corpus

# made up for this test: invented unit names and a sentence in the reports' register
UNITS = ["青禾镇", "石渠坝乡", "云岫县"]
TEXT = (
    "青禾镇深入推进法治政府建设，聘请律师担任法律顾问，全年调处矛盾纠纷126件；"
    "石渠坝乡落实“三重一大”集体决策制度，云岫县司法局开展送法下乡活动十余场。"
)


def _jieba_with(words: list[str]) -> jieba.Tokenizer:
    ref = jieba.Tokenizer()
    for w in words:
        ref.add_word(w, freq=max(ref.suggest_freq(w), 2000), tag="n")
    return ref


def test_trie_tokenizer_segments_tags_and_indexes_as_jieba():
    tok, ref = Tokenizer(UNITS), _jieba_with(UNITS)
    expected = [
        t for t in ref.lcut_for_search(TEXT, HMM=False) if t not in STOPWORDS and _KEEP.search(t)
    ]
    assert tok.index_tokens(TEXT) == expected
    assert "青禾镇" in expected and "法律顾问" in expected
    assert tok.words(TEXT) == [t for t in ref.lcut(TEXT, HMM=False) if _KEEP.search(t)]
    tags = posseg.POSTokenizer(tokenizer=ref).lcut(TEXT, HMM=False)
    assert tok.tagged(TEXT) == [(p.word, p.flag) for p in tags if _KEEP.search(p.word)]
    assert tok.is_word("石渠坝乡") and not tok.is_word("坝乡落")
    # a word learnt by one tokenizer stays out of another
    assert "石渠坝乡" not in Tokenizer().index_tokens(TEXT)


def _big(tmp_path):
    return big_corpus(tmp_path / "big", 40)


def _view(app: App):
    lib = app.catalog
    tokens = lib.tokens.tokens_for(lib.chunks, None)  # all cached: None is never called
    return (
        [(c.id, c.section_path, c.start, c.end, c.text) for c in lib.chunks],
        lib.reports(),
        [tuple(t) for t in tokens],
    )


def test_worker_pool_ingest_equals_inline_ingest(tmp_path):
    folder = _big(tmp_path)
    pooled = build(Settings(data_dir=tmp_path / "pooled", ingest_workers=2))
    inline = build(Settings(data_dir=tmp_path / "inline", ingest_workers=1))
    a, b = pooled.shelf.add([folder]), inline.shelf.add([folder])
    assert a.added == b.added > 40 and not a.failed and not b.failed
    assert _view(pooled) == _view(inline)


def test_ingest_hands_over_chunks_and_vectors_that_chroma_holds(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    app = build(settings)
    app.shelf.add([CORPUS])
    lib = app.catalog

    def no_read(ids):
        raise AssertionError("vectors read back from Chroma right after an ingest")

    lib.store.vectors = no_read
    vectors = lib.chunk_vectors()
    stored = build(settings).catalog.store.vectors([c.id for c in lib.chunks])
    assert vectors.shape == stored.shape and vectors.dtype == np.float32
    assert np.allclose(vectors, stored, atol=1e-6)
    fresh = build(settings).catalog  # another process: chunks from Chroma, vectors from the file
    fresh.refresh()
    assert [c.id for c in fresh.chunks] == [c.id for c in lib.chunks]
    assert [c.text for c in fresh.chunks] == [c.text for c in lib.chunks]
    fresh.store.vectors = no_read
    assert np.array_equal(fresh.chunk_vectors(), vectors)


def test_textbook_recipe_builds_bm25_over_the_same_reports():
    out = measure_recipe([CORPUS], ["哪些乡镇聘请了法律顾问"], 600, 6, 2)
    assert out["reports"] == len(list(CORPUS.glob("*.txt")))
    assert out["chunks"] >= out["reports"] and out["build_s"] > 0
    assert out["retrieval_ms_p50"] > 0
