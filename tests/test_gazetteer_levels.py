"""The division list cut above a level (``gazetteer.counties``: no townships; ``regions``:
provinces and cities) is kept between processes as the whole list is (perf70: each answer
process parsed both again in its first question, ~0.27 s): read back exactly as parsed from
the real list, in its own file, which neither drops nor is dropped by the whole list's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ingest import gazetteer as gz
from ingest import gazetteer_cache as cache

LEVELS = {"counties": b"\t\t\t", "regions": b"\t\t"}


@pytest.fixture(scope="module")
def data() -> bytes:
    path = gz._data_path()
    assert path is not None, "jionlp's division list is a dependency of the ingest"
    return gz._unzip(path)


def _same(a: gz.Gazetteer, b: gz.Gazetteer) -> None:
    for name in ("towns", "counties", "cities", "levels", "towns_in"):
        x, y = getattr(a, name), getattr(b, name)
        assert x == y, name
        assert list(x) == list(y), name  # the same order of names, too
    assert list(a.provinces) == list(b.provinces)  # a set iterates in the order it was made
    assert a.province_order == b.province_order


@pytest.mark.parametrize("kind", sorted(LEVELS))
def test_a_cut_list_kept_reads_back_as_parsed(tmp_path: Path, data: bytes, kind: str) -> None:
    source = tmp_path / "list.zip"
    source.write_bytes(b"stands for the division list")
    deep = LEVELS[kind]
    builds: list[int] = []

    def build() -> gz.Gazetteer:
        builds.append(1)
        return gz.above(data, deep)

    parsed = gz.above(data, deep)
    assert parsed.provinces and parsed.cities and not parsed.towns  # no township level
    assert bool(parsed.counties) == (kind == "counties")
    first = cache.load(source, build, tmp_path, kind=kind)
    second = cache.load(source, build, tmp_path, kind=kind)
    assert len(builds) == 1  # the second process reads the file
    assert second is not first
    _same(parsed, second)
    assert second.parent_of("宝山区", "区县", "上海市") == parsed.parent_of(
        "宝山区", "区县", "上海市"
    )
    assert cache.cache_path(source, tmp_path, kind).name.startswith(f"reportqa-gazetteer.{kind}-")


def test_the_whole_list_and_the_cut_lists_keep_their_own_files(tmp_path: Path, data: bytes) -> None:
    source = tmp_path / "list.zip"
    source.write_bytes(b"stands for the division list")
    older = tmp_path / "reportqa-gazetteer.counties-0123456789abcdef0123.marshal"
    older.write_bytes(b"kept by an older parser")
    cache.load(source, lambda: gz.above(data, LEVELS["regions"]), tmp_path, kind="regions")
    cache.load(source, lambda: gz.above(data, LEVELS["counties"]), tmp_path, kind="counties")
    cache.load(source, lambda: gz.build(data), tmp_path)
    kept = {p.name for p in tmp_path.glob("reportqa-gazetteer*.marshal")}
    assert kept == {cache.cache_path(source, tmp_path, k).name for k in ("", *LEVELS)}
    assert not older.exists()  # an older file of the same cut list is dropped


_FRESH = """
import sys
from ingest import gazetteer as gz
from tests.test_gazetteer_levels import LEVELS, _same

data = gz._unzip(gz._data_path())
_same(gz.above(data, LEVELS["counties"]), gz.counties())
_same(gz.above(data, LEVELS["regions"]), gz.regions())
assert not gz.gazetteer.cache_info().currsize  # the cut lists alone: the whole list not loaded
whole = gz.gazetteer()
gz.counties.cache_clear()
gz.regions.cache_clear()
assert gz.counties() is whole and gz.regions() is whole  # once it is loaded, both hand it out
print("ok")
"""


def test_the_process_functions_give_the_parsed_lists() -> None:
    """``counties()`` and ``regions()`` of a fresh answer process (from the kept file or parsed)
    hold what parsing the real list gives; once the whole list is loaded they hand it out.
    A fresh interpreter, because this test process may have loaded the whole list already."""
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", _FRESH],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
