"""BM25 scores read straight off the weight columns (``LexicalIndex.scores``) are the very
floats scipy's sparse product gives: fan-out ranks and ties depend on them bit for bit."""

from __future__ import annotations

import numpy as np

from reportqa.text import Tokenizer

QUESTIONS = [
    "哪些乡镇聘请了法律顾问",
    "法律顾问 法律顾问 人民调解",  # a token asked twice counts twice
    "比较峡口镇和荆竹铺镇调处矛盾纠纷的数量",
    "普法 宣传 活动 三重一大 行政执法 公示",
    "没有人写过的词汇xyz",
]


def _scipy_scores(index, tokens: list[str]) -> np.ndarray:
    ids = [index._vocab[t] for t in tokens if t in index._vocab]
    if not ids:
        return np.zeros(len(index.chunks), dtype=np.float32)
    cols, counts = np.unique(np.asarray(ids, dtype=np.int64), return_counts=True)
    picked = index._weights[:, cols]
    return np.asarray(picked @ counts.astype(np.float32), dtype=np.float32).ravel()


def test_scores_are_bit_identical_to_the_sparse_product(seed_library):
    tok = Tokenizer()
    index = seed_library.lexical
    assert len(index.chunks) > 20
    nonzero = 0
    for q in QUESTIONS:
        tokens = tok.index_tokens(q)
        got, want = index.scores(tokens), _scipy_scores(index, tokens)
        assert got.dtype == np.float32 and got.shape == want.shape
        assert np.array_equal(got.view(np.int32), want.view(np.int32)), q
        nonzero += int((got > 0).sum())
    assert nonzero > 0


def test_scope_mask_marks_exactly_the_reports_in_scope(seed_app):
    retriever = seed_app.retriever
    lex = seed_app.catalog.lexical
    infos = seed_app.catalog.reports()
    some = infos[::2]
    mask = retriever._mask(some)
    wanted = {i.report_id for i in some}
    assert mask.tolist() == [c.report_id in wanted for c in lex.chunks]
    assert retriever._mask(infos).all() and not retriever._mask([]).any()


def test_a_few_reports_rows_are_scored_and_found_as_in_the_whole(seed_library):
    """Rows of a few reports looked up in the columns (``stores.column_rows``): their scores
    are the whole library's bit for bit, and the rows holding a token are the whole answer's
    inside the scope (``answering.undone`` reads reports again one by one)."""
    tok = Tokenizer()
    index = seed_library.lexical
    n = len(index.chunks)
    scopes = [np.arange(3), np.array([n - 1]), np.arange(0, n, n // 3 + 1)]
    scopes = [rows for rows in scopes if rows.size * 32 < n]
    assert scopes
    for q in QUESTIONS:
        tokens = tok.index_tokens(q)
        whole = index.scores(tokens)
        for rows in scopes:
            got = index.scores(tokens, rows)
            assert np.array_equal(got[rows].view(np.int32), whole[rows].view(np.int32)), q
            within = np.zeros(n, dtype=bool)
            within[rows] = True
            holding = index.holding_any(tokens, within)
            assert np.array_equal(holding, index.holding_any(tokens) & within), q
    marked = np.zeros(n, dtype=bool)
    marked[: n // 2] = True  # half the library: every row of the columns marked, as before
    tokens = tok.index_tokens(QUESTIONS[0])
    assert np.array_equal(index.holding_any(tokens, marked), index.holding_any(tokens) & marked)
    assert index.holding_any(tokens, marked).any()
