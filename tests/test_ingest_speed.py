"""Ingest round 7's shortcuts must give exactly what the long way gave.

- a tokenizer remembers each word's index tokens, and forgets them when it learns a word
  that changes them (a new unit name inside a longer word);
- a pooled ingest writes chunks to Chroma while its workers still read, yet commits a report
  only once its tokens are cached: killed after such a write, it has committed nothing, no
  reader sees those chunks, and the next ingest removes them and equals an uninterrupted one.
"""

from __future__ import annotations

from library import build
from reportqa.settings import Settings
from reportqa.text import _KEEP, STOPWORDS, Tokenizer
from tests.test_reliability import (
    _assert_consistent,
    _big_corpus,
    _crashed_ingest,
    _fresh,
    _rerun_equals_fresh,
)

# made up for this test: invented unit names in the reports' register
TEXT = "青禾镇司法所联合青禾镇派出所开展普法宣传，青禾镇综治中心调处矛盾纠纷四十余件。"


def _long_way(tok: Tokenizer, text: str) -> list[str]:
    """jieba's search mode as ``index_tokens`` spelled it before it remembered words."""
    get = tok._trie.get_freq
    out: list[str] = []
    for w in tok._trie.lcut(text, HMM=False):
        n = len(w)
        if n > 2:
            out.extend(g for i in range(n - 1) if get(g := w[i : i + 2]))
            if n > 3:
                out.extend(g for i in range(n - 2) if get(g := w[i : i + 3]))
        out.append(w)
    return [t for t in out if t not in STOPWORDS and _KEEP.search(t)]


def test_remembered_tokens_are_the_long_way_and_follow_new_words():
    tok = Tokenizer(["青禾镇"])
    first = tok.index_tokens(TEXT)
    assert first == _long_way(tok, TEXT)
    assert tok.index_tokens(TEXT) == first  # the second time from memory, same tokens
    assert "禾镇" not in first
    # 禾镇 becomes a word: every 青禾镇 now also yields it as a sub-word
    tok.add_words(["禾镇"])
    after = tok.index_tokens(TEXT)
    assert after == _long_way(tok, TEXT) == Tokenizer(["青禾镇", "禾镇"]).index_tokens(TEXT)
    assert after.count("禾镇") == 3


def test_chunks_written_while_reading_are_not_committed_until_their_tokens_are(tmp_path):
    corpus = _big_corpus(tmp_path)
    data = tmp_path / "data"
    _crashed_ingest(corpus, data, "after_early_write:2", batch_chunks=60)

    app = build(Settings(data_dir=data))
    lib = app.catalog
    assert lib.store.count_chunks() >= 120  # two batches written, before any token was made
    assert lib.reports() == []  # … and none of them committed
    _assert_consistent(lib)
    assert lib.chunks == []
    _rerun_equals_fresh(app, corpus, _fresh(corpus, tmp_path / "fresh"))
