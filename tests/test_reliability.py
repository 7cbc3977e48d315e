"""Crash safety and concurrent ingests, with real processes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from library import App, build
from reportqa.errors import IndexBusyError
from reportqa.faults import HELD, CrashPoints
from reportqa.locking import index_lock
from reportqa.settings import REPO_ROOT, Settings
from retrieval.catalog import Catalog
from tests.conftest import big_corpus


def _big_corpus(tmp_path):
    """The seeds and 30 more reports: past the ingest pool's size threshold, several write
    batches at the batch sizes below."""
    return big_corpus(tmp_path / "big", 30)


def _assert_consistent(lib: Catalog):
    lib.refresh(force=True)
    infos = {i.report_id: i for i in lib.reports()}
    per_report: dict[str, int] = {}
    for c in lib.chunks:
        assert c.report_id in infos
        per_report[c.report_id] = per_report.get(c.report_id, 0) + 1
        assert lib.report_text(c.report_id)[c.start : c.end] == c.text
    for rid, info in infos.items():
        assert per_report.get(rid, 0) == info.chunks, info.source


def _chunk_view(lib: Catalog) -> dict[str, list[tuple]]:
    lib.refresh(force=True)
    sources = {i.report_id: i.source for i in lib.reports()}
    view: dict[str, list[tuple]] = {s: [] for s in sources.values()}
    for c in lib.chunks:
        view[sources[c.report_id]].append((c.id, c.section_path, c.start, c.end, c.text))
    return view


def _crashed_ingest(corpus, data, crash_at: str, batch_chunks: int) -> None:
    """Run the CLI ingest with a named crash point and check that it died there."""
    env = {
        **os.environ,
        "REPORTQA_DATA_DIR": str(data),
        "REPORTQA_INGEST_BATCH_CHUNKS": str(batch_chunks),
        "REPORTQA_TEST_CRASH_AT": crash_at,
    }
    proc = subprocess.run(
        [sys.executable, "-m", "cli", "ingest", str(corpus)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=300,
    )
    assert proc.returncode == -signal.SIGKILL, f"crash point {crash_at} not reached: {proc.stderr}"


def _fresh(corpus: Path, data: Path) -> Catalog:
    """A library ingested once, without interruption, from ``corpus``: what a repaired
    one must equal (read only by the tests that compare against it)."""
    app = build(Settings(data_dir=data))
    assert app.shelf.add([corpus]).failed == []
    return app.catalog


def _rerun_equals_fresh(app: App, corpus: Path, fresh: Catalog) -> None:
    lib = app.catalog
    result = app.shelf.add([corpus])
    assert result.failed == []
    _assert_consistent(lib)
    assert _chunk_view(lib) == _chunk_view(fresh)
    assert lib.store.count_chunks() == fresh.store.count_chunks() == len(lib.chunks)


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> tuple[Path, Catalog]:
    """The big corpus, never written to, and its uninterrupted library."""
    root = tmp_path_factory.mktemp("big")
    corpus = _big_corpus(root)
    return corpus, _fresh(corpus, root / "fresh")


@pytest.mark.parametrize("crash_at", ["after_tokens:12", "after_flush:2"])
def test_a_killed_first_ingest_leaves_a_consistent_index_and_the_next_ingest_repairs(
    tmp_path, big, crash_at
):
    corpus, fresh = big
    data = tmp_path / "data"
    _crashed_ingest(corpus, data, crash_at, batch_chunks=60)

    app = build(Settings(data_dir=data))
    lib = app.catalog
    before = lib.reports()
    assert len(before) < len(list(corpus.glob("*.txt")))  # it really was interrupted
    if crash_at.startswith("after_flush"):
        assert before  # two batches were committed before the crash
    _assert_consistent(lib)
    if before:  # every report committed before the kill answers correctly
        search = app.retriever
        town = before[0].township
        hits = search.search(f"{town}法治政府建设", 3)
        assert hits and all(h.chunk.report_id in {i.report_id for i in before} for h in hits)
    _rerun_equals_fresh(app, corpus, fresh)


def test_a_second_ingest_waits_or_fails_clearly(settings, corpus_copy):
    with (
        index_lock(settings.data_dir),
        pytest.raises(IndexBusyError, match="另一个导入"),
        index_lock(settings.data_dir, wait_seconds=0.3),
    ):
        pass
    app = build(settings)
    lib = app.catalog
    app.shelf.add([corpus_copy])
    _assert_consistent(lib)


def test_two_ingest_processes_at_once_keep_the_index_consistent(tmp_path, corpus_copy):
    data = tmp_path / "data"
    env = {**os.environ, "REPORTQA_DATA_DIR": str(data)}
    cmd = [sys.executable, "-m", "cli", "ingest", str(corpus_copy)]
    procs = [
        subprocess.Popen(
            cmd, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=180) for p in procs]
    codes = [p.returncode for p in procs]
    # one ingests; the other waits for the lock and then finds nothing to do (or says busy)
    assert 0 in codes, outs
    for code, (_out, err) in zip(codes, outs, strict=True):
        assert code == 0 or "另一个导入" in err
    app = build(Settings(data_dir=data))
    lib = app.catalog
    assert len(lib.reports()) == 5
    _assert_consistent(lib)


def test_processes_opening_a_new_store_at_once_all_succeed(tmp_path):
    """Several app/CLI processes started together on a fresh data dir (Chroma's first-run
    schema setup is not safe against a concurrent one)."""
    env = {**os.environ, "REPORTQA_DATA_DIR": str(tmp_path / "data")}
    code = (
        "from reportqa.settings import Settings; from stores.chroma import ChromaStore; "
        "ChromaStore(Settings(), 'offline-hashing-char12-256').version()"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code], cwd=REPO_ROOT, env=env, stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors


def test_a_busy_index_says_so_in_chinese_without_server_paths(tmp_path, corpus_copy):
    data = tmp_path / "data"
    env = {**os.environ, "REPORTQA_DATA_DIR": str(data), "REPORTQA_INGEST_LOCK_WAIT_SECONDS": "0.5"}
    with index_lock(data):
        proc = subprocess.run(
            [sys.executable, "-m", "cli", "ingest", str(corpus_copy)],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 2
    message = proc.stderr.strip().splitlines()[-1]  # earlier lines: the operator's log
    assert message.startswith("reportqa: 正在导入，请稍后再试")
    assert str(tmp_path) not in message and "lock" not in message


@pytest.fixture(scope="module")
def updated(tmp_path_factory) -> tuple[Path, Path, Catalog]:
    """35 reports ingested (by a CLI process that has exited, so the index is whole on
    disk), then a new version of every report written over the files, and the
    uninterrupted library of the new versions. Each test copies the ingested index."""
    root = tmp_path_factory.mktemp("update")
    corpus = _big_corpus(root)
    ingested = root / "ingested"
    subprocess.run(
        [sys.executable, "-m", "cli", "ingest", str(corpus)],
        cwd=REPO_ROOT,
        env={**os.environ, "REPORTQA_DATA_DIR": str(ingested)},
        check=True,
        capture_output=True,
        timeout=300,
    )
    for f in sorted(corpus.glob("*.txt")):  # a new version of every report
        f.write_text(f.read_text("utf-8") + "\n全年另行增补基层调解员2名。\n", "utf-8")
    return corpus, ingested, _fresh(corpus, root / "fresh")


@pytest.mark.parametrize("crash_at", ["after_tokens:20", "before_stale_delete:3", "after_flush:1"])
def test_a_killed_update_ingest_serves_whole_reports_and_a_rerun_equals_a_fresh_one(
    tmp_path, updated, crash_at
):
    """An update keeps most chunks of a report (same span, same text): a kill between
    writing the new version and deleting the old one must not take chunks from either."""
    corpus, ingested, fresh = updated
    data = tmp_path / "data"
    shutil.copytree(ingested, data)  # the old versions, ingested
    _crashed_ingest(corpus, data, crash_at, batch_chunks=300)

    (data / "index" / "chunks.pkl").unlink(missing_ok=True)  # read what Chroma holds
    app = build(Settings(data_dir=data))
    lib = app.catalog
    _assert_consistent(lib)
    if crash_at.startswith("before_stale_delete"):  # the old version's chunks are still there
        assert lib.store.count_chunks() > len(lib.chunks)
    _rerun_equals_fresh(app, corpus, fresh)


def test_an_unknown_crash_point_is_refused():
    with pytest.raises(ValueError, match="after_flush"):
        CrashPoints("after_lunch")


def _alive_descendants(pid: int) -> set[int]:
    """Live (non-zombie) processes below ``pid``, from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    out: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.add(child)
            todo.append(child)
    return out


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_tokenizer_workers_die_with_a_killed_ingest(tmp_path, big):
    """The CLI is held mid-tokenising (its pool at work), its workers are seen alive, then
    it is SIGKILLed from outside: nothing may outlive it."""
    corpus, _ = big  # large enough for the process pool
    env = {
        **os.environ,
        "REPORTQA_DATA_DIR": str(tmp_path / "data"),
        "REPORTQA_TEST_CRASH_AT": "hold:after_tokens:1",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "ingest", str(corpus)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    workers: set[int] = set()
    try:
        for line in proc.stderr:  # type: ignore[union-attr]
            if line.startswith(HELD):
                break
        assert proc.poll() is None, "the ingest ended before its hold point"
        workers = _alive_descendants(proc.pid)
        assert len(workers) >= 2 and all(_alive(p) for p in workers), "no live worker processes"
    finally:
        proc.kill()
        proc.wait(timeout=30)
        proc.stderr.close()  # type: ignore[union-attr]
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.2)
    left = {p for p in workers if _alive(p)}
    for pid in left:  # do not leave them running whatever the outcome
        os.kill(pid, signal.SIGKILL)
    assert not left


@pytest.mark.parametrize("command", [["reports"], ["reports", "--json"]])
def test_output_into_a_closed_pipe_ends_quietly(seed_app, command):
    """``reportqa reports | head`` when head has already gone."""
    data = seed_app.settings.data_dir  # only read
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", *command],
        cwd=REPO_ROOT,
        env={**os.environ, "REPORTQA_DATA_DIR": str(data)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()  # type: ignore[union-attr]  # the reader is gone before any output
    err = proc.stderr.read().decode("utf-8", "replace")  # type: ignore[union-attr]
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in err and "BrokenPipe" not in err, err
