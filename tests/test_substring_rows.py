"""Round perfq29: ``SubstringRows`` (each string's rows read once per index version, tested in
C) gives exactly the simple definition — the candidate rows whose simplified text holds any
alternative — on real libraries, whatever was asked before and in whatever scope."""

from __future__ import annotations

import numpy as np
import pytest

from library import build
from reportqa.settings import REPO_ROOT, Settings
from retrieval.substring_rows import SubstringRows, shortest
from retrieval.unindexed import rows_by_characters

BLIND13 = REPO_ROOT / "tests" / "data" / "blind13" / "web_real"
QUESTIONS = [
    "哪些乡镇聘请了法律顾问",
    "哪些乡镇开展了宪法宣传周活动？",
    "哪些乡镇调解了矛盾纠纷",
    "哪些乡镇提到了网格化管理",
    "哪些乡镇开展了普法进校园",
    "哪些乡镇落实了党政主要负责人履行推进法治建设第一责任人职责",
    "哪个乡镇提到了“枫桥经验”？",
]


@pytest.fixture(scope="module")
def blind_app(tmp_path_factory):
    app = build(Settings(data_dir=tmp_path_factory.mktemp("b13") / "data"))
    app.shelf.add([BLIND13])
    return app


def _alternative_sets(retriever) -> list[tuple[str, ...]]:
    sets = []
    for q in QUESTIONS:
        a = retriever.analyze(q)
        sets.extend(tuple(c.alternatives) for c in a.concepts)
        sets.append(tuple(x for c in a.concepts for x in c.alternatives))
    # a row's end joined to the next row's start is in neither row (no text is joined)
    r0 = retriever.simple(0)[-3:] + retriever.simple(1)[:3]
    sets += [("开展", "开展工作"), ("法治",), ("",), (r0,), (r0, "宣传"), ("不在任何报告里的词",)]
    return list(dict.fromkeys(sets))


def _prefiltered(lib, alternatives, mask):
    """The token prefilter of ``HybridRetriever._rows_with_uncached``, spelled out."""
    tokens = [t for a in alternatives for t in lib.tokenizer.index_tokens(a)]
    hit = lib.lexical.scores(tokens) > 0 if tokens else np.zeros(len(lib.chunks), dtype=bool)
    for a in alternatives:
        if len(a) > 2 and lib.tokenizer.index_tokens(a) == [a]:
            by_chars = rows_by_characters(a, lambda t: lib.lexical.scores(t) > 0)
            hit = hit | by_chars if by_chars is not None else hit
    return hit & mask if mask is not None else hit


@pytest.mark.parametrize("which", ["seed", "blind13"])
def test_rows_equal_the_simple_definition(which, seed_app, blind_app):
    app = seed_app if which == "seed" else blind_app
    retriever = app.retriever
    lib = retriever.lib
    sets = _alternative_sets(retriever)
    n = len(lib.chunks)
    first = lib.lexical.report_of == lib.lexical.report_of[0]  # one report's rows
    rng = np.random.default_rng(29)
    for mask in (None, first, rng.random(n) < 0.5):
        # forward, then backward: answers kept from earlier sets must not change later ones
        for alternatives in sets + sets[::-1]:
            hit = _prefiltered(lib, alternatives, mask)
            if not any(lib.tokenizer.index_tokens(a) for a in alternatives):
                continue  # no token: the retriever answers no row before any substring test
            expected = [
                r for r in np.nonzero(hit)[0] if any(a in retriever.simple(r) for a in alternatives)
            ]
            got = retriever._rows_with_uncached(alternatives, mask)
            assert got.tolist() == expected, alternatives
            assert got.dtype == np.array(expected, dtype=int).dtype


def test_every_candidate_read_once_is_kept(seed_app):
    retriever = seed_app.retriever
    n = len(retriever.lib.chunks)
    reads = []

    def text_of(row):
        reads.append(row)
        return retriever.simple(row)

    rows = SubstringRows(text_of)
    every = np.arange(n)
    a = rows.rows(["法治", "法律顾问"], every, "v", n)
    b = rows.rows(["法律顾问", "法治"], every[::2], "v", n)
    assert b.tolist() == [r for r in a.tolist() if r % 2 == 0]
    assert sorted(reads) == list(range(n))  # each text fetched once for the version
    again = rows.rows(["法治"], every, "v2", n).tolist()
    assert again == [r for r in range(n) if "法治" in retriever.simple(r)]
    assert len(reads) == 2 * n  # a new index version reads again


def test_shortest_alternatives():
    assert shortest(["宪法宣传周", "宪法宣传", "普法"]) == ["宪法宣传", "普法"]
    assert shortest(["纠纷", "矛盾纠纷", "纠纷"]) == ["纠纷"]
    assert shortest(["", "法治"]) == [""]  # the empty string is in every text
    assert shortest(["公共法律服务站", "法律服务"]) == ["法律服务"]
    assert shortest(["行政复议", "行政诉讼"]) == ["行政复议", "行政诉讼"]
