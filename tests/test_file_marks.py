"""A re-ingest knows unchanged files by size, time and bytes (``ingest.file_marks``) instead
of reading and cleaning every file of the folder again; anything it cannot vouch for is read."""

from __future__ import annotations

import os
import shutil

from library import build
from tests.conftest import CORPUS

HOUR_AGO = 3600 * 10**9


def _statuses(result) -> dict[str, str]:
    return {s["source"]: s["status"] for s in result.statuses}


def _age(folder) -> None:
    """Files written an hour ago: their time cannot hide a write in the same clock tick."""
    for f in folder.iterdir():
        t = f.stat().st_mtime_ns - HOUR_AGO
        os.utime(f, ns=(t, t))


def _same_size_edit(path) -> None:
    """Swap two characters of the report: same size in bytes, different text."""
    text = path.read_text(encoding="utf-8")
    i = text.index("法治")
    path.write_text(text[:i] + "治法" + text[i + 2 :], encoding="utf-8")


def test_a_file_with_its_committed_size_and_time_is_not_read_again(settings, tmp_path):
    folder = tmp_path / "reports"
    shutil.copytree(CORPUS, folder)
    _age(folder)
    app = build(settings)
    app.shelf.add([folder])
    target = sorted(folder.glob("*.txt"))[0]
    st = target.stat()
    _same_size_edit(target)
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))  # size and time as committed
    again = app.shelf.add([folder])
    assert set(_statuses(again).values()) == {"unchanged"}  # trusted, so never read
    # once its time moves, its bytes decide: now it is read, and it changed
    os.utime(target)
    moved = app.shelf.add([folder])
    assert _statuses(moved)[target.name] == "updated" and moved.updated == 1
    assert moved.skipped == len(list(folder.glob("*.txt"))) - 1


def test_a_touched_file_is_unchanged_by_its_bytes_and_an_edit_is_read(settings, tmp_path):
    folder = tmp_path / "reports"
    shutil.copytree(CORPUS, folder)
    app = build(settings)
    first = app.shelf.add([folder])
    assert first.added == 5
    files = sorted(folder.glob("*.txt"))
    os.utime(files[1])  # touched: a new time, the same bytes
    _same_size_edit(files[2])  # written just now: same size, a new time
    again = app.shelf.add([folder])
    statuses = _statuses(again)
    assert statuses[files[1].name] == "unchanged"
    assert statuses[files[2].name] == "updated"
    edited = next(i for i in app.catalog.reports() if i.source == files[2].name)
    assert "治法" in app.catalog.report_text(edited.report_id)


def test_lost_or_damaged_marks_only_cost_a_read(settings, tmp_path):
    folder = tmp_path / "reports"
    shutil.copytree(CORPUS, folder)
    app = build(settings)
    app.shelf.add([folder])
    marks = settings.index_dir / "files.json"
    assert marks.exists()
    marks.write_text("{not json", encoding="utf-8")
    target = sorted(folder.glob("*.txt"))[3]
    target.write_text(target.read_text(encoding="utf-8") + "\n补充一句。\n", encoding="utf-8")
    again = app.shelf.add([folder])
    assert again.updated == 1 and again.skipped == 4
    marks.unlink()
    assert set(_statuses(app.shelf.add([folder])).values()) == {"unchanged"}
    assert marks.exists()  # written again after that read
