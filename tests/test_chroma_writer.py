"""A pooled ingest writes Chroma from a process of its own (``stores.chroma_writer``).

What must hold, with real processes and a real store: the writes it makes are the ones the
ingest process would have made (same records), a writer that dies mid-ingest makes the
command fail in Chinese instead of hanging and leaves nothing half-committed, and a writer
that fails on its first call hands the store's own error back.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.pipeline import WRITER_BATCHES
from library import build
from reportqa.errors import ConfigError
from reportqa.settings import REPO_ROOT, Settings
from stores.chroma_writer import ChromaWriter
from tests.test_reliability import _assert_consistent, _big_corpus, _fresh, _rerun_equals_fresh


def _processes_of(data: Path) -> list[int]:
    """Live processes started for this data dir (the CLI's children inherit its env)."""
    marker = f"REPORTQA_DATA_DIR={data}".encode()
    out = []
    for env in Path("/proc").glob("[0-9]*/environ"):
        try:
            if marker in env.read_bytes().split(b"\0"):
                stat = (env.parent / "stat").read_text().rsplit(")", 1)[1].split()
                if stat[0] != "Z":
                    out.append(int(env.parent.name))
        except OSError:
            continue
    return out


def _ingest(corpus: Path, data: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cli", "ingest", str(corpus)],
        cwd=REPO_ROOT,
        env={**os.environ, "REPORTQA_DATA_DIR": str(data), **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def corpus_and_fresh(tmp_path_factory):
    root = tmp_path_factory.mktemp("writer")
    corpus = _big_corpus(root)
    return corpus, _fresh(corpus, root / "fresh")


def test_a_writer_killed_mid_ingest_fails_the_command_in_chinese_and_loses_nothing(
    tmp_path, corpus_and_fresh
):
    corpus, fresh = corpus_and_fresh
    data = tmp_path / "data"
    proc = _ingest(
        corpus,
        data,
        REPORTQA_TEST_CRASH_AT="writer_after_put:2",
        REPORTQA_INGEST_BATCH_CHUNKS="60",
    )
    assert proc.returncode not in (0, -9), proc.stderr  # the ingest process itself ended
    assert "写入索引的进程意外退出" in proc.stderr and "请重新运行导入" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert _processes_of(data) == []  # workers and writer gone with the command

    app = build(Settings(data_dir=data))
    lib = app.catalog
    assert lib.store.count_chunks() >= 120  # two batches written before the writer died
    assert lib.reports() == []  # … none committed: their tokens were not made yet
    _assert_consistent(lib)
    _rerun_equals_fresh(app, corpus, fresh)


def test_a_pooled_ingest_writes_what_an_ingest_writing_itself_writes(tmp_path, corpus_and_fresh):
    """One worker: no pool, so the ingest process writes Chroma itself; two: the writer
    process does (small batches: enough of them to start it). Every record the same (ids,
    documents, metadata but the write time)."""
    corpus, _ = corpus_and_fresh
    size = sum(f.stat().st_size for f in corpus.glob("*.txt"))
    assert size / (3 * Settings().chunk_max_chars * 60) > WRITER_BATCHES
    stores = []
    for workers in ("1", "2"):
        data = tmp_path / f"w{workers}"
        proc = _ingest(
            corpus, data, REPORTQA_INGEST_WORKERS=workers, REPORTQA_INGEST_BATCH_CHUNKS="60"
        )
        assert proc.returncode == 0, proc.stderr
        assert _processes_of(data) == []
        stores.append(_records(data))
    assert stores[0] == stores[1]
    assert len(stores[0]["chunks"]) > 400


def _records(data: Path) -> dict[str, dict]:
    store = build(Settings(data_dir=data)).catalog.store
    out = {}
    collections = {"chunks": store._chunks, "texts": store._text_store, "reports": store._reports}
    for name, collection in collections.items():
        got = collection.get(include=["documents", "metadatas", "embeddings"])
        out[name] = {
            cid: (doc, {k: v for k, v in meta.items() if k != "written_at"}, list(emb))
            for cid, doc, meta, emb in zip(
                got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True
            )
        }
    return out


def test_a_writer_that_cannot_open_the_store_hands_back_its_error(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    build(settings).catalog.store.open()  # a store made with the hashing embedder
    with (
        pytest.raises(ConfigError, match="索引由嵌入"),
        ChromaWriter(settings, "another-model") as w,
    ):
        w.census(0.0)
    assert w._proc.exitcode is not None  # ended, not left running
