"""perf76: what a process reads for good (the chunk snapshot, the kept division list) is
frozen before the cyclic collector is back, so no collection walks it right after; what is
read and the collector's state are unchanged."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from ingest import gazetteer as gz
from ingest import gazetteer_cache as cache
from library import build
from reportqa.settings import Settings


@pytest.fixture
def collector():
    """The collector's state given back whatever the test leaves."""
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_the_snapshot_read_is_frozen_and_the_collector_left_as_found(
    settings: Settings, corpus_copy, collector
) -> None:
    from stores.snapshot import ChunkSnapshot

    build(settings).shelf.add([corpus_copy])
    snapshot = ChunkSnapshot(settings.index_dir / "chunks.pkl")
    gc.enable()
    before = gc.get_freeze_count()
    read = snapshot.load()
    assert read.chunks and gc.isenabled()
    # each chunk and its attribute dict, at least: none of them left young
    assert gc.get_freeze_count() - before >= len(read.chunks)
    assert gc.get_count()[0] < len(read.chunks)
    gc.disable()  # an answer's pause in progress: not ended by the read
    again = snapshot.load()
    assert not gc.isenabled()
    assert again.chunks == read.chunks and again.version == read.version


def test_the_kept_division_list_is_frozen_and_the_collector_left_as_found(
    tmp_path: Path, collector
) -> None:
    source = tmp_path / "list.zip"
    source.write_bytes(b"stands for the division list")
    path = gz._data_path()
    assert path is not None, "jionlp's division list is a dependency of the ingest"
    parsed = gz.build(gz._unzip(path))
    cache.load(source, lambda: parsed, tmp_path)  # the first process keeps it
    gc.enable()
    before = gc.get_freeze_count()
    read = cache.load(source, lambda: pytest.fail("read back, not built"), tmp_path)
    assert gc.isenabled() and read is not parsed
    assert read.towns == parsed.towns and read.levels == parsed.levels
    assert list(read.provinces) == list(parsed.provinces)
    places = {id(p) for ps in read.towns.values() for p in ps}
    assert gc.get_freeze_count() - before >= len(places)
    gc.disable()
    assert cache.load(source, lambda: pytest.fail("read back"), tmp_path).towns == parsed.towns
    assert not gc.isenabled()
