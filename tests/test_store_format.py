"""Chunk records of format 2 (round 8) keep only the report version on each chunk and its
place on the report's text record; a store written before (format 1, every chunk carrying
section, span and time) must keep answering exactly as a fresh one, take new reports in
the new shape beside the old, and a store from a newer version must be refused in Chinese.

``tests/data/store_format1/data`` is a real store written by the code before this round
(`main` at ff4186e: ``python -m cli ingest tests/data/store_format1/reports``), never
edited by hand; the two reports in ``reports/`` are made up for it.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from library import build
from reportqa.errors import ConfigError
from reportqa.settings import Settings
from stores.records import CHUNK_FORMAT

HERE = Path(__file__).parent / "data" / "store_format1"
QUESTIONS = ["哪些乡镇聘请了法律顾问", "云溪镇2023年调解成功了多少件矛盾纠纷？"]
# made up: a third township in the same register, added to the old store
EXTRA = (
    "临江县白沙镇人民政府\n关于2023年度法治政府建设工作情况的报告\n\n"
    "一、主要工作\n（一）完善法律顾问制度\n镇政府聘请临江县明法律师事务所律师担任常年法律顾问，"
    "全年审查合同18份，出具法律意见书7份。\n（二）调处矛盾纠纷\n全年调解矛盾纠纷64件，"
    "调解成功62件。\n\n二、存在的不足\n普法宣传的针对性还不够强。\n"
)


def _places(chunks) -> list[tuple]:
    """What a chunk is, whatever its path-derived ids."""
    return [(c.info.source, c.text, c.section_path, c.start, c.end) for c in chunks]


def _no_ids(x):
    if isinstance(x, dict):
        return {k: _no_ids(v) for k, v in x.items() if k != "report_id"}
    if isinstance(x, list):
        return [_no_ids(v) for v in x]
    return x


def _answers(app) -> list:
    return [_no_ids(app.reading.ask(q).to_json()) for q in QUESTIONS]


def _old_store(tmp_path: Path, keep_local_copy: bool) -> Settings:
    data = tmp_path / "old"
    shutil.copytree(HERE / "data", data)
    if not keep_local_copy:  # every chunk then comes from Chroma's records
        shutil.rmtree(data / "index")
    return Settings(data_dir=data)


@pytest.fixture
def fresh(tmp_path):
    app = build(Settings(data_dir=tmp_path / "fresh"))
    app.shelf.add([HERE / "reports"])
    return app


def test_new_chunk_records_hold_only_the_report_version(fresh):
    store = fresh.catalog.store
    got = store._chunks.get(include=["metadatas"])
    assert len(got["ids"]) >= 8
    assert all(set(m) == {"report_id", "content_hash"} for m in got["metadatas"])
    assert store._chunks.metadata["chunk_format"] == CHUNK_FORMAT == 2


@pytest.mark.parametrize("keep_local_copy", [True, False])
def test_a_format1_store_answers_as_a_fresh_one(tmp_path, fresh, keep_local_copy):
    app = build(_old_store(tmp_path, keep_local_copy))
    old_records = app.catalog.store._chunks.get(include=["metadatas"])["metadatas"]
    assert all("start" in m and "written_at" in m for m in old_records)  # really format 1
    assert _places(app.catalog.store.chunks()) == _places(fresh.catalog.store.chunks())
    answers = _answers(app)
    assert answers == _answers(fresh)
    assert "云溪镇" in str(answers[0]) and "179" in str(answers[1])


def test_a_format1_store_grows_in_the_new_shape_and_repairs_both(tmp_path):
    settings = _old_store(tmp_path, keep_local_copy=True)
    more = tmp_path / "more"
    more.mkdir()
    (more / "白沙镇.txt").write_text(EXTRA, encoding="utf-8")
    app = build(settings)
    app.shelf.add([more])
    store = app.catalog.store
    shapes = {frozenset(m) for m in store._chunks.get(include=["metadatas"])["metadatas"]}
    assert len(shapes) == 2  # old records as they were, new ones packed
    infos = store.reports()
    assert sorted(i.township for i in infos) == ["云溪镇", "白沙镇", "石桥乡"]
    counts = store.chunk_counts()
    assert all(counts[(i.report_id, i.content_hash)] == i.chunks for i in infos)
    by_unit: dict[str, int] = {}
    for c in store.chunks():
        by_unit[c.info.township] = by_unit.get(c.info.township, 0) + 1
        assert c.text == store.report(c.report_id).text[c.start : c.end]
    assert by_unit == {i.township: i.chunks for i in infos}
    verdicts = str(app.reading.ask("哪些乡镇聘请了法律顾问").to_json())
    assert "云溪镇" in verdicts and "白沙镇" in verdicts

    # uncommitted chunks of both shapes (their commit markers gone, as after a kill): on a
    # shared server young ones are spared for other writers (format 2 dated by its text
    # record), old ones go; alone, every one goes
    gone = [i for i in infos if i.township != "石桥乡"]
    store._reports.delete(ids=[i.report_id for i in gone])
    written = [m["written_at"] for m in old_records(store)]
    grace = (time.time() - max(written)) / 2  # the fixture's chunks are older than this
    assert store.census(grace)[0] == next(i.chunks for i in gone if i.township == "云溪镇")
    assert store.census(0.0)[0] == next(i.chunks for i in gone if i.township == "白沙镇")
    assert store.census(0.0)[0] == 0
    kept = store.reports()
    assert [i.township for i in kept] == ["石桥乡"]
    assert len(store.chunks()) == kept[0].chunks == store.count_chunks()


def old_records(store) -> list[dict]:
    got = store._chunks.get(include=["metadatas"])["metadatas"]
    return [m for m in got if "written_at" in m]


def test_a_store_from_a_newer_version_is_refused_in_chinese(tmp_path, fresh):
    fresh.catalog.store._chunks.modify(
        metadata={**fresh.catalog.store._chunks.metadata, "chunk_format": CHUNK_FORMAT + 1}
    )
    with pytest.raises(ConfigError, match="较新版本"):
        build(Settings(data_dir=tmp_path / "fresh")).catalog.store.open()
