"""The gazetteer kept between processes reads back exactly as parsed, and a stale or damaged
file is never used (a wrong division list would change every report's unit and parent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingest import gazetteer as gz
from ingest import gazetteer_cache as cache


@pytest.fixture(scope="module")
def parsed() -> gz.Gazetteer:
    path = gz._data_path()
    assert path is not None, "jionlp's division list is a dependency of the ingest"
    return gz.build(gz._unzip(path))


def _same(a: gz.Gazetteer, b: gz.Gazetteer) -> None:
    for name in ("towns", "counties", "cities", "levels", "towns_in"):
        x, y = getattr(a, name), getattr(b, name)
        assert x == y, name
        assert list(x) == list(y), name  # the same order of names, too
    assert a.provinces == b.provinces
    assert list(a.provinces) == list(b.provinces)  # a set iterates in the order it was made
    assert a.contains("宝山区", "罗店镇") and b.contains("宝山区", "罗店镇")
    assert b.parent_of("罗店镇", "乡镇", "上海市宝山区") == a.parent_of(
        "罗店镇", "乡镇", "上海市宝山区"
    )


def test_round_trip_is_exact(parsed: gz.Gazetteer) -> None:
    _same(parsed, cache.loads(cache.dumps(parsed)))


def test_second_process_reads_what_the_first_kept(tmp_path: Path, parsed: gz.Gazetteer) -> None:
    source = tmp_path / "list.zip"
    source.write_bytes(b"stands for the division list")
    builds: list[int] = []

    def build() -> gz.Gazetteer:
        builds.append(1)
        return parsed

    first = cache.load(source, build, tmp_path)
    second = cache.load(source, build, tmp_path)
    assert len(builds) == 1
    _same(first, second)
    assert second is not parsed


def test_damaged_or_stale_file_is_rebuilt(tmp_path: Path, parsed: gz.Gazetteer) -> None:
    source = tmp_path / "list.zip"
    source.write_bytes(b"stands for the division list")
    builds: list[int] = []

    def build() -> gz.Gazetteer:
        builds.append(1)
        return parsed

    cache.load(source, build, tmp_path)
    kept = cache.cache_path(source, tmp_path)
    raw = bytearray(kept.read_bytes())
    raw[-100] ^= 0xFF  # one byte of the indexes changed
    kept.write_bytes(bytes(raw))
    _same(cache.load(source, build, tmp_path), parsed)
    assert len(builds) == 2
    st = source.stat()
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # a newer list
    assert cache.cache_path(source, tmp_path) != kept
    cache.load(source, build, tmp_path)
    assert len(builds) == 3


def test_empty_gazetteer_is_not_kept(tmp_path: Path) -> None:
    source = tmp_path / "list.zip"
    source.write_bytes(b"x")
    assert not cache.load(source, gz.Gazetteer, tmp_path).loaded
    assert not cache.cache_path(source, tmp_path).exists()


def test_a_new_file_removes_the_files_of_older_lists(tmp_path: Path, parsed: gz.Gazetteer) -> None:
    source = tmp_path / "list.zip"
    source.write_bytes(b"stands for the division list")
    older = tmp_path / "reportqa-gazetteer-0123456789abcdef0123.marshal"
    older.write_bytes(b"kept by an older parser")
    unrelated = tmp_path / "reportqa-trie-0123.marshal"
    unrelated.write_bytes(b"another cache")
    cache.load(source, lambda: parsed, tmp_path)
    assert cache.cache_path(source, tmp_path).exists()
    assert not older.exists()
    assert unrelated.exists()
