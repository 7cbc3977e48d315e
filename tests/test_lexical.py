"""The lexical index and the chunk snapshot are caches of Chroma kept in step incrementally:
after any change they must equal what a fresh build gives, while reading and tokenising only
what changed."""

from __future__ import annotations

import math
import shutil

import numpy as np
import pytest
from scipy import sparse

from library import build
from reportqa.settings import Settings
from reportqa.text import Tokenizer
from stores import bm25
from stores.lexical import LexicalIndex, TokenCache, bm25_weights, term_frequencies

QUERIES = ["法律顾问", "人民调解 矛盾纠纷", "普法 宣传 活动", "三重一大", "行政执法 公示"]


def _scores(index: LexicalIndex, tok: Tokenizer) -> dict[str, list[float]]:
    by_id = {}
    for q in QUERIES:
        s = index.scores(tok.index_tokens(q))
        for c, v in zip(index.chunks, s, strict=True):
            by_id.setdefault(c.id, []).append(round(float(v), 4))
    return by_id


def test_incremental_index_equals_a_fresh_build_and_tokenises_only_new_chunks(
    seed_library, tmp_path
):
    tok = Tokenizer()
    chunks = list(seed_library.chunks)
    calls: list[str] = []

    def tokenize(text: str) -> list[str]:
        calls.append(text)
        return tok.index_tokens(text)

    def tokens_for(cache):
        return lambda new: cache.tokens_for(new, tokenize)

    first, second = chunks[: len(chunks) // 2 + 5], chunks[len(chunks) // 2 :]
    inc = LexicalIndex(tmp_path / "inc")
    inc_cache = TokenCache(tmp_path / "inc-tokens")
    inc.sync("v1", first, tokens_for(inc_cache))
    assert len(calls) == len(first)
    calls.clear()
    inc.sync("v2", second, tokens_for(inc_cache))  # most of `first` leaves, the rest arrives
    assert len(calls) == len(second) - 5  # the 5 chunks in both were not tokenised again

    fresh = LexicalIndex(tmp_path / "fresh")
    fresh.sync("v2", second, tokens_for(TokenCache(tmp_path / "fresh-tokens")))
    assert [c.id for c in inc.chunks] == [c.id for c in fresh.chunks]
    got, want = _scores(inc, tok), _scores(fresh, tok)
    assert got == want
    assert any(max(v) > 0 for v in want.values())

    # a restarted process loads the saved index and tokenises nothing
    calls.clear()
    again = LexicalIndex(tmp_path / "inc")
    again.sync("v2", second, tokens_for(inc_cache))
    assert calls == [] and _scores(again, tok) == want


def test_a_change_after_the_saved_counts_vanished_rebuilds_every_row(seed_library, tmp_path):
    """A process holds only the BM25 weights; the counts a change builds on are read back
    from disk. If they are gone, the change re-reads every chunk's tokens, never misses one."""
    tok = Tokenizer()
    chunks = list(seed_library.chunks)
    first, second = chunks[: len(chunks) // 2 + 5], chunks[len(chunks) // 2 :]
    cache = TokenCache(tmp_path / "tokens")
    index = LexicalIndex(tmp_path / "idx")
    index.sync("v1", first, lambda new: cache.tokens_for(new, tok.index_tokens))
    shutil.rmtree(tmp_path / "idx")
    index.sync("v2", second, lambda new: cache.tokens_for(new, tok.index_tokens))
    fresh = LexicalIndex(tmp_path / "fresh")
    fresh.sync("v2", second, lambda new: cache.tokens_for(new, tok.index_tokens))
    assert _scores(index, tok) == _scores(fresh, tok)


def test_scores_rank_the_chunk_that_uses_the_term(seed_library):
    tok = seed_library.tokenizer
    scores = seed_library.lexical.scores(tok.index_tokens("三重一大"))
    best = seed_library.chunks[int(np.argmax(scores))]
    assert "三重一大" in best.text
    assert not seed_library.lexical.scores(["一个不存在的词"]).any()


def test_bm25_weights_follow_lucene_whatever_the_block_size(monkeypatch, seed_library):
    """Weights are computed a block of rows at a time (bounded memory at 10 000 reports):
    every block size gives Lucene's formula, and the seed index's weights bit for bit."""
    docs = [["村规", "民约", "村规"], ["调解", "纠纷"], ["普法", "宣讲", "下乡", "宣讲"]]
    vocab: dict[str, int] = {}
    tf = term_frequencies(iter(docs), vocab)
    avg = sum(map(len, docs)) / len(docs)

    def lucene(doc: list[str], term: str) -> float:
        df = sum(term in d for d in docs)
        idf = math.log(1 + (len(docs) - df + 0.5) / (df + 0.5))
        n = doc.count(term)
        return idf * n / (n + bm25.K1 * (1 - bm25.B + bm25.B * len(doc) / avg))

    seed = sparse.load_npz(seed_library.settings.index_dir / "bm25" / "tf.npz").tocsr()
    whole = bm25_weights(seed)
    for block in (1, 2, 5):
        monkeypatch.setattr(bm25, "_BLOCK_NNZ", block)
        w = bm25_weights(tf).toarray()
        assert np.count_nonzero(w) == sum(len(set(d)) for d in docs)
        for row, doc in enumerate(docs):
            for term in set(doc):
                assert w[row, vocab[term]] == pytest.approx(lucene(doc, term), rel=1e-6)
        blocked = bm25_weights(seed)
        assert np.array_equal(blocked.data, whole.data)
        assert np.array_equal(blocked.indices, whole.indices)


def test_second_process_reads_only_changed_reports(settings: Settings, corpus_copy):
    writer_app = build(settings)
    writer = writer_app.catalog
    writer_app.shelf.add([corpus_copy])
    reader_app = build(settings)
    reader = reader_app.catalog
    reads: list[set[str]] = []
    inner = reader.store.chunks

    def spy(infos=None):
        reads.append({i.source for i in infos} if infos is not None else {"*"})
        return inner(infos)

    reader.store.chunks = spy
    reader.refresh()
    assert reads == []  # the snapshot on disk held everything
    assert {c.id: c.text for c in reader.chunks} == {c.id: c.text for c in writer.chunks}

    f = corpus_copy / "004_43a8054b3d808e27.txt"
    f.write_text(f.read_text(encoding="utf-8") + "\n新增一段关于公共法律服务的内容。\n", "utf-8")
    writer_app.shelf.add([corpus_copy])
    reader.refresh(force=True)
    assert reads == [{"004_43a8054b3d808e27.txt"}]
    assert {c.id: c.text for c in reader.chunks} == {c.id: c.text for c in writer.chunks}
    for c in reader.chunks:
        assert reader.report_text(c.report_id)[c.start : c.end] == c.text


def test_a_damaged_snapshot_costs_a_full_read_not_a_failure(settings: Settings, corpus_copy):
    build(settings).shelf.add([corpus_copy])
    (settings.index_dir / "chunks.pkl").write_bytes(b"not a pickle")
    app = build(settings)
    lib = app.catalog
    assert len(lib.chunks) > 40
    assert {i.source for i in lib.reports()} == {p.name for p in corpus_copy.glob("*.txt")}
