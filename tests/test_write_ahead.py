"""perf18: a pooled ingest that writes to Chroma from its own process asks the workers for
the tokens first and writes the chunks while they cut (Chroma's upserts hold this process's
GIL, which the pool's jobs and results need).

- the pool starts cutting when it is asked, not when its first result is read;
- killed right after such a write the ingest has committed nothing, no reader sees those
  chunks, and the next ingest removes them and equals an uninterrupted one;
- the early writes are cut in parts of whole reports holding at least the step's chunks;
- the workers pack the texts this process writes, as this process would have;
- (perf19) the last write-ahead's chunks are made once and the commit reuses them; a write
  that is not the last keeps none (a large ingest holds no second copy of its texts).
"""

from __future__ import annotations

import json
import time
from dataclasses import replace

from ingest.limits import LoadLimits
from ingest.pending import Pending, first_part, put_uncommitted
from ingest.pipeline import AHEAD_CHUNKS
from ingest.workers import ParseSpec, WorkerPool, parse_file
from library import build
from reportqa.settings import Settings
from reportqa.text import Tokenizer, index_text
from reportqa.types import Report, ReportInfo
from stores.chroma import ChromaStore
from stores.records import unpack
from stores.token_cache import TokenCache
from tests.conftest import big_corpus
from tests.test_reliability import (
    _assert_consistent,
    _big_corpus,
    _chunk_view,
    _crashed_ingest,
    _fresh,
    _rerun_equals_fresh,
)

# made up for this test, in the reports' register
TEXT = "青禾镇司法所联合派出所开展普法宣传，综治中心调处矛盾纠纷四十余件。" * 40


def _pending(chunks: list[int]) -> list[Pending]:
    out = []
    for i, n in enumerate(chunks):
        info = ReportInfo(f"r{i}", f"r{i}.txt", "", "青禾镇", "", "乡镇", 2023, f"h{i}")
        spans = [((), j, j + 1) for j in range(n)]
        out.append(Pending(Report(info, TEXT), spans, "added"))
    return out


def test_parts_are_whole_reports_holding_the_step():
    ready = _pending([3, 4, 2, 5, 1])
    assert first_part(ready, 7, rest=False) == 2  # 3 + 4 reach 7
    assert first_part(ready, 8, rest=False) == 3  # 3 + 4 + 2
    assert first_part(ready, 100, rest=False) == 0  # not a step's worth yet
    assert first_part(ready, 100, rest=True) == 5  # the last write takes them all
    assert first_part([], 7, rest=True) == 0
    assert first_part(ready, 1, rest=False) == 1


class _Recorder:
    """A store that keeps what it is handed (the chunks a write-ahead writes)."""

    def __init__(self) -> None:
        self.written: list = []

    def put_chunks(self, items) -> None:
        self.written.extend(items)


def test_a_last_write_ahead_keeps_its_chunks_for_the_commit():
    kept, dropped, fresh = _pending([3, 2]), _pending([3, 2]), _pending([3, 2])
    store = _Recorder()
    put_uncommitted(store, kept, keep=True)
    put_uncommitted(_Recorder(), dropped)
    for p, f, (_, written, _) in zip(kept, fresh, store.written, strict=True):
        assert p.chunks() is written  # the commit takes the very chunks written
        assert p.chunks() == f.chunks()  # and they are what a fresh making gives
    for p, f in zip(dropped, fresh, strict=True):
        assert p.made is None  # nothing held between the write and the commit
        assert p.chunks() == f.chunks() and p.chunks() is not p.chunks()


def test_the_pool_cuts_before_its_first_result_is_read(tmp_path):
    tokens = TokenCache(tmp_path / "tokens")
    jobs = [(f"r{i}", f"h{i}", TEXT, [((), 0, 200), ((), 200, len(TEXT))]) for i in range(12)]
    with WorkerPool(2, []) as pool:
        pool.start()
        results = pool.tokenize(jobs, ["青禾镇"], (tokens, None))
        deadline = time.monotonic() + 60
        while len(list((tmp_path / "tokens").glob("*.json"))) < 12:
            assert time.monotonic() < deadline, "the workers did not cut before being read"
            time.sleep(0.05)
        done = list(results)
    assert done == [(None, None, None)] * 12  # the workers cached them
    tok = Tokenizer(["青禾镇"])
    want = [tok.index_tokens(index_text((), TEXT[s:e])) for s, e in ((0, 200), (200, len(TEXT)))]
    for path in (tmp_path / "tokens").glob("*.json"):
        assert list(json.loads(path.read_text(encoding="utf-8")).values()) == want


def test_killed_after_a_write_ahead_commits_nothing_and_the_next_ingest_repairs(tmp_path):
    corpus = _big_corpus(tmp_path)
    data = tmp_path / "data"
    # the default batch: no writer process for a corpus this size, the writes are made here
    _crashed_ingest(corpus, data, "after_early_write:1", batch_chunks=4000)
    app = build(Settings(data_dir=data))
    lib = app.catalog
    assert lib.store.count_chunks() >= AHEAD_CHUNKS  # one part written …
    assert lib.reports() == []  # … and nothing committed
    _assert_consistent(lib)
    assert lib.chunks == []
    _rerun_equals_fresh(app, corpus, _fresh(corpus, tmp_path / "fresh"))


def test_texts_the_workers_packed_are_stored_as_this_process_packs_them(tmp_path):
    """A pooled ingest writing from this process has its workers pack the report texts
    (``ParseSpec.pack``): the text records, and every text and chunk read back, are those
    of an inline ingest, which packs them here."""
    folder = big_corpus(tmp_path / "big", 30)
    pooled = build(Settings(data_dir=tmp_path / "pooled", ingest_workers=2))
    inline = build(Settings(data_dir=tmp_path / "inline", ingest_workers=1))
    a, b = pooled.shelf.add([folder]), inline.shelf.add([folder])
    assert a.added == b.added > 30 and not a.failed and not b.failed
    infos = pooled.catalog.store.reports()
    assert infos == inline.catalog.store.reports()
    texts = pooled.catalog.store.texts(infos)
    assert texts == inline.catalog.store.texts(infos)
    assert all(texts.values())
    assert _chunk_view(pooled.catalog) == _chunk_view(inline.catalog)
    one = next(folder.glob("*.txt"))
    spec = ParseSpec(LoadLimits(), 800, 80, pack=ChromaStore.text_packer)
    parsed = parse_file(one, None, spec)
    assert parsed.packed is not None and unpack(parsed.packed) == parsed.text
    assert parse_file(one, None, replace(spec, pack=None)).packed is None
