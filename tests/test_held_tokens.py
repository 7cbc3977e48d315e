"""A pooled ingest's workers hand each report's tokens back as codes into its distinct terms
(``HeldTokens``), and the refresh counts them without reading the token files back. The
lexical index must be the one the token-by-token count builds: same vocabulary in the same
order, same matrix, whatever order or subset of chunks the refresh asks for."""

from __future__ import annotations

import json
import random
import threading
from pathlib import Path

import numpy as np
from scipy import sparse

from library import build
from reportqa.settings import Settings
from reportqa.types import Chunk, ReportInfo
from stores.lexical import term_frequencies
from stores.token_cache import HOLD_MAX_TOKENS, HeldTokens, TokenCache, TokenRow
from tests.conftest import big_corpus

_WORDS = ["法治", "政府", "建设", "法律顾问", "聘请", "乡镇", "普法", "调解", "枫桥经验", "依法"]


def _made_up_reports(rng: random.Random, n: int) -> list[list[list[str]]]:
    """Reports of chunks of made-up tokens: a shared core and words of each report's own."""
    reports = []
    for r in range(n):
        own = [f"词{r}-{k}" for k in range(rng.randint(0, 12))]
        pool = _WORDS + own
        reports.append(
            [
                [rng.choice(pool) for _ in range(rng.randint(0, 40))]
                for _ in range(rng.randint(1, 6))
            ]
        )
    return reports


def _same(a: sparse.csr_matrix, b: sparse.csr_matrix) -> bool:
    return (
        a.shape == b.shape
        and a.dtype == b.dtype
        and np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.indices, b.indices)
        and np.array_equal(a.data, b.data)
    )


def test_held_rows_count_as_the_token_lists_do_in_any_order():
    rng = random.Random(17)
    for trial in range(200):
        reports = _made_up_reports(rng, rng.randint(1, 6))
        rows: list[tuple[list[str], TokenRow]] = []
        for r, chunks in enumerate(reports):
            ids = [f"r{r}c{i}" for i in range(len(chunks))]
            held = HeldTokens.of(ids, chunks).rows()
            rows += [(toks, held[cid]) for cid, toks in zip(ids, chunks, strict=True)]
        rng.shuffle(rows)  # a refresh may ask for any chunks, in any order
        rows = rows[: rng.randint(0, len(rows))]
        mixed = [held if rng.random() < 0.7 else toks for toks, held in rows]
        start = {w: i for i, w in enumerate(rng.sample(_WORDS, rng.randint(0, 4)))}
        by_list, by_code = dict(start), dict(start)
        want = term_frequencies(iter([toks for toks, _ in rows]), by_list)
        got = term_frequencies(iter(mixed), by_code)
        assert list(by_code.items()) == list(by_list.items()), trial
        assert _same(got, want), trial
        assert all(held == toks and list(held) == toks for toks, held in rows)


def test_the_token_cache_serves_held_rows_once_and_the_files_after(tmp_path):
    info = ReportInfo("r1", "a.txt", "t", "甲镇", "乙县", "乡镇", 2024, "h1")
    text = "甲乙丙丁"
    chunks = [
        Chunk(id=f"c{i}", report_id="r1", text=text, section_path=(), start=0, end=4, info=info)
        for i in range(3)
    ]
    tokens = [["法治", "政府", "法治"], [], ["调解"]]
    cache = TokenCache(tmp_path / "tokens")
    cache.put("r1", "h1", dict(zip([c.id for c in chunks], tokens, strict=True)))
    assert cache.hold("r1", "h1", HeldTokens.of([c.id for c in chunks], tokens))
    first = list(cache.tokens_for(chunks, None))
    assert [type(t) for t in first] == [TokenRow] * 3 and first == tokens
    again = list(cache.tokens_for(chunks, None))  # held once: now from the file
    assert [type(t) for t in again] == [list] * 3 and again == tokens
    # a held row written back (a chunk the worker did not cache) is written as its list
    cache.hold("r1", "h1", HeldTokens.of(["c0"], tokens[:1]))
    written = list(cache.tokens_for(chunks, lambda _: ["新"]))
    assert written == [tokens[0], ["新"], ["新"]]
    on_disk = json.loads(next((tmp_path / "tokens").glob("r1-h1.json")).read_text("utf-8"))
    assert on_disk == {"c0": tokens[0], "c1": ["新"], "c2": ["新"]}
    # over the budget nothing is held: the refresh reads the file
    big = HeldTokens(("c0",), ("x",), np.zeros(HOLD_MAX_TOKENS + 1, np.int32), (1,))
    assert not cache.hold("r1", "h1", big)


def _bm25_files(data_dir: Path) -> tuple[bytes, sparse.csr_matrix, list[str]]:
    bm25 = data_dir / "index" / "bm25"
    ids = json.loads((bm25 / "manifest.json").read_text("utf-8"))["ids"]
    return (bm25 / "vocab.json").read_bytes(), sparse.load_npz(bm25 / "tf.npz"), ids


def test_a_pooled_ingest_counts_held_codes_into_the_index_an_inline_ingest_builds(tmp_path):
    folder = big_corpus(tmp_path / "big", 40)
    pooled = build(Settings(data_dir=tmp_path / "pooled", ingest_workers=2))
    inline = build(Settings(data_dir=tmp_path / "inline", ingest_workers=1))
    held: list[str] = []
    tokens = pooled.catalog.tokens
    hold = tokens.hold
    tokens.hold = lambda rid, h, codes: held.append(rid) or hold(rid, h, codes)
    done: list = []
    worker = threading.Thread(target=lambda: done.append(pooled.shelf.add([folder])), daemon=True)
    worker.start()
    worker.join(600)
    assert done, "the pooled ingest did not finish"
    b = inline.shelf.add([folder])
    assert done[0].added == b.added > 40 and not done[0].failed
    assert len(held) == done[0].added  # every report came back as codes ...
    assert tokens._held == {}  # ... and the refresh used them all
    a_vocab, a_tf, a_ids = _bm25_files(tmp_path / "pooled")
    b_vocab, b_tf, b_ids = _bm25_files(tmp_path / "inline")
    assert a_ids == b_ids and a_vocab == b_vocab and _same(a_tf, b_tf)
