"""Round perf42: opening a library reads neither its records back from the store nor
transposes its counts, and answers as before.

Over three invented reports (``tests/data/probe_reports_perf35``): a process opening a data
dir whose local copy was saved at the store's version, with the store's record and text
counts equal to the copy's, takes the records from the copy (~0.9 s CPU at 10 000
reports) and answers what the writing process answers — two paraphrases and a must-not.
A write killed before its version bump (records added or removed, the token unchanged) is
caught by the counts and read from the store. The BM25 counts are saved column-major, as
the weighing reads them (a transposition at every opening, 0.2–0.8 s at 10 000 reports),
and an index saved row-major by an earlier round is rewritten so, with the same weights.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
from scipy import sparse

from library import build
from reportqa.answer_json import answer_json
from reportqa.settings import Settings

DATA = Path(__file__).parent / "data" / "probe_reports_perf35"
QUESTIONS = [
    "哪些乡镇聘请了法律顾问？",  # 白沙镇
    "哪些地方请了律师当法律顾问",  # paraphrase: 白沙镇
    "哪些乡镇建成了法治文化公园？",  # must not list 红石镇 (仍在规划)
]
_VERSION_ID = "reportqa-version"  # the store's version record (``stores.chroma``)


def _answers(app) -> list[str]:
    return [
        json.dumps(answer_json(app.service.ask(q)), ensure_ascii=False, sort_keys=True)
        for q in QUESTIONS
    ]


def _supported(answer: str) -> set[str]:
    return {u["unit"] for u in json.loads(answer)["units"] if u["verdict"] == "supported"}


def _written(tmp_path: Path, files: list[str]) -> tuple[Settings, Path]:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in files:
        shutil.copy(DATA / name, folder / name)
    settings = Settings(data_dir=tmp_path / "data")
    build(settings).shelf.add([folder])
    return settings, folder


def test_an_unchanged_library_opens_from_its_local_copy_and_answers_the_same(tmp_path):
    settings, _ = _written(tmp_path, ["r1.txt", "r2.txt", "r3.txt"])
    writer = build(settings)
    want = _answers(writer)  # the records read from the store (``store.reports``)
    assert [_supported(a) for a in want] == [{"白沙镇"}, {"白沙镇"}, {"白沙镇"}]
    fresh = build(settings)
    assert _answers(fresh) == want
    assert fresh.catalog.reports() == writer.catalog.store.reports()
    # the records came from the copy: the store never listed them in this process
    assert fresh.catalog.store._listed[1] == []


def test_an_added_report_whose_version_bump_was_lost_is_read_from_the_store(tmp_path):
    settings, folder = _written(tmp_path, ["r1.txt", "r2.txt"])
    store = build(settings).catalog.store
    token = store.version()
    copy = (settings.index_dir / "chunks.pkl").read_bytes()
    shutil.copy(DATA / "r3.txt", folder / "r3.txt")
    build(settings).shelf.add([folder])  # 青山乡 added and committed …
    # … as if the process had died before its bump: the token and the copy of before
    store._meta.upsert(ids=[_VERSION_ID], embeddings=[[1.0]], metadatas=[{"token": token}])
    (settings.index_dir / "chunks.pkl").write_bytes(copy)
    fresh = build(settings)
    assert fresh.catalog.store.version() == token
    assert {i.township for i in fresh.catalog.reports()} == {"白沙镇", "红石镇", "青山乡"}


def test_a_removal_whose_version_bump_was_lost_is_read_from_the_store(tmp_path):
    settings, _ = _written(tmp_path, ["r1.txt", "r2.txt", "r3.txt"])
    store = build(settings).catalog.store
    gone = next(i for i in store.reports() if i.township == "红石镇")
    store._reports.delete(ids=[gone.report_id])  # records go first; the bump never came
    fresh = build(settings)
    assert {i.township for i in fresh.catalog.reports()} == {"白沙镇", "青山乡"}


def _weights(settings: Settings):
    app = build(settings)
    app.catalog.refresh()
    w = app.catalog.lexical._weights
    return w.data.copy(), w.indices.copy(), w.indptr.copy()


def test_counts_are_saved_column_major_and_an_old_row_major_index_is_rewritten(tmp_path):
    settings, _ = _written(tmp_path, ["r1.txt", "r2.txt", "r3.txt"])
    bm25 = settings.index_dir / "bm25"
    assert sparse.load_npz(bm25 / "tf.npz").format == "csc"
    want, answers = _weights(settings), _answers(build(settings))
    # the index as an earlier round saved it: row-major, no layout in its manifest
    counts = sparse.load_npz(bm25 / "tf.npz")
    sparse.save_npz(bm25 / "tf.npz", counts.tocsr(), compressed=False)
    manifest = json.loads((bm25 / "manifest.json").read_text("utf-8"))
    del manifest["layout"]
    (bm25 / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    got = _weights(settings)
    assert all(np.array_equal(a, b) and a.dtype == b.dtype for a, b in zip(got, want, strict=True))
    assert sparse.load_npz(bm25 / "tf.npz").format == "csc"  # rewritten on that opening
    again = sparse.load_npz(bm25 / "tf.npz")
    assert (again != counts).nnz == 0
    assert _answers(build(settings)) == answers
