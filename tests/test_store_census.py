"""The census from the records (when the store's counts agree with them), the records kept
per version, and stale versions deleted in one call: each gives what the full pass gave,
on a library ingested from the seed corpus."""

from __future__ import annotations

from dataclasses import replace

from library import build
from reportqa.types import Report
from stores.chroma import ChromaStore


def _full(store: ChromaStore, grace: float | None):
    return store._full_census(grace, {(i.report_id, i.content_hash) for i in store.reports()})


def test_the_census_from_the_records_equals_the_full_pass(settings, corpus_copy):
    app = build(settings)
    app.shelf.add([corpus_copy])
    store = app.catalog.store
    for grace in (None, 0.0, 3600.0):
        assert store.census(grace) == _full(store, grace)
    orphans, counts = store.census(0.0)
    assert orphans == 0 and sum(counts.values()) == store.count_chunks() > 0


def test_leftovers_and_lost_chunks_still_get_the_full_pass(settings, corpus_copy):
    app = build(settings)
    app.shelf.add([corpus_copy])
    store = app.catalog.store
    infos = store.reports()
    # a lost chunk: the counts no longer agree, so the census counts what is there
    lost = store._chunks.get(where={"report_id": infos[0].report_id}, limit=1)["ids"]
    store._chunks.delete(ids=lost)
    assert store.census(0.0)[1][(infos[0].report_id, infos[0].content_hash)] == infos[0].chunks - 1
    # a commit marker gone (as after a kill): its chunks are leftovers and go
    store._reports.delete(ids=[infos[1].report_id])
    assert store.census(0.0)[0] == infos[1].chunks
    assert store.census(0.0) == (0, _full(store, 0.0)[1])


def test_records_are_read_again_after_another_process_writes(settings, corpus_copy):
    app = build(settings)
    app.shelf.add([corpus_copy])
    mine = app.catalog.store
    before = mine.reports()
    other = build(settings).catalog.store  # a client of its own, as another process's
    renamed = replace(before[0], title="另一个进程改过的标题")
    other.update_info(renamed)
    assert [i.title for i in mine.reports()] == [i.title for i in other.reports()]
    assert mine.reports()[0].title == "另一个进程改过的标题"
    other.delete_reports([before[1].report_id])
    assert len(mine.reports()) == len(before) - 1


def test_stale_versions_of_several_reports_go_in_one_call(settings, corpus_copy):
    app = build(settings)
    app.shelf.add([corpus_copy])
    files = sorted(corpus_copy.glob("*.txt"))[:3]
    for f in files:
        f.write_text(f.read_text("utf-8") + "\n全年另行增补基层调解员2名。\n", "utf-8")
    result = app.shelf.add([corpus_copy])
    assert result.updated == 3
    store = app.catalog.store
    infos = store.reports()
    assert store.count_chunks() == sum(i.chunks for i in infos)
    assert store._text_store.count() == len(infos)  # the old versions' texts went too
    assert store.census(0.0) == (0, _full(store, 0.0)[1])
    store.delete_stale(*(Report(i, "") for i in infos[:1]))  # nothing stale left
    assert store.count_chunks() == sum(i.chunks for i in infos)
